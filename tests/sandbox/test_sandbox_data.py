"""Seeded data: shaped exactly like the spec's DTOs, deterministic, lazy at scale,
and parseable by the generated typed models without loss."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import httpx
import pytest
from spec_check import spec_path, validate_dto

from vismanet_ext.sandbox import RESOURCES, Sandbox

DTOS = {
    "customer": "CustomerDto",
    "supplier": "SupplierDto",
    "customerinvoice": "CustomerInvoiceDto",
    "supplierInvoice": "SupplierInvoiceDto",
    "customerPayment": "PaymentDto",
    "supplierPayment": "SupplierPaymentDto",
    "account": "AccountDto",
    "salesorder": "SalesOrderDto",
    "journaltransaction": "JournalTransactionDto",
    "inventory": "InventoryDto",
}

LIST_PATHS = {
    "customer": "/v1/customer", "supplier": "/v1/supplier", "customerinvoice": "/v1/customerinvoice",
    "supplierInvoice": "/v1/supplierInvoice", "customerPayment": "/v1/customerPayment",
    "supplierPayment": "/v1/supplierPayment", "account": "/v1/account", "salesorder": "/v2/salesorder",
    "journaltransaction": "/v2/journaltransaction", "inventory": "/v1/inventory",
}
LIST_PARAMS = {"journaltransaction": {"periodId": "202401"}}

needs_spec = pytest.mark.skipif(spec_path() is None, reason="Visma OpenAPI spec not available")


def test_every_resource_is_covered() -> None:
    assert set(RESOURCES) == set(DTOS) == set(LIST_PATHS)


@needs_spec
@pytest.mark.parametrize("resource", sorted(DTOS))
def test_seeded_records_conform_to_the_response_dto(resource: str) -> None:
    sb = Sandbox(seed=11, background_delay=None)
    problems = [p for record in sb.records(resource) for p in validate_dto(record, DTOS[resource])]
    assert problems == []


@needs_spec
def test_list_responses_conform_including_metadata(sb: Sandbox) -> None:
    client = sb.client(headers=sb.auth_headers())
    for resource, path in LIST_PATHS.items():
        page = client.get(path, params={"pageSize": 25, **LIST_PARAMS.get(resource, {})}).json()
        assert page, resource
        problems = [p for record in page for p in validate_dto(record, DTOS[resource])]
        assert problems == [], resource


@needs_spec
def test_written_records_still_conform(sb: Sandbox) -> None:
    client = sb.client(headers=sb.auth_headers())
    writes = [
        ("POST", "/v1/customer", {"name": {"value": "New AS"}, "mainAddress": {"value": {
            "addressLine1": {"value": "Gate 1"}, "countryId": {"value": "SE"}}},
            "creditLimit": {"value": 1000}, "customerClassId": {"value": "2"}}),
        ("PUT", "/v1/supplier/50001", {"name": {"value": "Changed"}, "paymentLeadTime": {"value": 3},
                                       "note": {"value": "hello"}}),
        ("POST", "/v2/customerinvoice", {"customerNumber": {"value": "10002"}, "invoiceLines": [
            {"description": {"value": "x"}, "quantity": {"value": 2}, "unitPriceInCurrency": {"value": 9.5},
             "vatCodeId": {"value": "3"}}]}),
        ("POST", "/v1/supplierInvoice", {"supplierNumber": {"value": "50003"}, "date": {"value": "2025-01-05"},
                                         "invoiceLines": [{"quantity": {"value": 1},
                                                           "unitCostInCurrency": {"value": 10}}]}),
        ("POST", "/v1/customerPayment", {"customer": {"value": "10004"}, "paymentAmount": {"value": 120.0},
                                         "paymentLines": [{"documentType": {"value": "Invoice"},
                                                           "refNbr": {"value": "000001"},
                                                           "amountPaid": {"value": 120.0}}]}),
        ("POST", "/v1/supplierPayment", {"supplier": {"value": "50004"}, "paymentAmount": {"value": 55}}),
        ("POST", "/v1/account", {"accountCD": {"value": "9999"}, "type": {"value": "Expense"},
                                 "description": {"value": "Sandbox"}}),
        ("POST", "/v2/salesorder", {"orderType": {"value": "SO"}, "customer": {"value": "10005"},
                                    "lines": [{"inventoryNumber": {"value": "IT000003"},
                                               "quantity": {"value": 4}, "unitPrice": {"value": 12.5}}]}),
        ("POST", "/v2/journaltransaction", {"journalTransactionLines": [
            {"accountNumber": {"value": "1920"}, "debitAmountInCurrency": {"value": 5}},
            {"accountNumber": {"value": "3000"}, "creditAmountInCurrency": {"value": 5}}]}),
        ("POST", "/v1/inventory", {"inventoryNumber": {"value": "NEW-1"}, "description": {"value": "New"},
                                   "itemClass": {"value": "STD"}, "defaultPrice": {"value": 99}}),
    ]
    for method, path, body in writes:
        reply = client.request(method, path, json=body)
        assert reply.status_code in (201, 204), (path, reply.text)
        location = reply.headers.get("Location") or path
        record = client.get(location).json()
        resource = next(r for r, p in LIST_PATHS.items() if p.lower() + "/" in location.lower())
        assert validate_dto(record, DTOS[resource]) == [], path
    upload = client.post("/v1/customerinvoice/000001/1/attachment", files={"file": ("a.pdf", b"x")})
    assert upload.status_code == 201
    invoice = client.get("/v1/customerinvoice/000001").json()
    assert validate_dto(invoice, "CustomerInvoiceDto") == []


def test_same_seed_same_records_other_seed_other_records() -> None:
    a, b, c = Sandbox(seed=5), Sandbox(seed=5), Sandbox(seed=6)
    for resource in RESOURCES:
        assert a.records(resource) == b.records(resource)
    assert a.records("customer") != c.records("customer")


def test_sizes_are_respected_and_unknown_resources_refused() -> None:
    sb = Sandbox(sizes={"customer": 3, "inventory": 0})
    assert sb.count("customer") == 3
    assert sb.count("inventory") == 0
    assert sb.count("supplier") == 200  # default
    with pytest.raises(ValueError, match="custmer"):
        Sandbox(sizes={"custmer": 5})
    with pytest.raises(ValueError):
        Sandbox(sizes={"customer": -1})


def test_large_datasets_are_lazy_and_paged_from_the_end() -> None:
    sb = Sandbox(sizes={"customerinvoice": 100_000}, background_delay=None)
    client = sb.client(headers=sb.auth_headers())
    last = client.get("/v1/customerinvoice", params={"pageSize": 1000, "pageNumber": 100}).json()
    assert len(last) == 1000
    assert last[-1]["referenceNumber"] == "100000"
    assert last[0]["metadata"] == {"totalCount": 100_000, "maxPageSize": 1000}
    assert client.get("/v1/customerinvoice/054321").json()["referenceNumber"] == "054321"


def test_history_dates_are_ordered_and_in_the_past() -> None:
    sb = Sandbox(seed=2)
    for resource in RESOURCES:
        for record in sb.records(resource):
            modified = datetime.fromisoformat(record["lastModifiedDateTime"])
            assert modified <= datetime(2025, 6, 30)
            if "createdDateTime" in record:
                assert datetime.fromisoformat(record["createdDateTime"]) <= modified


def test_cross_references_point_at_existing_records() -> None:
    sb = Sandbox(seed=4)
    customers = set(sb.keys("customer"))
    suppliers = set(sb.keys("supplier"))
    assert {r["customer"]["number"] for r in sb.records("customerinvoice")} <= customers
    assert {r["customer"]["number"] for r in sb.records("salesorder")} <= customers
    assert {r["supplier"]["number"] for r in sb.records("supplierInvoice")} <= suppliers
    names = {r["number"]: r["name"] for r in sb.records("customer")}
    assert all(names[r["customer"]["number"]] == r["customer"]["name"] for r in sb.records("customerPayment"))


# --- the generated typed models ------------------------------------------------------------


def _same(original: Any, round_tripped: Any, where: str = "$") -> list[str]:
    """Equal after the model's own normalisations (datetimes re-rendered, uuids lower-cased)."""
    if isinstance(original, dict) and isinstance(round_tripped, dict):
        problems = [f"{where}.{k}: lost" for k in original if k not in round_tripped]
        problems += [f"{where}.{k}: invented" for k in round_tripped if k not in original]
        for key in original.keys() & round_tripped.keys():
            problems += _same(original[key], round_tripped[key], f"{where}.{key}")
        return problems
    if isinstance(original, list) and isinstance(round_tripped, list) and len(original) == len(round_tripped):
        return [p for i, (a, b) in enumerate(zip(original, round_tripped)) for p in _same(a, b, f"{where}[{i}]")]
    if original == round_tripped:
        return []
    if isinstance(original, str) and isinstance(round_tripped, str):
        try:
            if datetime.fromisoformat(original) == datetime.fromisoformat(round_tripped):
                return []
        except ValueError:
            pass
    return [f"{where}: {original!r} != {round_tripped!r}"]


