"""Destinations for the dlt tests: a DuckDB file in tmp_path, and a real PostgreSQL server.

PostgreSQL comes from ``VISMANET_TEST_POSTGRES_DSN`` (``.ci/postgres.sh start`` prints it; ``.ci/run``
exports it). Without it the PostgreSQL cases are skipped with that reason on a developer's machine, and
fail under CI (``CI=true``), where ``.ci/run`` must have started the server.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

dlt = pytest.importorskip("dlt", reason='needs the dlt extra: pip install -e ".[dlt]"')

DSN_VARIABLE = "VISMANET_TEST_POSTGRES_DSN"


def postgres_dsn() -> str:
    dsn = os.environ.get(DSN_VARIABLE, "").strip()
    if not dsn:
        message = f"{DSN_VARIABLE} is not set; start a server with: eval \"$(.ci/postgres.sh start)\""
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"CI must run the PostgreSQL tests: {message}")
        pytest.skip(message)
    return dsn


@pytest.fixture
def postgres_url() -> str:
    """The test server's DSN (skip locally / fail in CI without one)."""
    return postgres_dsn()


@pytest.fixture(autouse=True)
def _dlt_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """dlt keeps pipelines and config under its data dir: keep them in tmp_path, never in ~/.dlt."""
    monkeypatch.setenv("DLT_DATA_DIR", str(tmp_path / "dlt-data"))
    monkeypatch.setenv("RUNTIME__LOG_LEVEL", "WARNING")
    monkeypatch.setenv("RUNTIME__DLTHUB_TELEMETRY", "false")  # tests talk to loopback only


class Target:
    """One destination for a test: how to make a pipeline, and how to query what landed."""

    def __init__(self, kind: str, tmp_path: Path) -> None:
        self.kind = kind
        self.dataset = f"visma_{uuid.uuid4().hex[:10]}"
        self.work = tmp_path / "pipelines"
        self.work.mkdir(exist_ok=True)
        if kind == "duckdb":
            self.location = str(tmp_path / "visma.duckdb")
            self.url = f"duckdb:///{self.location}"
        else:
            self.location = postgres_dsn()
            self.url = self.location
        self._pipelines: list[Any] = []

    def destination(self) -> Any:
        if self.kind == "duckdb":
            return dlt.destinations.duckdb(self.location)
        return dlt.destinations.postgres(self.location)

    @property
    def file_format(self) -> str | None:
        """What `vismanet sync` loads with (Parquet into DuckDB), so merges and child tables are tested with it."""
        from vismanet_ext.cli.sync import loader_file_format

        return loader_file_format(self.kind)

    def pipeline(self, name: str = "visma_test", work: Path | None = None) -> Any:
        pipeline = dlt.pipeline(pipeline_name=name, destination=self.destination(), dataset_name=self.dataset,
                                pipelines_dir=str(work or self.work))
        self._pipelines.append(pipeline)
        return pipeline

    def run(self, pipeline: Any, source: Any) -> dict[str, int]:
        """Run and return the rows loaded per data table (dlt's own tables left out)."""
        pipeline.run(source, loader_file_format=self.file_format)
        counts = pipeline.last_trace.last_normalize_info.row_counts
        return {k: v for k, v in counts.items() if not k.startswith("_dlt")}

    def query(self, pipeline: Any, sql: str) -> list[tuple[Any, ...]]:
        with pipeline.sql_client() as client:
            return [tuple(row) for row in client.execute_sql(sql)]

    def drop(self) -> None:
        if self.kind != "postgres" or not self._pipelines:
            return
        try:
            with self._pipelines[-1].sql_client() as client:
                client.execute_sql(f"DROP SCHEMA IF EXISTS {self.dataset} CASCADE")
                client.execute_sql(f"DROP SCHEMA IF EXISTS {self.dataset}_staging CASCADE")
        except Exception as e:  # noqa: BLE001 - cleanup only; a leftover schema harms nothing
            print(f"could not drop {self.dataset}: {e}")


@pytest.fixture(params=["duckdb", "postgres"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Target]:
    t = Target(request.param, tmp_path)
    yield t
    t.drop()


@pytest.fixture
def duckdb_target(tmp_path: Path) -> Target:
    return Target("duckdb", tmp_path)


MakeTarget = Callable[[str], Target]
