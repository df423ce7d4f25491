"""Date filters and conditions: conversions on the wire, and every rejection before a request is sent."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from vismanet_client.api.currency_rate import currency_rate_get_all
from vismanet_client.api.customer import customer_get_all
from vismanet_client.api.supplier import supplier_get_all_invoices_for_supplier_bysupplier_number
from vn_loopback import Loopback, Reply

from vismanet_ext import InvalidArgument, VismaNet
from vismanet_ext.filters import FilterRules, format_date, normalize_condition


def client(loopback: Loopback) -> VismaNet:
    loopback.fallback = lambda seen: Reply(200, [])
    return VismaNet(base_url=loopback.base_url, token="t", retry=None)


@pytest.mark.parametrize(
    ("value", "condition", "wire_value", "wire_condition"),
    [
        (dt.date(2025, 5, 25), ">=", "2025-05-25", ">="),
        (dt.datetime(2025, 5, 25, 13, 45, 7), "gt", "2025-05-25 13:45:07", ">"),
        (dt.datetime(2025, 5, 25, 13, 45, 7, 123456), "lte", "2025-05-25 13:45:07.123", "<="),
        (dt.datetime(2025, 5, 25, 0, 0, 0, 999), "LT", "2025-05-25 00:00:00.000", "<"),
        ("2025-05-25", "<", "2025-05-25", "<"),
        ("2025-05-25 13:45:07", ">", "2025-05-25 13:45:07", ">"),
        ("2025-05-25 13:45:07.1", "gte", "2025-05-25 13:45:07.1", ">="),
        ("2025-05-25T13:45:07", "<=", "2025-05-25T13:45:07", "<="),
        ("2025-05-25T13:45:07.123", " >= ", "2025-05-25T13:45:07.123", ">="),
    ],
)
def test_date_values_and_conditions_go_out_in_visma_formats(
    loopback: Loopback, value: Any, condition: str, wire_value: str, wire_condition: str
) -> None:
    with client(loopback) as vn:
        vn.call(customer_get_all, last_modified_date_time=value, last_modified_date_time_condition=condition)
        vn.call(customer_get_all, createdDateTime=value, createdDateTimeCondition=condition)  # wire names too
        list(vn.paginate(customer_get_all, last_modified_date_time=value, last_modified_date_time_condition=condition))
    first, second, paged = loopback.requests
    assert first.query == {"lastModifiedDateTime": wire_value, "lastModifiedDateTimeCondition": wire_condition}
    assert second.query == {"createdDateTime": wire_value, "createdDateTimeCondition": wire_condition}
    assert paged.query["lastModifiedDateTime"] == wire_value  # and on every page
    assert paged.query["lastModifiedDateTimeCondition"] == wire_condition


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"last_modified_date_time": "2025-5-25", "last_modified_date_time_condition": ">"},
            "not a date Visma accepts",
        ),
        (
            {"last_modified_date_time": "25.05.2025", "last_modified_date_time_condition": ">"},
            "not a date Visma accepts",
        ),
        (
            {"last_modified_date_time": "2025-02-30", "last_modified_date_time_condition": ">"},
            "not a date Visma accepts",
        ),
        ({"last_modified_date_time": "2025-05-25 25:00:00", "last_modified_date_time_condition": ">"}, "not a date"),
        ({"last_modified_date_time": "2025-05-25T10:00:00Z", "last_modified_date_time_condition": ">"}, "not a date"),
        ({"last_modified_date_time": "2025-05-25 10:00:00.1234", "last_modified_date_time_condition": ">"}, "not a"),
        ({"last_modified_date_time": "2025-05-25 10:00", "last_modified_date_time_condition": ">"}, "not a date"),
        (
            {
                "last_modified_date_time": dt.datetime(2025, 5, 25, tzinfo=dt.timezone.utc),
                "last_modified_date_time_condition": ">",
            },
            "timezone-aware datetime",
        ),
        ({"last_modified_date_time": 20250525, "last_modified_date_time_condition": ">"}, "expected a date"),
        ({"last_modified_date_time": "2025-05-25", "last_modified_date_time_condition": "="}, "is not a condition"),
        ({"last_modified_date_time": "2025-05-25", "last_modified_date_time_condition": "=>"}, "is not a condition"),
        ({"last_modified_date_time": "2025-05-25", "last_modified_date_time_condition": "ge"}, "is not a condition"),
        ({"last_modified_date_time": "2025-05-25"}, "lastModifiedDateTime needs lastModifiedDateTimeCondition"),
        ({"created_date_time_condition": ">"}, "createdDateTimeCondition needs createdDateTime"),
    ],
)
def test_bad_filters_are_rejected_before_sending(loopback: Loopback, kwargs: dict[str, Any], message: str) -> None:
    with client(loopback) as vn:
        with pytest.raises(InvalidArgument, match=message):
            vn.call(customer_get_all, **kwargs)
        with pytest.raises(InvalidArgument, match=message):
            vn.paginate(customer_get_all, **kwargs)
    assert loopback.requests == []


def test_non_date_conditions_are_normalised_and_paired_too(loopback: Loopback) -> None:
    with client(loopback) as vn:
        vn.call(
            supplier_get_all_invoices_for_supplier_bysupplier_number,
            supplier_number="S1",
            balance=10.5,
            balance_condition="gt",
        )
        with pytest.raises(InvalidArgument, match="balance needs balanceCondition"):
            vn.call(supplier_get_all_invoices_for_supplier_bysupplier_number, supplier_number="S1", balance=1.0)
    (seen,) = loopback.requests
    assert (seen.query["balance"], seen.query["balanceCondition"]) == ("10.5", ">")


def test_date_params_without_a_condition_accept_objects_and_pass_strings(loopback: Loopback) -> None:
    # v2/currencyrate fromDate/toDate have no Condition sibling: converted, not paired.
    with client(loopback) as vn:
        vn.call(currency_rate_get_all, from_date=dt.date(2025, 1, 1), to_date="2025-01-31T00:00:00Z")
    assert loopback.requests[0].query == {"fromDate": "2025-01-01", "toDate": "2025-01-31T00:00:00Z"}


def test_raw_calls_use_the_index_rules_for_known_routes_and_name_patterns_otherwise(loopback: Loopback) -> None:
    with client(loopback) as vn:
        vn.call("GET /v1/customer", lastModifiedDateTime=dt.date(2025, 5, 25), lastModifiedDateTimeCondition="gte")
        vn.call(
            "GET /v9/unknown",
            shippedDate=dt.datetime(2025, 5, 25, 8),
            shippedDateCondition="lt",
            other=dt.date(2025, 1, 2),
        )
        with pytest.raises(InvalidArgument, match="needs lastModifiedDateTimeCondition"):
            vn.call("GET /v1/customer", lastModifiedDateTime="2025-05-25")
        with pytest.raises(InvalidArgument, match="shippedDate needs shippedDateCondition"):
            vn.call("GET /v9/unknown", shippedDate="2025-05-25")
        with pytest.raises(InvalidArgument, match="not a date Visma accepts"):
            vn.call("GET /v9/unknown", shippedDate="yesterday", shippedDateCondition=">")
    known, unknown = loopback.requests
    assert known.query == {"lastModifiedDateTime": "2025-05-25", "lastModifiedDateTimeCondition": ">="}
    assert unknown.query == {"shippedDate": "2025-05-25 08:00:00", "shippedDateCondition": "<", "other": "2025-01-02"}


def test_filter_rules_are_derived_from_the_operation_index() -> None:
    from vismanet_client._operations import by_module

    rules = FilterRules.for_params(by_module(customer_get_all.__name__).params)
    assert rules.pairs == (
        ("createdDateTime", "createdDateTimeCondition"),
        ("lastModifiedDateTime", "lastModifiedDateTimeCondition"),
    )
    assert rules.strict_dates == {"createdDateTime", "lastModifiedDateTime"}


def test_helpers_directly() -> None:
    assert format_date("x", dt.datetime(2024, 2, 29, 23, 59, 59, 1000)) == "2024-02-29 23:59:59.001"
    assert format_date("x", "2024-02-29") == "2024-02-29"
    assert normalize_condition("c", "GTE") == ">="
    with pytest.raises(InvalidArgument):
        normalize_condition("c", None)

    # A datetime with a tzinfo whose offset is undefined is still naive for our purposes.
    class Floating(dt.tzinfo):
        def utcoffset(self, d: dt.datetime | None) -> None:
            return None

        def dst(self, d: dt.datetime | None) -> None:
            return None

        def tzname(self, d: dt.datetime | None) -> str:
            return "floating"

    assert format_date("x", dt.datetime(2024, 1, 1, tzinfo=Floating())) == "2024-01-01 00:00:00"
