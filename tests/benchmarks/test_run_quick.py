"""benchmarks/run.py --quick runs end to end and prints every row (no timing is asserted: only that it runs)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"

EXPECTED_ROWS = [
    "| import one operation module: wall time",
    "| import one operation module: peak RSS",
    "| import `import vismanet_ext`: wall time",
    "| import `import vismanet_ext`: peak RSS",
    "| import `from vismanet_ext import VismaNet`: wall time",
    "| import `from vismanet_ext import VismaNet`: peak RSS",
    "| `vismanet --version`: wall time of the whole process",
    "| `vismanet --help`: wall time of the whole process",
    "| client overhead: CPU per small GET",
    "| pager's typed page: `vn.pages(...)`, 50-record page (sandbox CustomerDto",
    "| typed parsing of a 50-record page (sandbox CustomerDto",
    "| typed page, every record then read whole (`to_dict()`), 50-record page (sandbox CustomerDto",
    "| pager's typed page: `vn.pages(...)`, 50-record page (sandbox CustomerInvoiceDto",
    "| typed parsing of a 50-record page (sandbox CustomerInvoiceDto",
    "| typed page, every record then read whole (`to_dict()`), 50-record page (sandbox CustomerInvoiceDto",
    "| pager's page (raw dicts, customer): `vn.pages(...)`, 50 records (0.08 MB), stdlib decoder",
    "| pager's page (raw dicts, customer): `vn.pages(...)`, 50 records (0.08 MB), orjson",
    "| pager's page (typed CustomerDto): `vn.pages(...)`, 50 records (0.08 MB), stdlib decoder",
    "| pager's page (typed CustomerDto): `vn.pages(...)`, 50 records (0.08 MB), orjson",
    "| pager's page (typed CustomerInvoiceDto): `vn.pages(...)`, 50 records (0.07 MB), stdlib decoder",
    "| pager's page (typed CustomerInvoiceDto): `vn.pages(...)`, 50 records (0.07 MB), orjson",
    "| full export of 400 records (typed CustomerDto)",
    "| full export of 400 records (raw dicts)",
    "| quota: client CPU per company at Visma's 15,000 calls/hour",
    "| 8-way export (sync), 40 typed records, pageSize 100",
    "| 16-way export (sync), 40 typed records, pageSize 100",
    "| 8-way export (async), 40 typed records, pageSize 100",
    "| 16-way export (async), 40 typed records, pageSize 100",
    "| 8-way export (sync), 400 typed records, pageSize 1,000",
    "| 16-way export (sync), 400 typed records, pageSize 1,000",
    "| 8-way export (async), 400 typed records, pageSize 1,000",
    "| 16-way export (async), 400 typed records, pageSize 1,000",
    "| `vismanet export customer` of 400 records, pageSize 100, --concurrency 1: CPU (orjson installed",
    "| `vismanet export customer` of 400 records, pageSize 100, --concurrency 1: CPU (VISMANET_JSON=stdlib)",
    "| hand-written loop: `httpx` + `json.loads` + `json.dumps`, 400 records",
    "| `vismanet export customer` of 400 records, pageSize 100, 10 ms latency, --concurrency 4: wall time",
    "| rate-limited export: server quota 50 calls/s",
    "| shared quota: two clients, one company quota of 50 calls per 2 s",
    "| peak RSS of `vismanet export customer`, 1,000 vs 100 records",
    "| peak RSS of `vn.paginate` (typed CustomerDto, the library), 1,000 vs 100 records",
    "| peak RSS of `vn.paginate` (raw dicts, the library), 1,000 vs 100 records",
    "| `vismanet sync customer` of 1,000 records into DuckDB",
    "| peak RSS of `vismanet sync customer`, 1,000 vs 100 records",
    "| physical limit: companies one 2-core machine keeps at Visma's full quota",
    "| `vismanet sync customer` of 2 tenants x 200 records",
]


def test_quick_run_prints_every_row_with_a_measured_ratio() -> None:
    env = {**os.environ, "VISMANET_BENCH_BEFORE": ""}  # no tree before this round here: that row is left out
    run = subprocess.run(
        [sys.executable, str(BENCHMARKS / "run.py"), "--quick"],
        check=False,
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert run.returncode == 0, run.stderr[-4000:]
    lines = run.stdout.splitlines()
    assert lines[0].startswith("Machine: ") and "Python 3." in lines[0]
    table = [line for line in lines if line.startswith("| ") and not line.startswith(("| figure", "| ---"))]
    assert len(table) == len(EXPECTED_ROWS), run.stdout
    for row, expected in zip(table, EXPECTED_ROWS, strict=True):
        assert row.startswith(expected), (row, expected)
        cells = [cell.strip() for cell in row.strip("|").split(" | ")]
        assert len(cells) == 6, row
        float(cells[3])  # every row has a ratio: nothing fell back to "n/a"
        assert cells[5] in ("yes", "NO"), row


def test_only_runs_the_chosen_groups_and_rejects_unknown_ones() -> None:
    run = subprocess.run(
        [sys.executable, str(BENCHMARKS / "run.py"), "--quick", "--only", "parsing"],
        check=False, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-4000:]
    table = [line for line in run.stdout.splitlines() if line.startswith("| ") and "---" not in line]
    figures = [row.split(" | ")[0] for row in table[1:]]
    assert len(figures) == 6 and all("50-record page (sandbox Customer" in f for f in figures), figures
    bad = subprocess.run(
        [sys.executable, str(BENCHMARKS / "run.py"), "--only", "nothing"],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad.returncode == 2 and "invalid choice: 'nothing'" in bad.stderr
