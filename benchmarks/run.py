"""Measure the SDK against its floors, side by side in one run, and print one Markdown table.

    python benchmarks/run.py            # the full figures (about two minutes; each group in a fresh interpreter)
    python benchmarks/run.py --quick    # tiny sizes: checks every row still runs (tests/benchmarks runs it)
    python benchmarks/run.py --only parsing --only imports

Every figure is a ratio to something measured in the same run on the same machine (a raw httpx client, json.loads,
``import httpx, attrs``, sequential paging, the server's quota, a smaller export), so the ratios mean something
on any machine while the absolute numbers only describe this one. The exit status is 1 when a row could not be
measured at all (an error, printed in its row); a missed goal is reported in the table, not in the exit status.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import asdict, dataclass

import _decoding
import _export
import _imports
import _memory
import _network
import _parsing
import _sync
from _table import Row, render


@dataclass(frozen=True)
class Sizes:
    import_runs: int
    overhead_calls: int
    parse_records: int
    parse_rounds: int
    export_records: int
    export_page_size: int
    export_latency: float
    rate: int
    rate_calls: int
    memory_records: int
    memory_page_size: int
    sync_records: int
    sync_tenants: int
    sync_tenant_records: int
    sync_latency: float
    sync_workers: int
    cli_records: int
    cli_wall_records: int
    cli_rounds: int
    scaling_records: int


FULL = Sizes(
    import_runs=5,
    overhead_calls=2000,
    parse_records=1000,
    parse_rounds=15,
    export_records=40_000,  # 41 requests: 4-way can reach 41 / (1 + 10 rounds) = 3.7x, 20,000 only 3.5x
    export_page_size=1000,
    export_latency=0.1,
    rate=20,
    rate_calls=120,
    memory_records=100_000,
    memory_page_size=1000,
    sync_records=100_000,
    sync_tenants=20,
    sync_tenant_records=5000,
    sync_latency=0.1,
    sync_workers=4,
    cli_records=100_000,
    cli_wall_records=40_000,
    cli_rounds=5,  # the whole-process CPU rows move 5-10% run to run: more pairs for their medians
    scaling_records=32_000,
)
QUICK = Sizes(
    import_runs=1,
    overhead_calls=100,
    parse_records=50,
    parse_rounds=3,
    export_records=400,
    export_page_size=100,
    export_latency=0.01,
    rate=50,
    rate_calls=60,
    memory_records=1000,
    memory_page_size=100,
    sync_records=1000,
    sync_tenants=2,
    sync_tenant_records=200,
    sync_latency=0.01,
    sync_workers=2,
    cli_records=400,
    cli_wall_records=400,
    cli_rounds=1,
    scaling_records=400,
)

# group name -> (label every row of the group starts with, how to measure it)
GROUPS: dict[str, tuple[str, Callable[[Sizes], list[Row]]]] = {
    "imports": ("import", lambda s: _imports.rows(s.import_runs)),
    "overhead": ("client overhead", lambda s: [_network.client_overhead(s.overhead_calls)]),
    "parsing": ("typed parsing", lambda s: _parsing.rows(s.parse_records, s.parse_rounds)),
    "decoding": ("pager's page", lambda s: _decoding.rows(s.parse_records, s.parse_rounds)),
    "export": (
        "full export",
        lambda s: _network.concurrent_export(s.export_records, s.export_page_size, s.export_latency),
    ),
    "scaling": (
        "8-way export",
        lambda s: _network.scaling(s.scaling_records, (100, 1000), s.export_latency, (8, 16)),
    ),
    "cli": (
        "`vismanet export",
        lambda s: _export.rows(s.cli_records, s.export_page_size, s.cli_wall_records, s.export_latency, s.cli_rounds),
    ),
    "rate": ("rate-limited export", lambda s: [_network.rate_limited_export(s.rate, s.rate_calls)]),
    "shared": ("shared quota", lambda s: [_network.shared_quota(s.rate, 2.0, s.rate_calls)]),
    "memory": ("peak RSS of `vismanet export", lambda s: _memory.rows(s.memory_records, s.memory_page_size)),
    "sync": (
        "`vismanet sync",
        lambda s: _sync.rows(s.sync_records, s.sync_tenants, s.sync_tenant_records, s.sync_latency, s.sync_workers),
    ),
}


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return (
        f"{os.cpu_count()} CPUs, {cpu}, Python {platform.python_version()} ({platform.system()} {platform.release()})"
    )


def measure_here(names: list[str], sizes: Sizes) -> tuple[bool, list[Row]]:
    failed = False
    rows: list[Row] = []
    for name in names:
        label, measure = GROUPS[name]
        started = time.perf_counter()
        try:
            rows.extend(measure(sizes))
        except Exception as exc:  # noqa: BLE001 - one broken row must not hide the others
            failed = True
            traceback.print_exc()
            rows.append(Row.unavailable(f"{label} ({name})", f"{type(exc).__name__}: {exc}", "-", "-"))
        print(f"[{name}: {time.perf_counter() - started:.1f} s]", file=sys.stderr, flush=True)
    return failed, rows


def measure_in_child(name: str, quick: bool) -> tuple[bool, list[Row]]:
    """One group in a fresh interpreter, so what an earlier group loaded (e.g. the eager models the parsing
    group compares with) cannot slow a later one down (garbage collection walks every live object)."""
    command = [sys.executable, os.path.abspath(__file__), "--only", name, "--rows-json", *(["--quick"] if quick else [])]
    run = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=False)
    rows = [Row(**json.loads(line)) for line in run.stdout.splitlines() if line.startswith("{")]
    if not rows:
        label = GROUPS[name][0]
        rows = [Row.unavailable(f"{label} ({name})", f"the group's process exited {run.returncode}", "-", "-")]
    return run.returncode != 0, rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes, to check that every row still runs")
    parser.add_argument("--only", action="append", choices=sorted(GROUPS), help="measure only these groups")
    parser.add_argument("--rows-json", action="store_true", help=argparse.SUPPRESS)  # one group, for the parent
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    if args.rows_json:
        failed, rows = measure_here(args.only or list(GROUPS), sizes)
        for row in rows:
            print(json.dumps(asdict(row)))
        return 1 if failed else 0
    failed = False
    rows = []
    for name in args.only or list(GROUPS):
        group_failed, group_rows = measure_in_child(name, args.quick)
        failed = failed or group_failed
        rows.extend(group_rows)
    print(
        f"Machine: {machine()}{'  (--quick: sizes too small for the figures to mean anything)' if args.quick else ''}"
    )
    print()
    print(render(rows))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
