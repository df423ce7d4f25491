"""The Dagster example, materialized in-process against the sandbox: one partition per tenant."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

dagster = pytest.importorskip("dagster", reason='needs the dagster extra: pip install -e ".[dagster]"')
dlt = pytest.importorskip("dlt")
from dagster_dlt import DagsterDltResource

from vismanet_ext.orchestration.dagster import pipeline_name_for, visma_net_assets
from vismanet_ext.sandbox import Sandbox
from vismanet_ext.tenants import Tenants

TENANTS = ["acme", "bolt", "crux"]


def _per_tenant(path: Path, table: str) -> dict[str, int]:
    with duckdb.connect(str(path), read_only=True) as db:
        rows = db.execute(f"SELECT tenant_id, COUNT(*) FROM visma_net.{table} GROUP BY 1").fetchall()
    return {t: int(n) for t, n in rows}


def test_one_partition_per_tenant_loads_each_company_and_a_failing_one_fails_alone(tmp_path: Path) -> None:
    sb = Sandbox(tenants=TENANTS, sizes={"customer": 15, "customerinvoice": 6, "account": 5})
    sb.fail_tenant("bolt")
    database = tmp_path / "visma.duckdb"
    assets = visma_net_assets(
        tenants=TENANTS, resources=["customer", "customerinvoice", "account"], credentials=Tenants.sandbox(sb),
        destination=dlt.destinations.duckdb(str(database)), pipelines_dir=str(tmp_path / "pipelines"),
        loader_file_format="jsonl", page_size=4,
    )
    keys = {key.to_user_string() for key in assets.keys}
    assert keys == {"dlt_visma_net_customer", "dlt_visma_net_customerinvoice", "dlt_visma_net_account"}

    instance = dagster.DagsterInstance.ephemeral()
    outcome = {}
    for tenant in TENANTS:
        result = dagster.materialize([assets], partition_key=tenant, resources={"dlt": DagsterDltResource()},
                                     instance=instance, raise_on_error=False)
        outcome[tenant] = result.success
    assert outcome == {"acme": True, "bolt": False, "crux": True}
    assert _per_tenant(database, "customer") == {"acme": 15, "crux": 15}
    assert _per_tenant(database, "account") == {"acme": 5, "crux": 5}

    # The company recovers; its partition catches up, the others' second runs load nothing new.
    sb.restore_tenant("bolt")
    for tenant in TENANTS:
        result = dagster.materialize([assets], partition_key=tenant, resources={"dlt": DagsterDltResource()},
                                     instance=instance)
        assert result.success
    assert _per_tenant(database, "customer") == {"acme": 15, "bolt": 15, "crux": 15}
    # Each tenant keeps its cursors in its own pipeline, so partitions never race on dlt's state.
    pipeline = dlt.pipeline(pipeline_name=pipeline_name_for("acme"), pipelines_dir=str(tmp_path / "pipelines"),
                            destination=dlt.destinations.duckdb(str(database)), dataset_name="visma_net")
    tenants = pipeline.state["sources"]["visma_net"]["resources"]["customer"]["tenants"]
    assert set(tenants) == {"acme"}
    counts = pipeline.last_trace.last_normalize_info.row_counts
    assert {k: v for k, v in counts.items() if not k.startswith("_dlt")} == {}
