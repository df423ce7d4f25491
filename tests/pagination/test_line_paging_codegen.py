"""Which listings count lines per page comes from the generator's data, and the change report says so."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
CODEGEN = REPO / "scripts" / "codegen"
SHARED_SPEC = REPO.parent / "shared" / "specs" / "vismanet-erp-api-v1-20250424.json"
if str(CODEGEN) not in sys.path:
    sys.path.insert(0, str(CODEGEN))

from api_summary import change_report, summarize
from line_paging import LinePagingError, line_counted_operations, line_field, load_table


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    if not SHARED_SPEC.is_file():
        pytest.skip(f"Visma's spec is not at {SHARED_SPEC}; these tests read its operation texts")
    loaded: dict[str, Any] = json.loads(SHARED_SPEC.read_text(encoding="utf-8"))
    return loaded


def _listing(description: str, props: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.0.1",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/v1/thing": {
                "get": {
                    "operationId": "Thing_GetAll",
                    "description": description,
                    "responses": {
                        "200": {
                            "content": {
                                "application/json": {
                                    "schema": {"type": "array", "items": {"$ref": "#/components/schemas/ThingDto"}}
                                }
                            }
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "ThingDto": {"type": "object", "properties": props},
                "LineDto": {"type": "object", "properties": {"lineNumber": {"type": "integer"}}},
            }
        },
    }


LINES = {"type": "array", "items": {"$ref": "#/components/schemas/LineDto"}}


def test_the_index_marks_exactly_the_listing_visma_documents_as_line_counted() -> None:
    from vismanet_client._operations import OPERATIONS, find

    marked = {(op.method, op.path): op.page_lines for op in OPERATIONS if op.page_lines is not None}
    assert marked == {("GET", "/v2/journaltransaction"): ("journalTransactionLines", "journal_transaction_lines")}
    journal = find("GET", "/v2/journaltransaction")
    assert journal is not None and "totalcount denotes number of journaltransaction lines" in journal.summary


def test_the_real_spec_derives_the_same_table_the_summary_keeps(spec: dict[str, Any]) -> None:
    assert line_counted_operations(spec) == {"GET /v2/journaltransaction": "journalTransactionLines"}
    committed = json.loads((REPO / "generated" / "vismanet_client" / "_api_summary.json").read_text(encoding="utf-8"))
    assert committed["line_counted"] == {"GET /v2/journaltransaction": "journalTransactionLines"}
    assert load_table() == {}  # the config table is empty today: the text alone decides


def test_the_text_names_the_lines_field() -> None:
    doc = _listing("Pagesize and totalcount denote the number of thing lines.", {"thingLines": LINES, "otherLines": LINES})
    assert line_field(doc, doc["paths"]["/v1/thing"]["get"], {}) == "thingLines"
    plain = _listing("On this endpoint page size and total count count lines.", {"rows": LINES, "thingLines": LINES})
    assert line_field(plain, plain["paths"]["/v1/thing"]["get"], {}) == "thingLines"
    records = _listing("Returns things; pageSize is capped at maxPageSize.", {"thingLines": LINES})
    assert line_field(records, records["paths"]["/v1/thing"]["get"], {}) is None


def test_the_config_table_overrides_the_text_and_an_unclear_text_fails_loudly() -> None:
    unclear = _listing("Pagesize and totalcount denotes number of widget lines.", {"thingLines": LINES})
    operation = unclear["paths"]["/v1/thing"]["get"]
    with pytest.raises(LinePagingError, match="Thing_GetAll: <field or null> under vismanet_line_counted_pages"):
        line_field(unclear, operation, {})
    assert line_field(unclear, operation, {"Thing_GetAll": "thingLines"}) == "thingLines"
    assert line_field(unclear, operation, {"Thing_GetAll": None}) is None


def test_the_change_report_says_when_a_release_adds_or_drops_a_line_counted_listing(spec: dict[str, Any]) -> None:
    changed = copy.deepcopy(spec)
    changed["paths"]["/v2/journaltransaction"]["get"]["summary"] = "Get a range of Journal Transactions"
    changed["paths"]["/v1/customer"]["get"]["description"] = (
        "Pagesize and totalcount denotes number of directDebit lines."
    )
    report = change_report(summarize(spec), summarize(changed)).splitlines()
    assert report == [
        "API change report:",
        "Listings whose pages count lines, not records (2):",
        "  + GET /v1/customer  (pages count directDebitLines)",
        "  - GET /v2/journaltransaction  (pages count records again, not journalTransactionLines)",
    ]
    older = {k: v for k, v in summarize(spec).items() if k != "line_counted"}  # written before the key existed
    assert change_report(older, summarize(spec)).endswith("no changes to operations, schemas, fields or enum values.")
