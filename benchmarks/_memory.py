"""Peak RSS of ``vismanet export`` for a large and a 10x smaller export: memory must not grow with records."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from _imports import PEAK_RSS_KB, child_env
from _server import SandboxProcess, ServerConfig
from _table import Row

# `vismanet export ...` as the console script runs it, then this process's peak RSS on stderr's last line.
_CLI = (
    PEAK_RSS_KB
    + """
import sys
from vismanet_ext.cli import main
try:
    code = main(sys.argv[1:])
finally:
    sys.stderr.write(f"\\npeak_rss_kb={_peak_rss_kb()}\\n")
sys.exit(code)
"""
)


def export_peak_rss_mb(records: int, page_size: int, env: dict[str, str]) -> float:
    """Run the CLI as its own process against a sandbox holding ``records`` customers; its peak RSS in MB."""
    with SandboxProcess(ServerConfig(sizes={"customer": records})) as server, tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "customers.jsonl"
        arguments = [
            "export", "customer", "--base-url", server.base_url, "--token", server.token,
            "--page-size", str(page_size), "--out", str(out), "--quiet",
        ]  # fmt: skip
        run = subprocess.run(
            [sys.executable, "-c", _CLI, *arguments], check=False, capture_output=True, text=True, env=env, timeout=900
        )
        if run.returncode != 0:
            raise RuntimeError(f"vismanet export exited {run.returncode}: {run.stderr.strip()}")
        with out.open("rb") as written:
            lines = sum(1 for _ in written)
        if lines != records:
            raise RuntimeError(f"vismanet export wrote {lines} records, expected {records}")
        peak = run.stderr.strip().splitlines()[-1]
        return int(peak.removeprefix("peak_rss_kb=")) / 1024


def rows(large: int, page_size: int) -> list[Row]:
    small = large // 10
    with tempfile.TemporaryDirectory(prefix="vismanet-bench-pycache-") as pycache:
        env = child_env(pycache)  # as installed: bytecode cached, not compiled on every run
        export_peak_rss_mb(small, page_size, env)  # fills the bytecode cache
        small_mb = export_peak_rss_mb(small, page_size, env)
        large_mb = export_peak_rss_mb(large, page_size, env)
    return [
        Row.measured(
            f"peak RSS of `vismanet export customer`, {large:,} vs {small:,} records (pageSize {page_size:,})",
            f"{large:,}: {large_mb:.1f} MB",
            f"{small:,}: {small_mb:.1f} MB",
            large_mb / small_mb,
            "ratio at most 1.1 (flat in record count)",
            lambda r: r <= 1.1,
        )
    ]
