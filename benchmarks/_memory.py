"""Peak RSS of ``vismanet export`` for a large and a 10x smaller export: memory must not grow with records."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from _imports import child_env
from _server import SandboxProcess, ServerConfig
from _table import Row


def export_peak_rss_mb(records: int, page_size: int, env: dict[str, str]) -> float:
    """Run the CLI as its own process against a sandbox holding ``records`` customers; its peak RSS in MB."""
    with SandboxProcess(ServerConfig(sizes={"customer": records})) as server, tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "customers.jsonl"
        command = [
            sys.executable, "-m", "vismanet_ext.cli", "export", "customer",
            "--base-url", server.base_url, "--token", server.token,
            "--page-size", str(page_size), "--out", str(out), "--quiet",
        ]  # fmt: skip
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        # wait4 gives this child's own rusage (getrusage(RUSAGE_CHILDREN) would be the maximum of all of them)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        stderr = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        if proc.stderr:
            proc.stderr.close()
        if proc.returncode != 0:
            raise RuntimeError(f"vismanet export exited {proc.returncode}: {stderr.strip()}")
        with out.open("rb") as written:
            lines = sum(1 for _ in written)
        if lines != records:
            raise RuntimeError(f"vismanet export wrote {lines} records, expected {records}")
        return usage.ru_maxrss / 1024


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
