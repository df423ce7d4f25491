"""Plain values in write bodies: wrapped where the schema wants ``{"value": X}``, over the sandbox's real HTTP.

The sandbox answers a bare value where a wrapper is declared with a 400 naming the field (checked first,
with ``json=``, which is sent as given), so a 201 for the plain-value body proves the SDK wrapped it.
"""

from __future__ import annotations

import asyncio
import datetime
import decimal
import json
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from vismanet_client.api.customer import (
    customer_get_bycustomer_cd,
    customer_post,
    customer_put_bycustomer_cd,
)
from vismanet_client.api.customer_invoice import (
    customer_invoice_create,
    customer_invoice_get_byinvoice_number,
)
from vismanet_client.models import CustomerUpdateDto, DtoValueOfString

import vismanet_ext
from vismanet_ext.bodies import CLEAR, body_schema, shape_body
from vismanet_ext.client import VismaNet
from vismanet_ext.errors import BadRequest, InvalidArgument
from vismanet_ext.sandbox import Sandbox

from .conftest import REPO, async_client

INVOICE = "CustomerInvoice_Create"
CUSTOMER = "Customer_Post"


def shape(operation_id: str, body: Any) -> Any:
    return shape_body(operation_id, body, where="test")


# -- the shaping rules ---------------------------------------------------------------------------------


def test_scalars_are_wrapped_and_plain_fields_are_not() -> None:
    assert shape(CUSTOMER, {"name": "Acme AS", "status": "Active", "overrideWithClassValues": True}) == {
        "name": {"value": "Acme AS"},
        "status": {"value": "Active"},
        "overrideWithClassValues": True,
    }


def test_nested_objects_and_lists_are_shaped() -> None:
    body = shape(
        INVOICE,
        {
            "customerNumber": "10000",
            "billingAddress": {"addressLine1": "Storgata 1", "countryId": "NO"},
            "rotRutDetails": {"estate": "Lot 4"},
            "invoiceLines": [{"operation": "Insert", "quantity": 2, "description": "Lamp"}],
        },
    )
    assert body == {
        "customerNumber": {"value": "10000"},
        "billingAddress": {"value": {"addressLine1": {"value": "Storgata 1"}, "countryId": {"value": "NO"}}},
        "rotRutDetails": {"estate": {"value": "Lot 4"}},
        "invoiceLines": [{"operation": "Insert", "quantity": {"value": 2}, "description": {"value": "Lamp"}}],
    }


def test_wrapped_values_are_left_alone_but_their_objects_are_shaped() -> None:
    given = {"name": {"value": "Acme"}, "mainAddress": {"value": {"city": "Oslo"}}}
    assert shape(CUSTOMER, given) == {"name": {"value": "Acme"}, "mainAddress": {"value": {"city": {"value": "Oslo"}}}}


def test_none_is_dropped_and_clear_sends_null() -> None:
    body = shape(
        CUSTOMER,
        {"name": "Acme", "note": None, "corporateId": CLEAR, "gln": {"value": None}, "overrideWithClassValues": CLEAR},
    )
    assert body == {"name": {"value": "Acme"}, "corporateId": {"value": None}, "gln": {"value": None},
                    "overrideWithClassValues": None}  # fmt: skip
    assert vismanet_ext.CLEAR is CLEAR and repr(CLEAR) == "vismanet_ext.CLEAR"


def test_dates_and_decimals_become_json() -> None:
    body = shape(
        INVOICE,
        {
            "documentDate": datetime.date(2025, 4, 1),
            "documentDueDate": datetime.datetime(2025, 5, 1, 12, 30),
            "exchangeRate": decimal.Decimal("10.25"),
            "invoiceLines": [{"quantity": decimal.Decimal("3.00")}],
        },
    )
    assert json.loads(json.dumps(body)) == {
        "documentDate": {"value": "2025-04-01"},
        "documentDueDate": {"value": "2025-05-01T12:30:00"},
        "exchangeRate": {"value": 10.25},
        "invoiceLines": [{"quantity": {"value": 3}}],
    }
    with pytest.raises(InvalidArgument, match="exchangeRate=0.1000000000000000000001 does not fit"):
        shape(INVOICE, {"exchangeRate": decimal.Decimal("0.1000000000000000000001")})


