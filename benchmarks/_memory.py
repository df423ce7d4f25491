"""Peak RSS of ``vismanet export`` and of ``vn.paginate`` (the library, typed and raw) for a large and a 10x
smaller listing: memory must not grow with records."""

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


# `vn.paginate(...)` in a plain script, as a library user runs it; its peak RSS on the last line.
_LIBRARY = (
    PEAK_RSS_KB
    + """
import sys
from vismanet_ext import VismaNet
base_url, token, target, page_size = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
if target == "typed":
    from vismanet_client.api.customer import customer_get_all as target
import time
with VismaNet(base_url=base_url, token=token) as vn:
    started = time.process_time()
    count = sum(1 for _ in vn.paginate(target, page_size=page_size))
    paging_cpu = time.process_time() - started
print(count, _peak_rss_kb(), paging_cpu)
"""
)


def paginate_peak_rss_mb(records: int, page_size: int, kind: str, env: dict[str, str]) -> float:
    """``vn.paginate`` of ``records`` customers (``kind`` "typed" or "GET /v1/customer") in its own process."""
    with SandboxProcess(ServerConfig(sizes={"customer": records})) as server:
        run = subprocess.run(
            [sys.executable, "-c", _LIBRARY, server.base_url, server.token, kind, str(page_size)],
            check=False, capture_output=True, text=True, env=env, timeout=900,
        )  # fmt: skip
    if run.returncode != 0:
        raise RuntimeError(f"vn.paginate exited {run.returncode}: {run.stderr.strip()[-2000:]}")
    count, peak_kb = (int(x) for x in run.stdout.split()[:2])
    if count != records:
        raise RuntimeError(f"vn.paginate yielded {count} records, expected {records}")
    return peak_kb / 1024


def library_rows(large: int, page_size: int) -> list[Row]:
    small = large // 10
    out = []
    with tempfile.TemporaryDirectory(prefix="vismanet-bench-pycache-") as pycache:
        env = child_env(pycache)
        paginate_peak_rss_mb(small, page_size, "typed", env)  # fills the bytecode cache
        for kind, label in (("typed", "typed CustomerDto"), ("GET /v1/customer", "raw dicts")):
            small_mb = paginate_peak_rss_mb(small, page_size, kind, env)
            large_mb = paginate_peak_rss_mb(large, page_size, kind, env)
            out.append(
                Row.measured(
                    f"peak RSS of `vn.paginate` ({label}, the library), {large:,} vs {small:,} records "
                    f"(pageSize {page_size:,})",
                    f"{large:,}: {large_mb:.1f} MB",
                    f"{small:,}: {small_mb:.1f} MB",
                    large_mb / small_mb,
                    "ratio at most 1.2 (flat in record count)",
                    lambda r: r <= 1.2,
                )
            )
    return out


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
        ),
        *library_rows(large, page_size),
    ]
