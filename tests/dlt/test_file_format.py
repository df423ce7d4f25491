"""The load file format `vismanet sync` picks (Parquet into DuckDB) lands exactly what JSON lines does.

Parquet is a speed choice (DuckDB reads it faster than JSON lines; benchmarks/_sync.py), so it must not
change a table, a column type, a child table or a merge: the same sandbox sync through both formats is
compared row by row; the merge-on-update tests (test_load.py) run with the same format (conftest).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import duckdb
import pytest

import vismanet_ext.cli.sync as sync_command
from vismanet_ext.cli import main

RESOURCES = ["customer", "customerinvoice", "supplierInvoice", "account"]
SIZES = "customer=40,customerinvoice=25,supplierInvoice=15,account=8"
#: dlt's random row ids and load ids differ between any two loads; every other column must match.
RANDOM_COLUMNS = {"_dlt_id", "_dlt_load_id", "_dlt_root_id", "_dlt_parent_id"}


def test_duckdb_loads_parquet_when_pyarrow_is_installed_and_postgres_keeps_dlts_default() -> None:
    pytest.importorskip("pyarrow", reason="needs pyarrow (dlt[parquet])")
    assert sync_command.loader_file_format("duckdb") == "parquet"
    assert sync_command.loader_file_format("postgres") is None


def test_without_pyarrow_duckdb_falls_back_to_json_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "pyarrow" else real(name, *a))
    assert sync_command.loader_file_format("duckdb") == "jsonl"


def _sync(tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setenv("VISMANET_SANDBOX_SIZES", SIZES)
    return main(["sync", *RESOURCES, "--sandbox", "--to", f"duckdb:///{tmp_path / name}.duckdb",
                 "--work-dir", str(tmp_path), "--pipeline", name, "--quiet"])


def _landed(path: Path) -> tuple[list[tuple[Any, ...]], dict[str, list[str]], dict[str, int]]:
    """(table, column, type) of every data column; each table's rows without dlt's random ids; child links."""
    with duckdb.connect(str(path), read_only=True) as db:
        columns = db.execute(
            "SELECT table_name, column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = 'visma_net' AND table_name NOT LIKE '_dlt%' ORDER BY 1, 2").fetchall()
        rows: dict[str, list[str]] = {}
        linked: dict[str, int] = {}
        for table in sorted({c[0] for c in columns}):
            names = ", ".join(f'"{c[1]}"' for c in columns if c[0] == table and c[1] not in RANDOM_COLUMNS)
            rows[table] = sorted(repr(r) for r in db.execute(f'SELECT {names} FROM visma_net."{table}"').fetchall())
            if "__" in table:  # every child row points at a parent row that exists
                parent = table.rsplit("__", 1)[0]
                linked[table] = db.execute(
                    f'SELECT COUNT(*) FROM visma_net."{table}" c JOIN visma_net."{parent}" p '
                    f"ON c._dlt_parent_id = p._dlt_id").fetchone()[0]  # type: ignore[index]
        return columns, rows, linked


def test_parquet_and_json_lines_land_the_same_tables_rows_and_child_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("pyarrow", reason="needs pyarrow (dlt[parquet])")
    assert _sync(tmp_path, "parquet", monkeypatch) == 0  # the command's own choice
    monkeypatch.setattr(sync_command, "loader_file_format", lambda destination: "jsonl")
    assert _sync(tmp_path, "jsonl", monkeypatch) == 0

    parquet_columns, parquet_rows, parquet_links = _landed(tmp_path / "parquet.duckdb")
    jsonl_columns, jsonl_rows, jsonl_links = _landed(tmp_path / "jsonl.duckdb")
    assert parquet_columns == jsonl_columns
    assert parquet_rows == jsonl_rows
    assert "customerinvoice__invoice_lines" in parquet_rows and "supplier_invoice__invoice_lines" in parquet_rows
    assert parquet_links == jsonl_links
    assert all(parquet_links[t] == len(parquet_rows[t]) > 0 for t in parquet_links)
    assert ("customer", "tenant_id", "VARCHAR") in parquet_columns


def test_a_second_parquet_sync_without_changes_duplicates_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("pyarrow", reason="needs pyarrow (dlt[parquet])")
    assert sync_command.loader_file_format("duckdb") == "parquet"
    assert _sync(tmp_path, "twice", monkeypatch) == 0
    assert _sync(tmp_path, "twice", monkeypatch) == 0  # nothing changed: nothing new, nothing doubled
    _, rows, links = _landed(tmp_path / "twice.duckdb")
    assert len(rows["customer"]) == 40 and len(rows["customerinvoice"]) == 25
    assert all(links[t] == len(rows[t]) for t in links)
