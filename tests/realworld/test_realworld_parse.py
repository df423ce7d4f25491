"""Every body in ../shared/realworld/ (SOURCES.md says where each came from) parses with the generated model of
the operation that returns it, round-trips through to_dict() without losing or changing a field, and list
bodies page through vn.paginate() over real loopback HTTP. (Error bodies and their str(error): the wire tests.)

The model comes from the operation index (the response model of the operation named per file), not from a
hand-kept list of classes.
"""

from __future__ import annotations

import datetime
import importlib
import json
from pathlib import Path
from typing import Any

import pytest
from transport._loopback import LoopbackServer, Reply, Seen
from vismanet_client import _operations
from vismanet_client import models as generated_models

from vismanet_ext import VismaNet, validate

REALWORLD = Path(__file__).resolve().parents[2].parent / "shared" / "realworld"
ZERO_UUID = "00000000-0000-0000-0000-000000000000"

#: file -> the operation whose 2xx body it is (method, path template)
BODIES: dict[str, tuple[str, str]] = {
    "onit-background-state-finished-400.json": ("GET", "/v1/background/{requestId}"),
    "onit-swaggerexample-background-state.json": ("GET", "/v1/background/{requestId}"),
    "onit-swaggerexample-customer.json": ("GET", "/v1/customer/{customerCd}"),
    "onit-swaggerexample-customerdocument.json": ("GET", "/v1/customerdocument"),
    "onit-swaggerexample-customerinvoice.json": ("GET", "/v1/customerinvoice/{invoiceNumber}"),
    "onit-swaggerexample-customerpayment.json": ("GET", "/v1/customerPayment/{paymentNumber}"),
    "onit-swaggerexample-inventory.json": ("GET", "/v1/inventory/{inventoryNumber}"),
    "onit-swaggerexample-journaltransaction.json": ("GET", "/v2/journaltransaction/{journalTransactionNumber}"),
    "onit-swaggerexample-location.json": ("GET", "/v1/location/{bAccountId}/{locationId}"),
    "onit-swaggerexample-payment.json": ("GET", "/v1/payment/{paymentNumber}"),
    "onit-swaggerexample-salesorder.json": ("GET", "/v1/salesorder/{orderNbr}"),
    "onit-swaggerexample-supplier.json": ("GET", "/v1/supplier/{supplierCd}"),
    "onit-swaggerexample-supplierinvoice.json": ("GET", "/v1/supplierInvoice/{invoiceNumber}"),
    "panetti-purchaseorder-list.json": ("GET", "/v1/purchaseorder"),
    "panetti-purchasereceipt-list.json": ("GET", "/v1/PurchaseReceipt"),
    "visma-community-customerpayment-list.json": ("GET", "/v1/customerPayment"),
    "visma-docs-customer-createdunningletter-actionresult.json": ("POST", "/v1/customer/{customer}/action/createDunningLetter"),
}
#: error bodies: their str(error) is checked with the error tests, not parsed with a model
ERROR_BODIES = {
    "onit-background-content-error-message.json",
    "onit-issue78-error-message-multiline.json",
    "stackoverflow-error-ippexception-12002-empty-message.json",
    "visma-community-error-ippexception-12027-no-license.json",
}
#: list bodies: they also page through paginate()
LIST_BODIES = ["panetti-purchaseorder-list.json", "panetti-purchasereceipt-list.json", "visma-community-customerpayment-list.json"]

def _require_corpus() -> None:
    if not REALWORLD.is_dir():
        pytest.skip(f"the real-world corpus is not at {REALWORLD}")


def _load(name: str) -> Any:
    body = json.loads((REALWORLD / name).read_text(encoding="utf-8"))
    if name.startswith("onit-swaggerexample-"):
        body = _uuid_placeholders(body)
    return body


def _uuid_placeholders(value: Any, inside: bool = False) -> Any:
    """SOURCES.md: Swagger's "string" in attachment / direct-debit-line `id` fields (today `format: uuid`)."""
    if isinstance(value, list):
        return [_uuid_placeholders(item, inside) for item in value]
    if not isinstance(value, dict):
        return value
    fixed = {k: _uuid_placeholders(v, k in ("attachments", "directDebitLines")) for k, v in value.items()}
    if inside and fixed.get("id") == "string":
        fixed["id"] = ZERO_UUID
    return fixed


def _operation(name: str) -> Any:
    method, path = BODIES[name]
    op = _operations.find(method, path)
    assert op is not None and op.response_model, (name, method, path)
    return op


def _canonical(value: Any) -> Any:
    """JSON with date-times compared as instants (a parsed date-time goes back in isoformat)."""
    if isinstance(value, dict):
        return {k: _canonical(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_canonical(v) for v in value]
    if isinstance(value, str):
        try:
            return ["datetime", datetime.datetime.fromisoformat(value)]
        except ValueError:
            return value
    return value


def test_every_file_of_the_corpus_is_covered() -> None:
    _require_corpus()
    files = {p.name for p in REALWORLD.glob("*.json")}
    assert files == set(BODIES) | ERROR_BODIES
    assert sorted(n for n in BODIES if isinstance(_load(n), list)) == LIST_BODIES


@pytest.mark.parametrize("name", sorted(BODIES))
def test_body_parses_with_its_model_and_round_trips(name: str) -> None:
    _require_corpus()
    op = _operation(name)
    cls = getattr(generated_models, op.response_model)
    body = _load(name)
    records = body if isinstance(body, list) else [body]
    assert isinstance(body, list) == op.response_is_list or name.endswith("customerdocument.json"), name
    for record in records:
        parsed = cls.from_dict(record)
        assert _canonical(parsed.to_dict()) == _canonical(record), name
        # every key is reachable: a documented field on its attribute, anything else in additional_properties
        declared = {wire: attribute for attribute, wire, _, _ in cls._vn_expect}
        for key, value in record.items():
            if key in declared:
                assert getattr(parsed, declared[key]) is not None or value is None, (name, key)
            else:
                assert parsed.additional_properties[key] == value, (name, key)
        validate(parsed)  # fits the documented types (nulls aside), Swagger's examples too once the ids are fixed


def test_the_captured_background_state_keeps_its_nulls() -> None:
    _require_corpus()
    state = generated_models.BackgroundRequestStateDto.from_dict(_load("onit-background-state-finished-400.json"))
    assert state.response_headers is None and state.error_message is None and state.reference is None
    assert state.status_code == 400 and state.finished_utc.utcoffset() == datetime.timedelta(hours=1)


@pytest.mark.parametrize("name", LIST_BODIES)
def test_list_bodies_page_through_paginate_over_loopback(name: str) -> None:
    _require_corpus()
    op = _operation(name)
    assert op.pages, name
    body = _load(name)

    def serve(seen: Seen) -> Reply:
        page = 1
        if "pageNumber=" in seen.path:
            page = int(seen.path.split("pageNumber=")[1].split("&")[0])
        return Reply(200, body if page == 1 else [])

    module = importlib.import_module(op.module)
    with LoopbackServer(serve) as server, VismaNet(base_url=server.url, token="tok", retry=None) as vn:
        records = list(vn.paginate(module, page_size=len(body) + 1))
        raw = list(vn.paginate(op.method + " " + op.path, page_size=len(body) + 1))
    assert [type(r).__name__ for r in records] == [op.response_model] * len(body)
    assert [_canonical(r.to_dict()) for r in records] == _canonical(body)
    assert raw == body
    assert [s.path.split("?")[0] for s in server.seen][:1] == [op.path]