def test_unknown_fields_name_close_matches() -> None:
    with pytest.raises(InvalidArgument) as top:
        shape(CUSTOMER, {"nmae": "Acme"})
    assert "unknown field 'nmae' in the body (CustomerUpdateDto); did you mean 'name'" in str(top.value)
    with pytest.raises(InvalidArgument, match="did you mean 'creditLimit'"):
        shape(CUSTOMER, {"credit_limit": 5})  # the model attribute name points at the wire name
    with pytest.raises(InvalidArgument) as nested:
        shape(INVOICE, {"invoiceLines": [{"quantity": 1}, {"quantiy": 2}]})
    assert "unknown field 'quantiy' in invoiceLines[1] (CustomerInvoiceLinesUpdateDto); did you mean 'quantity'" in str(
        nested.value
    )


def test_wrong_shapes_are_refused() -> None:
    with pytest.raises(InvalidArgument, match="invoiceLines must be a list of CustomerInvoiceLinesUpdateDto"):
        shape(INVOICE, {"invoiceLines": {"quantity": 1}})
    with pytest.raises(InvalidArgument, match="name takes a single value"):
        shape(CUSTOMER, {"name": {"first": "A"}})
    with pytest.raises(InvalidArgument, match="mainAddress must be an object"):
        shape(CUSTOMER, {"mainAddress": "Storgata 1"})


def test_operations_without_a_known_body_pass_through() -> None:
    assert body_schema("Customer_GetAll") is None
    assert shape("Customer_GetAll", {"anything": 1}) == {"anything": 1}
    assert body_schema(INVOICE) == "CustomerInvoiceUpdateDto"


# -- over the wire (sandbox on loopback) ---------------------------------------------------------------


def test_sandbox_refuses_plain_values_sent_as_given(vn: VismaNet) -> None:
    with pytest.raises(BadRequest, match="name"):
        vn.create("POST /v1/customer", json={"name": "Acme AS"})


def test_create_customer_from_plain_values(vn: VismaNet, sb: Sandbox) -> None:
    r = vn.create(customer_post, body={"name": "Acme AS", "status": "Active", "note": None})
    assert r.status_code == 201 and r.id is not None
    assert json.loads(r.raw.request.content) == {"name": {"value": "Acme AS"}, "status": {"value": "Active"}}
    record = sb.record("customer", r.id)
    assert record is not None and record["name"] == "Acme AS" and record["status"] == "Active"


def test_create_invoice_with_lines_from_plain_values(vn: VismaNet) -> None:
    r = vn.create(
        customer_invoice_create,
        body={
            "customerNumber": "10000",
            "documentDate": datetime.date(2025, 4, 1),
            "invoiceText": "Consulting, April",
            "invoiceLines": [
                {"operation": "Insert", "description": "Workshop", "quantity": 2,
                 "unitPriceInCurrency": decimal.Decimal("1499.50")},
                {"operation": "Insert", "description": "Travel", "quantity": 1, "unitPriceInCurrency": 800},
            ],
        },
    )  # fmt: skip
    assert r.status_code == 201 and r.id
    invoice = vn.call(customer_invoice_get_byinvoice_number, invoice_number=r.id).value
    assert invoice.customer.number == "10000"
    assert invoice.document_date == datetime.datetime(2025, 4, 1)
    assert invoice.invoice_text == "Consulting, April"
    assert [(line.description, line.quantity, line.unit_price_in_currency) for line in invoice.invoice_lines] == [
        ("Workshop", 2, 1499.5),
        ("Travel", 1, 800),
    ]


def test_raw_route_body_is_shaped_but_json_is_not(vn: VismaNet) -> None:
    r = vn.create("POST /v1/customer", body={"name": "Raw AS"})
    assert json.loads(r.raw.request.content) == {"name": {"value": "Raw AS"}}
    with pytest.raises(InvalidArgument, match="unknown field 'nam'"):
        vn.create("POST /v1/customer", body={"nam": "Raw AS"})


