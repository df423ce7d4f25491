"""Which listings become dlt resources and how each loads: derived from the operation index, no list kept."""

from __future__ import annotations

import pytest

from vismanet_ext.cli.resources import all_resources
from vismanet_ext.dlt.specs import all_specs, key_fields, select
from vismanet_ext.errors import InvalidArgument
from vismanet_ext.pagination import RecordKey


def test_one_resource_per_exportable_listing_without_required_filters() -> None:
    specs = all_specs()
    exportable = {r.path for r in all_resources()}
    assert {s.path for s in specs} <= exportable
    assert len(specs) == len({s.table for s in specs})  # table names are unique
    assert len(specs) >= 60
    by_name = {s.name: s for s in specs}
    assert by_name["customer"].incremental and by_name["customer"].table == "customer"
    assert by_name["v2/salesorder"].table == "v2_salesorder"
    # account takes lastModifiedDateTime but is returned whole (not paged): small master data, full refresh.
    assert by_name["account"].paged is False and by_name["account"].incremental is False
    # /v2/journaltransaction filters on lastModifiedDateTime without a condition parameter.
    assert by_name["journaltransaction"].incremental and not by_name["journaltransaction"].has_condition
    assert by_name["customer"].has_condition


def test_select_resolves_cli_names_and_full_refresh() -> None:
    specs = select(["Customer", "supplierinvoice", "customer"], full_refresh=["customer"])
    assert [(s.name, s.incremental) for s in specs] == [("customer", False), ("supplierInvoice", True)]
    for bad, text in ((["nosuch"], "unknown resource"), ("customer", "list")):
        with pytest.raises(InvalidArgument, match=text):
            select(bad)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument, match="not synced"):
        select(["customer"], full_refresh=["supplier"])


def test_primary_key_is_the_pagers_deduplication_key() -> None:
    customer = next(s for s in all_specs() if s.name == "customer")
    invoice = next(s for s in all_specs() if s.name == "customerinvoice")
    record = {"internalId": 7, "number": "10001", "name": "Acme"}
    assert key_fields(customer.operation, record) == ["internalId"]
    assert RecordKey.for_operation(customer.operation)(record) == (7,)
    doc = {"documentType": "Invoice", "referenceNumber": "000123", "amount": 1.0}
    assert key_fields(invoice.operation, doc) == ["referenceNumber", "documentType"]
    assert key_fields(customer.operation, {"name": "no id"}) is None