@pytest.mark.parametrize("resource", sorted(DTOS))
def test_records_round_trip_through_the_generated_models(resource: str) -> None:
    models = pytest.importorskip("vismanet_client.models")
    model = getattr(models, DTOS[resource])
    sb = Sandbox(seed=8, background_delay=None)
    client = sb.client(headers=sb.auth_headers())
    page = client.get(LIST_PATHS[resource], params={"pageSize": 200, **LIST_PARAMS.get(resource, {})}).json()
    if resource == "customerinvoice":
        client.post("/v1/customerinvoice/000001/attachment", files={"file": ("a.pdf", b"x")})
        page.append(client.get("/v1/customerinvoice/000001").json())
    assert page
    for record in page:
        parsed = model.from_dict(record)
        assert parsed.additional_properties == {}, f"unknown fields: {parsed.additional_keys}"
        assert _same(record, parsed.to_dict()) == []


def test_generated_operation_index_knows_every_sandbox_route() -> None:
    operations = pytest.importorskip("vismanet_client._operations")
    from vismanet_ext.sandbox.routes import ROUTES

    known = {(op.method, op.path.lower()) for op in operations.OPERATIONS}
    for route in ROUTES:
        template = "/" + "/".join(route.segments)
        assert (route.method, template.lower()) in known or _same_shape(route, known), template