def test_update_with_retry_takes_plain_values(vn: VismaNet, sb: Sandbox) -> None:
    before = vn.call(customer_get_bycustomer_cd, customer_cd="10001").value.credit_limit or 0
    vn.update_with_retry(
        customer_get_bycustomer_cd,
        customer_put_bycustomer_cd,
        lambda c: {"creditLimit": (c.credit_limit or 0) + 1000},
        customer_cd="10001",
    )
    assert vn.call(customer_get_bycustomer_cd, customer_cd="10001").value.credit_limit == before + 1000


def test_clear_reaches_the_server_as_null(vn: VismaNet) -> None:
    r = vn.call(customer_put_bycustomer_cd, customer_cd="10002", body={"note": CLEAR, "name": "Cleared"})
    assert json.loads(r.raw.request.content) == {"note": {"value": None}, "name": {"value": "Cleared"}}


def test_typed_models_keep_working(vn: VismaNet, sb: Sandbox) -> None:
    r = vn.create(customer_post, body=CustomerUpdateDto(name=DtoValueOfString(value="Typed AS")))
    assert json.loads(r.raw.request.content) == {"name": {"value": "Typed AS"}}
    assert sb.record("customer", r.id or "")["name"] == "Typed AS"  # type: ignore[index]


def test_async_twin_shapes_the_same(sb: Sandbox, base_url: str) -> None:
    async def main() -> str | None:
        async with async_client(sb, base_url) as avn:
            r = await avn.create(customer_post, body={"name": "Async AS"})
            with pytest.raises(InvalidArgument, match="did you mean 'name'"):
                await avn.create(customer_post, body={"nme": "x"})
            return r.id

    key = asyncio.run(main())
    assert sb.record("customer", key or "")["name"] == "Async AS"  # type: ignore[index]


def test_bad_field_is_refused_before_any_request(vn: VismaNet, sb: Sandbox) -> None:
    seen = len(sb.request_log)
    with pytest.raises(InvalidArgument):
        vn.create(customer_invoice_create, body={"invoiceLines": [{"qty": 1}]})
    assert len(sb.request_log) == seen


# -- the generation step -------------------------------------------------------------------------------


def _codegen() -> Any:
    sys.path.insert(0, str(REPO / "scripts" / "codegen"))
    try:
        import body_shapes
    finally:
        sys.path.pop(0)
    return body_shapes


def test_codegen_recognises_wrappers_by_shape() -> None:
    ref = "#/components/schemas/"
    spec = {
        "paths": {
            "/v1/thing": {
                "post": {
                    "operationId": "Thing_Post",
                    "requestBody": {"content": {"application/json": {"schema": {"$ref": ref + "ThingUpdateDto"}}}},
                },
                "put": {
                    "operationId": "Thing_PutMany",
                    "requestBody": {"content": {"application/json": {"schema": {
                        "type": "array", "items": {"$ref": ref + "ThingUpdateDto"}}}}},
                },
            }
        },
        "components": {
            "schemas": {
                "ThingUpdateDto": {"properties": {
                    "name": {"$ref": ref + "DtoValueOfString"},
                    "period": {"$ref": ref + "periodInThingUpdateDto"},
                    "address": {"$ref": ref + "DtoValueOfAddr"},
                    "lines": {"type": "array", "items": {"$ref": ref + "ThingUpdateDto"}},
                    "flag": {"type": "boolean"},
                    "free": {"$ref": ref + "Free"},
                }},
                "DtoValueOfString": {"properties": {"value": {"type": "string"}}},
                "periodInThingUpdateDto": {"properties": {"value": {"type": "string"}}, "description": "MMYYYY"},
                "DtoValueOfAddr": {"properties": {"value": {"$ref": ref + "Addr"}}},
                "Addr": {"properties": {"city": {"$ref": ref + "DtoValueOfString"}}},
                "Free": {"type": "object"},
            }
        },
    }  # fmt: skip
    bodies, shapes, wrappers = _codegen().collect(spec)
    assert bodies == {"Thing_Post": "ThingUpdateDto", "Thing_PutMany": "[]:ThingUpdateDto"}
    assert shapes["ThingUpdateDto"] == {"name": "v", "period": "v", "address": "v:Addr", "lines": "[]:ThingUpdateDto",
                                        "flag": "", "free": ""}  # fmt: skip
    assert shapes["Addr"] == {"city": "v"} and wrappers == 3


