"""visma_net_source loaded for real: into a DuckDB file and into a PostgreSQL server, from the sandbox."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from vismanet_ext.dlt import SyncReport, visma_net_source
from vismanet_ext.errors import AuthenticationError
from vismanet_ext.sandbox import Sandbox
from vismanet_ext.tenants import Tenants

TENANTS = ["t1", "t2"]


@pytest.fixture
def sb() -> Any:
    server = Sandbox(tenants=[*TENANTS, "t3"], sizes={"customer": 23, "customerinvoice": 9, "account": 7})
    yield server
    server.close()


def _source(sb: Sandbox, resources: list[str], tenants: list[str] = TENANTS, **kwargs: Any) -> Any:
    kwargs.setdefault("page_size", 5)
    return visma_net_source(resources, tenants, Tenants.sandbox(sb), **kwargs)


def _per_tenant(target: Any, pipeline: Any, table: str) -> dict[str, int]:
    rows = target.query(pipeline, f"SELECT tenant_id, COUNT(*) FROM {table} GROUP BY tenant_id")
    return {tenant: int(n) for tenant, n in rows}


def test_rows_per_tenant_child_tables_and_nothing_new_on_a_second_run(target: Any, sb: Sandbox) -> None:
    pipeline = target.pipeline()
    loaded = target.run(pipeline, _source(sb, ["customer", "customerinvoice", "account"]))
    lines = sum(len(inv["invoiceLines"]) for t in TENANTS for inv in sb.tenant(t).records("customerinvoice"))
    assert loaded["customer"] == 46 and loaded["customerinvoice"] == 18 and loaded["account"] == 14
    assert _per_tenant(target, pipeline, "customer") == {"t1": 23, "t2": 23}
    assert _per_tenant(target, pipeline, "account") == {"t1": 7, "t2": 7}
    # Nested invoice lines are a child table, linked to their invoice row.
    child = target.query(pipeline, "SELECT COUNT(*) FROM customerinvoice__invoice_lines c "
                                   "JOIN customerinvoice p ON c._dlt_root_id = p._dlt_id")
    assert lines > 9 and child == [(lines,)]
    # Same tenant, same number, different companies: both rows kept.
    assert target.query(pipeline, "SELECT COUNT(DISTINCT tenant_id) FROM customer WHERE number = '10000'") == [(2,)]

    again = target.run(target.pipeline(), _source(sb, ["customer", "customerinvoice", "account"]))
    assert again == {}
    assert _per_tenant(target, pipeline, "customer") == {"t1": 23, "t2": 23}


def test_a_record_changed_between_runs_is_updated_not_duplicated(target: Any, sb: Sandbox) -> None:
    pipeline = target.pipeline()
    target.run(pipeline, _source(sb, ["customer", "customerinvoice"]))
    sb.tenant("t2").update("customer", "10004", name="Renamed AS")
    invoice = sb.tenant("t1").keys("customerinvoice")[0]
    record = sb.tenant("t1").record("customerinvoice", invoice)
    assert record is not None
    sb.tenant("t1").update("customerinvoice", invoice, invoiceLines=record["invoiceLines"][:1])

    loaded = target.run(target.pipeline(), _source(sb, ["customer", "customerinvoice"]))
    assert loaded.get("customer") == 1 and loaded.get("customerinvoice") == 1
    rows = target.query(pipeline, "SELECT tenant_id, name FROM customer WHERE number = '10004' ORDER BY tenant_id")
    assert len(rows) == 2 and rows[1] == ("t2", "Renamed AS") and rows[0][1] != "Renamed AS"
    assert _per_tenant(target, pipeline, "customer") == {"t1": 23, "t2": 23}
    # The merged invoice's child rows were replaced, not added to.
    lines = target.query(pipeline, "SELECT COUNT(*) FROM customerinvoice__invoice_lines c JOIN customerinvoice p "
                                   f"ON c._dlt_root_id = p._dlt_id WHERE p.reference_number = '{invoice}' "
                                   "AND p.tenant_id = 't1'")
    assert lines == [(1,)]


def test_the_incremental_state_is_stored_in_the_destination(target: Any, sb: Sandbox, tmp_path: Path) -> None:
    pipeline = target.pipeline()
    target.run(pipeline, _source(sb, ["customer"]))
    newest = max(c["lastModifiedDateTime"] for c in sb.tenant("t1").records("customer"))
    cursor = pipeline.state["sources"]["visma_net"]["resources"]["customer"]["tenants"]["t1"]
    assert cursor["watermark"] == newest and cursor["exported"] == 23
    stored = target.query(pipeline, f"SELECT COUNT(*) FROM {target.dataset}._dlt_pipeline_state")
    assert stored[0][0] >= 1
    # A fresh working directory (another machine) restores the cursors from the destination.
    fresh = target.pipeline(work=tmp_path / "elsewhere")
    sb.tenant("t1").insert("customer", 2)
    report = SyncReport()
    loaded = target.run(fresh, _source(sb, ["customer"], report=report))
    assert loaded == {"customer": 2}
    log = [e for e in sb.tenant("t1").records("customer")]
    assert len(log) == 25
    sent = [r.query for r in sb.request_log if r.path == "/v1/customer" and r.query.get("lastModifiedDateTime")]
    assert any(q["lastModifiedDateTime"] > "2000" and q.get("lastModifiedDateTimeCondition") == ">=" for q in sent)


def test_a_record_inserted_while_paging_is_not_lost(duckdb_target: Any, sb: Sandbox) -> None:
    target = duckdb_target
    sb.faults.insert_after_list_call(2, "customer", 3)  # between page 2 and 3 of the first tenant
    pipeline = target.pipeline()
    target.run(pipeline, _source(sb, ["customer"], tenants=["t1"], max_concurrency=1))
    assert target.query(pipeline, "SELECT COUNT(*) FROM customer") == [(26,)]
    assert sb.tenant("t1").count("customer") == 26


def test_a_failing_tenant_is_reported_and_the_others_load(target: Any, sb: Sandbox) -> None:
    sb.fail_tenant("t3")
    report = SyncReport()
    pipeline = target.pipeline()
    target.run(pipeline, _source(sb, ["customer", "account"], tenants=["t1", "t3", "t2"], report=report))
    assert _per_tenant(target, pipeline, "customer") == {"t1": 23, "t2": 23}
    assert _per_tenant(target, pipeline, "account") == {"t1": 7, "t2": 7}
    failed = {(r.resource, r.tenant_id) for r in report.failures}
    assert failed == {("customer", "t3"), ("account", "t3")}
    assert all(isinstance(r.error, AuthenticationError) for r in report.failures)
    assert "t3" not in pipeline.state["sources"]["visma_net"]["resources"]["customer"]["tenants"]

    sb.restore_tenant("t3")  # the next run catches the tenant up
    target.run(target.pipeline(), _source(sb, ["customer", "account"], tenants=["t1", "t3", "t2"]))
    assert _per_tenant(target, pipeline, "customer") == {"t1": 23, "t2": 23, "t3": 23}


def test_full_refresh_sees_deletions_per_tenant(target: Any, sb: Sandbox) -> None:
    pipeline = target.pipeline()
    target.run(pipeline, _source(sb, ["customer", "account"], full_refresh=["customer"]))
    sb.tenant("t1").delete("account", sb.tenant("t1").keys("account")[0])
    sb.tenant("t1").delete("customer", "10002")
    loaded = target.run(target.pipeline(), _source(sb, ["customer", "account"], full_refresh=["customer"]))
    # Only t1 changed: t2's partitions read exactly as before and are not loaded again.
    assert loaded == {"account": 6, "customer": 22}
    assert _per_tenant(target, pipeline, "account") == {"t1": 6, "t2": 7}
    assert _per_tenant(target, pipeline, "customer") == {"t1": 22, "t2": 23}
    # An incremental (merge) sync never learns about deletions: Visma has no deletion feed.
    sb.tenant("t2").delete("customer", "10002")
    target.run(target.pipeline(), _source(sb, ["customer"]))
    assert _per_tenant(target, pipeline, "customer") == {"t1": 22, "t2": 23}
