"""Finding operations without reading the source: vismanet_ext.operation() and find_operations()."""

from __future__ import annotations

import pytest
from vismanet_client.api.customer import customer_get_all, customer_get_bycustomer_cd

import vismanet_ext
from vismanet_ext.client import VismaNet
from vismanet_ext.errors import InvalidArgument
from vismanet_ext.lookup import OperationInfo, find_operations, operation


@pytest.mark.parametrize(
    "query",
    [
        "POST /v1/customerinvoice",
        "post /v1/customerinvoice/",
        "CustomerInvoice_Create",
        "customerinvoice_create",
        "customer_invoice_create",
        "vismanet_client.api.customer_invoice.customer_invoice_create",
    ],
)
def test_one_operation_by_route_id_or_module_name(query: str) -> None:
    op = operation(query)
    assert (op.operation_id, op.route) == ("CustomerInvoice_Create", "POST /v1/customerinvoice")
    assert op.import_line == "from vismanet_client.api.customer_invoice import customer_invoice_create"
    assert op.body_model == "CustomerInvoiceUpdateDto"
    assert {"customerNumber", "invoiceLines", "documentDate"} <= set(op.body_fields)
    assert op.writes and not op.pages
    assert op.function == "vismanet_client.api.customer_invoice.customer_invoice_create.sync"


def test_concrete_routes_and_objects_resolve_to_their_template() -> None:
    assert operation("GET /v1/customer/10001").path == "/v1/customer/{customerCd}"
    assert operation("GET /v1/customer/10001/contact").path == "/v1/customer/{customerCd}/contact"
    assert operation(customer_get_all).route == "GET /v1/customer"
    assert operation(customer_get_bycustomer_cd.sync).operation_id == "Customer_GetBycustomerCd"
    by_id = operation("Customer_GetBycustomerCd")
    p = by_id.params[0]
    assert (p.name, p.wire, p.location, p.required, p.type) == (
        "customer_cd", "customerCd", "path", True, "string")  # fmt: skip
    listing = operation("GET /v1/customer")
    assert listing.pages and listing.response_model == "CustomerDto" and listing.response_is_list
    assert "status" in {p.wire for p in listing.params}
    assert "GET /v1/customer  (Customer_GetAll)" in listing.describe()


def test_loaded_module_calls_like_an_import() -> None:
    with VismaNet.sandbox(sandbox={"sizes": {"customer": 3}}) as vn:
        module = operation("Customer_GetBycustomerCd").load()
        assert vn.call(module, customer_cd="10001").value.number == "10001"


def test_unknown_names_list_close_matches() -> None:
    with pytest.raises(InvalidArgument) as e:
        operation("POST /v1/customerinvoic")
    assert "POST /v1/customerinvoice (CustomerInvoice_Create)" in str(e.value)
    with pytest.raises(InvalidArgument, match="Customer_Post"):
        operation("Customer_Pots")
    with pytest.raises(InvalidArgument, match="cannot call"):
        operation(len)


def test_find_by_resource_writes_method_and_words() -> None:
    customer_writes = [o.route for o in find_operations(resource="customer", writes=True)]
    assert "POST /v1/customer" in customer_writes and "PUT /v1/customer/{customerCd}" in customer_writes
    assert all(not r.startswith("GET") for r in customer_writes)
    assert all(not r.startswith("POST /v1/customerinvoice") for r in customer_writes)  # its own resource
    same = [o.route for o in find_operations(resource="customer_invoice")]
    assert same == [o.route for o in find_operations(resource="customerInvoice")] and len(same) > 5
    releases = find_operations(search="action/release", method="post", resource="customerinvoice")
    assert [o.route for o in releases] == ["POST /v1/customerinvoice/{invoiceNumber}/action/release"]
    everything = find_operations()
    assert len(everything) == 498 and all(isinstance(o, OperationInfo) for o in everything)
    assert len(find_operations(writes=True)) + len(find_operations(writes=False)) == 498
    with pytest.raises(InvalidArgument, match="did you mean customer"):
        find_operations(resource="custmer")
    with pytest.raises(InvalidArgument, match="method must be one of"):
        find_operations(method="FETCH")


def test_exported_from_the_package() -> None:
    assert vismanet_ext.operation is operation and vismanet_ext.find_operations is find_operations