def _same_shape(route: Any, known: set[tuple[str, str]]) -> bool:
    """The spec may name a path parameter differently; compare with parameters blanked."""
    def shape(path: str) -> str:
        return "/".join("{}" if s.startswith("{") else s for s in path.strip("/").split("/"))

    wanted = shape("/".join(route.segments).lower())
    return any(method == route.method and shape(path) == wanted for method, path in known)


def test_served_pages_parse_with_the_generated_client(sb: Sandbox, base_url: str) -> None:
    models = pytest.importorskip("vismanet_client.models")
    with httpx.Client(base_url=base_url, headers=sb.auth_headers()) as client:
        page = client.get("/v1/customer", params={"pageSize": 50}).json()
    parsed = [models.CustomerDto.from_dict(r) for r in page]
    assert [p.number for p in parsed] == sb.keys("customer")[:50]
    assert parsed[0].metadata.total_count == 300


@pytest.mark.parametrize("resource", sorted(DTOS))
def test_light_view_agrees_with_the_full_record(resource: str) -> None:
    """Filters on dates/status skip building records; the shortcut must not change results."""
    from vismanet_ext.sandbox.data import Context, generate, light, light_fields

    ctx = Context(seed=9, sizes={name: 500 for name in DTOS})
    for index in range(0, 500, 7):
        view = light(ctx, resource, index)
        assert set(view) == light_fields(resource)
        full = generate(ctx, resource, index)
        assert {k: full[k] for k in view} == view
