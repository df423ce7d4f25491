"""`vismanet sync` (dlt into DuckDB) against `vismanet export`, many tenants, and the physical limit.

Every command runs as its own process, as a user runs it; the sandbox serves from another process over
loopback (``python _sync.py serve CONFIG_JSON``: several tenants, warmed, optional latency), so its CPU
never counts as the client's. Client CPU is the command's own user+system time (``RUSAGE_CHILDREN``).
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from _imports import PEAK_RSS_KB, child_env
from _table import Row

HERE = Path(__file__).resolve().parent
PAGE_SIZE = 1000
#: Visma's production quota per company and client; the physical-limit row spends it on full pages.
CALLS_PER_HOUR = 15_000
MACHINE_CORES = 2

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


@dataclass(frozen=True)
class Served:
    base_url: str
    token: str
    client_id: str
    client_secret: str


class TenantSandbox:
    """A multi-tenant sandbox in a child process (context manager)."""

    def __init__(self, tenants: list[str], records: int, latency: float = 0.0) -> None:
        self._config = json.dumps({"tenants": tenants, "records": records, "latency": latency})
        self._proc: subprocess.Popen[str] | None = None

    def __enter__(self) -> Served:
        self._proc = subprocess.Popen([sys.executable, str(HERE / "_sync.py"), "serve", self._config],
                                      stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self._proc.stdout is not None
        line: list[str] = []
        reader = threading.Thread(target=lambda: line.append(self._proc.stdout.readline()))  # type: ignore[union-attr]
        reader.start()
        reader.join(600)
        if not line or not line[0]:
            self._proc.kill()
            raise RuntimeError("the tenant sandbox did not start")
        ready = json.loads(line[0])
        return Served(ready["base_url"], ready["token"], ready["client_id"], ready["client_secret"])

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.close()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        proc.stdout.close()


@dataclass(frozen=True)
class Run:
    seconds: float
    cpu: float
    rss_mb: float
    stderr: str


def _cli(arguments: list[str], env: dict[str, str]) -> Run:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    run = subprocess.run([sys.executable, "-c", _CLI, *arguments], check=False, capture_output=True, text=True,
                         env=env, timeout=1800)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if run.returncode != 0:
        raise RuntimeError(f"vismanet {arguments[0]} exited {run.returncode}: {run.stderr.strip()[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    peak = run.stderr.strip().splitlines()[-1]
    return Run(seconds, cpu, int(peak.removeprefix("peak_rss_kb=")) / 1024, run.stderr)


def _sync_env(served: Served, env: dict[str, str], work: str) -> dict[str, str]:
    return {**{k: v for k, v in env.items() if not k.startswith("VISMANET_")},
            "VISMANET_CLIENT_ID": served.client_id, "VISMANET_CLIENT_SECRET": served.client_secret,
            "VISMANET_TOKEN_URL": f"{served.base_url}/connect/token", "DLT_DATA_DIR": work,
            "RUNTIME__LOG_LEVEL": "WARNING", "RUNTIME__DLTHUB_TELEMETRY": "false"}


def _sync(served: Served, env: dict[str, str], tmp: str, tenants: list[str], *options: str) -> Run:
    work = tempfile.mkdtemp(dir=tmp)
    arguments = ["sync", "customer", "--base-url", served.base_url, "--to", f"duckdb:///{work}/visma.duckdb",
                 "--work-dir", work, "--page-size", str(PAGE_SIZE), "--quiet", *options]
    for tenant in tenants:
        arguments += ["--tenant", tenant]
    return _cli(arguments, _sync_env(served, env, work))


def _export(served: Served, env: dict[str, str], tmp: str, records: int) -> Run:
    out = Path(tempfile.mkdtemp(dir=tmp)) / "customers.jsonl"
    run = _cli(["export", "customer", "--base-url", served.base_url, "--token", served.token, "--page-size",
                str(PAGE_SIZE), "--concurrency", "4", "--out", str(out), "--quiet"], env)
    with out.open("rb") as written:
        lines = sum(1 for _ in written)
    if lines != records:
        raise RuntimeError(f"vismanet export wrote {lines} records, expected {records}")
    return run


def _load_format() -> str:
    """The load file format the command picks for DuckDB (Parquet with pyarrow installed, else JSON lines)."""
    from vismanet_ext.cli.sync import loader_file_format

    return {"parquet": "Parquet", "jsonl": "JSON lines"}.get(loader_file_format("duckdb") or "", "dlt's default")


def sync_vs_export(large: int) -> list[Row]:
    small = large // 10
    pages, small_pages = -(-large // PAGE_SIZE), -(-small // PAGE_SIZE)
    warm = large >= 10_000  # --quick skips the warm-up runs
    with tempfile.TemporaryDirectory(prefix="vismanet-bench-sync-") as tmp:
        env = child_env(os.path.join(tmp, "pycache"))
        with TenantSandbox(["sandbox-tenant"], small) as served:
            if warm:
                _sync(served, env, tmp, ["sandbox-tenant"])  # fills the bytecode cache (dlt is large)
            small_export = _export(served, env, tmp, small)
            small_sync = _sync(served, env, tmp, ["sandbox-tenant"], "--concurrency", "4")
        with TenantSandbox(["sandbox-tenant"], large) as served:
            export = _export(served, env, tmp, large)
            sync = _sync(served, env, tmp, ["sandbox-tenant"], "--concurrency", "4")
    export_rate, sync_rate = large / export.seconds, large / sync.seconds

    def per_page(big: Run, little: Run) -> float:
        """Client CPU of one more page: the difference between the two sizes (start-up cancels out)."""
        if pages > small_pages and big.cpu > little.cpu:
            return (big.cpu - little.cpu) / (pages - small_pages)
        return big.cpu / pages

    per_page_sync, per_page_export = per_page(sync, small_sync), per_page(export, small_export)
    how = ": the CPU the 10x larger sync adds, per page" if pages > small_pages else ""
    machine = MACHINE_CORES * 3600.0

    def companies(per_page: float) -> float:
        return machine / (CALLS_PER_HOUR * per_page)

    return [
        Row.measured(
            f"`vismanet sync customer` of {large:,} records into DuckDB ({_load_format()} load files) vs "
            f"`vismanet export` to JSON lines (pageSize {PAGE_SIZE:,}, concurrency 4, sandbox over loopback)",
            f"sync {sync_rate:,.0f} records/s ({sync.seconds:.1f} s, client CPU {sync.cpu:.1f} s)",
            f"export {export_rate:,.0f} records/s ({export.seconds:.1f} s, client CPU {export.cpu:.1f} s)",
            sync.seconds / export.seconds,
            "sync within 2x of export",
            lambda r: r <= 2.0,
        ),
        Row.measured(
            f"peak RSS of `vismanet sync customer`, {large:,} vs {small:,} records (pageSize {PAGE_SIZE:,})",
            f"{large:,}: {sync.rss_mb:.1f} MB",
            f"{small:,}: {small_sync.rss_mb:.1f} MB",
            sync.rss_mb / small_sync.rss_mb,
            "ratio at most 1.2 (flat in record count)",
            lambda r: r <= 1.2,
        ),
        Row.measured(
            f"physical limit: companies one {MACHINE_CORES}-core machine keeps at Visma's full quota "
            f"({CALLS_PER_HOUR:,} calls/hour per company, every call a {PAGE_SIZE:,}-record page)",
            f"sync into DuckDB: {companies(per_page_sync):.1f} companies "
            f"(client CPU {per_page_sync * 1000:.0f} ms per page{how})",
            f"export to JSON lines: {companies(per_page_export):.1f} companies "
            f"({per_page_export * 1000:.0f} ms per page)",
            companies(per_page_sync),
            "at least 1 company per machine (the quota, not the client, is the limit)",
            lambda r: r >= 1.0,
        ),
    ]


def many_tenants(tenants: int, records: int, latency: float, workers: int) -> Row:
    names = [f"t{i + 1:02d}" for i in range(tenants)]
    goal = 0.8 * min(workers, os.cpu_count() or 1)
    with tempfile.TemporaryDirectory(prefix="vismanet-bench-tenants-") as tmp:
        env = child_env(os.path.join(tmp, "pycache"))
        with TenantSandbox(names, records, latency) as served:
            if tenants * records >= 10_000:
                _sync(served, env, tmp, names[:1], "--tenant-workers", "1")  # warms the bytecode cache
            sequential = _sync(served, env, tmp, names, "--tenant-workers", "1", "--concurrency", "1")
            parallel = _sync(served, env, tmp, names, "--tenant-workers", str(workers), "--concurrency", "1")
    return Row.measured(
        f"`vismanet sync customer` of {tenants} tenants x {records:,} records, {latency * 1000:.0f} ms latency "
        f"per page: {workers} tenants in parallel vs one after another",
        f"{workers} tenant workers: {parallel.seconds:.1f} s",
        f"sequential {sequential.seconds:.1f} s",
        sequential.seconds / parallel.seconds,
        f"speed-up at least 0.8 x min(workers, cores) = {goal:.1f}",
        lambda r: r >= goal,
    )


def rows(large: int, tenants: int, tenant_records: int, latency: float, workers: int) -> list[Row]:
    return [*sync_vs_export(large), many_tenants(tenants, tenant_records, latency, workers)]


# -- the server child ----------------------------------------------------------------------------------


def _serve(config: dict[str, Any]) -> int:
    from vismanet_ext.sandbox import Sandbox

    tenants: list[str] = config["tenants"]
    sandbox = Sandbox(seed=1, tenants=tenants, sizes={"customer": config["records"]})
    for tenant in tenants:  # build every page once, so the runs measure the client, not record generation
        with sandbox.client(headers=sandbox.auth_headers(tenant)) as client:
            page = 1
            while True:
                response = client.get("/v1/customer", params={"pageSize": PAGE_SIZE, "pageNumber": page})
                response.raise_for_status()
                if len(response.json()) < PAGE_SIZE:
                    break
                page += 1
    sandbox.faults.latency = config["latency"]
    with sandbox, sandbox.serve(port=0) as base_url:
        creds = sandbox.client_kwargs(base_url)
        print(json.dumps({"base_url": base_url, "token": sandbox.issue_token(tenants[0]),
                          "client_id": creds["client_id"], "client_secret": creds["client_secret"]}), flush=True)
        for _ in sys.stdin:
            pass
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "serve":
        sys.exit(_serve(json.loads(sys.argv[2])))
    sys.exit("usage: _sync.py serve CONFIG_JSON")
