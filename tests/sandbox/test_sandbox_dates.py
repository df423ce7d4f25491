"""lastModifiedDateTime/createdDateTime filters: formats, operators, pairing rules."""

from __future__ import annotations

from datetime import datetime
from urllib.parse import quote

import httpx
import pytest
from sandbox_support import page_all

from vismanet_ext.sandbox import Sandbox


def modified(record: dict[str, object]) -> datetime:
    return datetime.fromisoformat(str(record["lastModifiedDateTime"]))


def raw_get(client: httpx.Client, path: str, query: str) -> httpx.Response:
    """Send the query string exactly as written (operators already URL-encoded)."""
    return client.get(f"{path}?{query}")


@pytest.mark.parametrize(
    "value",
    ["2024-03-01", "2024-03-01 12:30:00", "2024-03-01 12:30:00.5", "2024-03-01 12:30:00.123",
     "2024-03-01T12:30:00", "2024-03-01T12:30:00.123"],
)
def test_every_documented_format_is_accepted(http: httpx.Client, value: str) -> None:
    reply = http.get("/v1/customer", params={"lastModifiedDateTime": value,
                                             "lastModifiedDateTimeCondition": ">="})
    assert reply.status_code == 200, reply.text


@pytest.mark.parametrize(
    "value",
    ["2024-03-01Z", "2024-03-01T12:30:00Z", "2024-03-01T12:30:00+01:00", "01.03.2024", "2024-13-01",
     "2024-03-01T12:30", "2024-03-01 12:30:00.1234", "yesterday", ""],
)
def test_other_formats_are_400_naming_the_parameter(http: httpx.Client, value: str) -> None:
    reply = http.get("/v1/customer", params={"createdDateTime": value,
                                             "createdDateTimeCondition": ">"})
    assert reply.status_code == 400
    assert "createdDateTime" in reply.json()["message"]


@pytest.mark.parametrize("operator", [">", "<", ">=", "<="])
def test_url_encoded_operators_filter_correctly(sb: Sandbox, http: httpx.Client, operator: str) -> None:
    pivot_record = sb.records("customer")[150]
    pivot = pivot_record["lastModifiedDateTime"]
    query = (f"lastModifiedDateTime={quote(pivot)}&lastModifiedDateTimeCondition={quote(operator)}"
             "&pageSize=1000")
    found = raw_get(http, "/v1/customer", query).json()
    moment = modified(pivot_record)
    compare = {">": moment.__lt__, "<": moment.__gt__, ">=": moment.__le__, "<=": moment.__ge__}[operator]
    expected = [r["number"] for r in sb.records("customer") if compare(modified(r))]
    assert [r["number"] for r in found] == expected
    exact = pivot_record["number"] in expected
    assert exact == (operator in (">=", "<="))


def test_unencoded_operators_also_work(sb: Sandbox, http: httpx.Client) -> None:
    reply = raw_get(http, "/v1/customer", "lastModifiedDateTime=2024-01-01&lastModifiedDateTimeCondition=>=")
    assert reply.status_code == 200
    expected = [r for r in sb.records("customer") if modified(r) >= datetime(2024, 1, 1)]
    assert reply.json()[0]["metadata"]["totalCount"] == len(expected)


def test_date_only_value_means_midnight(sb: Sandbox, http: httpx.Client) -> None:
    found = page_all(http, "/v1/customerinvoice", 1000, createdDateTime="2024-06-01",
                     createdDateTimeCondition="<")
    assert found
    assert all(datetime.fromisoformat(r["createdDateTime"]) < datetime(2024, 6, 1) for r in found)
    expected = [r for r in sb.records("customerinvoice")
                if datetime.fromisoformat(r["createdDateTime"]) < datetime(2024, 6, 1)]
    assert len(found) == len(expected)


def test_value_without_condition_is_400(http: httpx.Client) -> None:
    reply = http.get("/v1/customer", params={"lastModifiedDateTime": "2024-01-01"})
    assert reply.status_code == 400
    message = reply.json()["message"]
    assert "lastModifiedDateTimeCondition" in message and "mutually inclusive" in message


def test_condition_without_value_is_400(http: httpx.Client) -> None:
    reply = http.get("/v1/customer", params={"lastModifiedDateTimeCondition": ">"})
    assert reply.status_code == 400
    assert "lastModifiedDateTime" in reply.json()["message"]


@pytest.mark.parametrize("operator", ["=", "==", "gt", "=>", "!="])
def test_unknown_operators_are_400_naming_the_condition(http: httpx.Client, operator: str) -> None:
    reply = http.get("/v1/customer", params={"lastModifiedDateTime": "2024-01-01",
                                             "lastModifiedDateTimeCondition": operator})
    assert reply.status_code == 400
    assert "lastModifiedDateTimeCondition" in reply.json()["message"]


def test_touch_moves_a_record_into_a_modified_since_window(
    sb: Sandbox, http: httpx.Client, clock: object
) -> None:
    since = sb.now().isoformat(timespec="seconds")
    params = {"lastModifiedDateTime": since, "lastModifiedDateTimeCondition": ">="}
    assert http.get("/v1/supplier", params=params).json() == []
    sb.touch("supplier", "50007")
    found = http.get("/v1/supplier", params=params).json()
    assert [r["number"] for r in found] == ["50007"]


def test_other_date_filters_use_their_own_condition(sb: Sandbox, http: httpx.Client) -> None:
    found = page_all(http, "/v1/customerinvoice", 1000, documentDate="2024-01-01",
                     documentDateCondition=">=")
    assert found and all(r["documentDate"] >= "2024-01-01" for r in found)
    missing = http.get("/v1/customerinvoice", params={"documentDate": "2024-01-01"})
    assert missing.status_code == 400 and "documentDateCondition" in missing.json()["message"]