def test_generated_table_matches_the_spec(shared_spec: Path) -> None:
    from vismanet_client import _body_shapes

    spec = json.loads(shared_spec.read_text(encoding="utf-8"))
    bodies, shapes, wrappers = _codegen().collect(spec)
    assert (_body_shapes.BODIES, _body_shapes.SHAPES) == (bodies, shapes)
    assert wrappers == 492 and len(bodies) == 153
    assert shapes["CustomerInvoiceUpdateDto"]["invoiceLines"] == "[]:CustomerInvoiceLinesUpdateDto"
    assert shapes["CustomerUpdateDto"]["mainAddress"] == "v:AddressUpdateDto"


def test_json_keyword_is_sent_exactly_as_given(vn: VismaNet) -> None:
    """The escape hatch for a field newer than the spec this SDK was generated from."""
    sent: list[bytes] = []

    def record(request: httpx.Request) -> None:
        if request.url.path == "/v1/customer":
            sent.append(request.read())

    vn.http.event_hooks["request"].append(record)
    given = {"name": {"value": "As given"}, "fieldFromTheFuture": {"value": 1}, "note": None}
    try:
        vn.call(customer_post, json=given)
    except BadRequest:
        pass  # whether the sandbox likes the unknown field is not the point here
    assert [json.loads(body) for body in sent] == [given]


def _sample(spec: dict[str, Any], node: dict[str, Any], depth: int = 0) -> Any:
    """A plain value of the schema ``node`` (wrappers unwrapped, nested objects filled a few levels deep)."""
    schemas = spec["components"]["schemas"]
    if "$ref" in node:
        target = schemas[node["$ref"].rsplit("/", 1)[1]]
        props = target.get("properties") or {}
        if set(props) == {"value"}:
            return _sample(spec, props["value"], depth)
        if depth >= 4 or not props:
            return None
        return {name: _sample(spec, prop, depth + 1) for name, prop in props.items()}
    if node.get("enum"):
        return node["enum"][0]
    kind, fmt = node.get("type"), node.get("format")
    if kind == "array":
        item = _sample(spec, node.get("items") or {}, depth + 1)
        return [] if item is None else [item]
    if kind == "boolean":
        return True
    if kind == "integer":
        return 1
    if kind == "number":
        return 1.5
    if fmt == "date-time":
        return "2025-04-01T06:30:00"
    if fmt == "uuid":
        return "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f"
    return "x"


def test_every_json_body_shapes_into_its_generated_model(shared_spec: Path) -> None:
    """For all 153 JSON bodies: every field as a plain value, shaped, parses with the generated body model
    and serialises back to the same wire form (the table and the models agree on every wrapper)."""
    import attrs
    from vismanet_client import _body_shapes, models
    from vismanet_client._operations import OPERATIONS

    spec = json.loads(shared_spec.read_text(encoding="utf-8"))
    checked = 0
    for op in OPERATIONS:
        root = body_schema(op.operation_id)
        if root is None or op.body_model is None:
            continue
        name = root.removeprefix("[]:")
        plain = {k: v for k, v in _sample(spec, {"$ref": f"#/components/schemas/{name}"}).items() if v is not None}
        wire = shape_body(op.operation_id, [plain] if root.startswith("[]:") else plain, where=op.operation_id)
        one = wire[0] if root.startswith("[]:") else wire
        model = getattr(models, op.body_model)
        parsed = model.from_dict(one)
        assert parsed.to_dict() == one, op.operation_id
        # The models are lenient (a bare value parses too), so also count the wrapper objects they built.
        fields = _body_shapes.SHAPES[name]
        wrappers = sum(1 for key in plain if fields[key].startswith("v"))
        built = sum(1 for f in attrs.fields(type(parsed)) if hasattr(getattr(parsed, f.name), "value"))
        assert built == wrappers, (op.operation_id, built, wrappers)
        checked += 1
    assert checked == 153
