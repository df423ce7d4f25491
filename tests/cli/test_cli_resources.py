"""Resource names: derived from the operation index, versions, raw paths, suggestions."""

from __future__ import annotations

import pytest

from vismanet_client._operations import Operation, Param
from vismanet_ext.cli.errors import UsageError
from vismanet_ext.cli.resources import (
    all_resources,
    attachment_operation,
    build,
    create_operation,
    item_operation,
    resolve,
)

_PAGING = (
    Param("pageNumber", "page_number", "query", False, "integer"),
    Param("pageSize", "page_size", "query", False, "integer"),
)


def _op(path: str, *, method: str = "GET", lst: bool = True, params: tuple[Param, ...] = _PAGING) -> Operation:
    return Operation(
        operation_id=path, method=method, path=path, tag="t", module="m" + path, params=params,
        body_model=None, body_is_multipart=False, response_model="X", response_is_list=lst,
        pages=any(p.wire == "pageNumber" for p in params), background=False, if_match=False,
        attachment_upload=False, summary="s",
    )


FAKE = build((
    _op("/v1/salesorder"),
    _op("/v2/salesorder"),
    _op("/v2/journaltransaction"),
    _op("/v1/customer"),
    _op("/v1/customer/{customerCd}", lst=False, params=(Param("customerCd", "customer_cd", "path", True, "string"),)),
    _op("/v1/customer", method="POST", lst=False),
    _op("/v1/context", lst=False, params=()),  # not a list: not a resource
))


def test_only_list_operations_without_path_params_are_resources() -> None:
    assert [r.name for r in FAKE] == ["customer", "journaltransaction", "salesorder", "v2/salesorder"]
    assert {r.path for r in FAKE} == {"/v1/salesorder", "/v2/salesorder", "/v2/journaltransaction", "/v1/customer"}


def test_bare_name_is_lowest_version_and_only_version_is_bare() -> None:
    assert resolve("salesorder", resources=FAKE).path == "/v1/salesorder"
    assert resolve("SalesOrder", resources=FAKE).path == "/v1/salesorder"
    assert resolve("journaltransaction", resources=FAKE).path == "/v2/journaltransaction"
    assert resolve("journaltransaction", resources=FAKE).name == "journaltransaction"


def test_version_selection() -> None:
    assert resolve("v2/salesorder", resources=FAKE).path == "/v2/salesorder"
    assert resolve("salesorder", api_version=2, resources=FAKE).path == "/v2/salesorder"
    assert resolve("/v2/SALESORDER", resources=FAKE).path == "/v2/salesorder"
    with pytest.raises(UsageError, match="no API version 3"):
        resolve("salesorder", api_version=3, resources=FAKE)
    with pytest.raises(UsageError, match="--api-version is 1"):
        resolve("v2/salesorder", api_version=1, resources=FAKE)


def test_unknown_resource_suggests_close_names() -> None:
    with pytest.raises(UsageError) as e:
        resolve("custmer", resources=FAKE)
    assert "did you mean: customer?" in str(e.value)
    with pytest.raises(UsageError) as e:
        resolve("zzzz", resources=FAKE)
    assert "did you mean" not in str(e.value) and "vismanet resources" in str(e.value)
    with pytest.raises(UsageError, match="did you mean: /v1/customer"):
        resolve("/v1/custome", resources=FAKE)


def test_real_index_names() -> None:
    names = {r.name for r in all_resources()}
    assert {"customer", "supplierInvoice", "journaltransaction", "salesorder", "v2/salesorder"} <= names
    assert "customer/balance" in names
    assert resolve("supplierinvoice").path == "/v1/supplierInvoice"
    assert len(names) == len(all_resources())  # names are unique


def test_item_create_and_attachment_operations_from_real_index() -> None:
    customer = resolve("customer")
    op = item_operation(customer, 1)
    assert op is not None and op.path == "/v1/customer/{customerCd}"
    invoice = resolve("supplierInvoice")
    op2 = item_operation(invoice, 2)
    assert op2 is not None and op2.path == "/v1/supplierInvoice/{documentType}/{invoiceNumber}"
    created = create_operation(customer)
    assert created is not None and created.method == "POST"
    att = attachment_operation(resolve("salesorder"), 1)
    assert att is not None and att.path == "/v1/salesorder/{orderNumber}/attachment"
    att2 = attachment_operation(resolve("salesorder"), 2)
    assert att2 is not None and att2.path == "/v1/salesorder/orderType/{orderType}/{orderNumber}/attachment"
    assert attachment_operation(customer, 1) is None
