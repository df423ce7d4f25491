"""ETag concurrency: where the ETag comes from, If-Match on any operation, 412s, update_with_retry."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from vismanet_client._operations import by_module
from vismanet_client.api.customer import (
    customer_get_bycustomer_cd,
    customer_put_bycustomer_cd,
)
from vismanet_client.api.supplier import (
    supplier_get_all,
    supplier_get_bysupplier_cd,
    supplier_put_bysupplier_cd,
)

from vismanet_ext.client import VismaNet
from vismanet_ext.errors import InvalidArgument, PreconditionFailed, VismaNetError
from vismanet_ext.result import Result
from vismanet_ext.sandbox import Sandbox
from vismanet_ext.writes.etag import etag_value, if_match_operations, supports_if_match

from .conftest import api_requests, async_client, sync_client

STALE = "AAAAAAAAAAE="


def _if_match_sent(sb: Sandbox) -> list[str | None]:
    return [r.headers.get("if-match") for r in sb.request_log if r.method == "PUT"]


def test_etag_from_header_and_from_timestamp(vn: VismaNet, sb: Sandbox) -> None:
    r = vn.call(supplier_get_bysupplier_cd, supplier_cd="50001")
    assert r.headers["etag"] == r.etag == sb.etag("supplier", "50001")
    assert etag_value(r) == r.etag
    # Paged responses carry the version only in the record's timeStamp field.
    page = next(iter(vn.pages("GET /v1/supplier", page_size=5)))
    assert "etag" not in page.result.headers
    for record in page.records:
        assert etag_value(record) == sb.etag("supplier", record["number"])
    typed = next(iter(vn.paginate(supplier_get_all, page_size=3)))
    assert typed.time_stamp and etag_value(typed) == sb.etag("supplier", typed.number)
    # A typed model carries it as time_stamp, which to_dict() turns back into timeStamp.
    assert etag_value(r.value) == r.etag


def test_timestamp_without_header_on_a_result() -> None:
    response = httpx.Response(
        200, json={"number": "1", "timeStamp": "AAAAAE0YIiI="}, request=httpx.Request("GET", "http://x/v1/supplier/1")
    )
    assert Result(None, response).etag == "AAAAAE0YIiI="


def test_if_match_on_an_operation_whose_spec_lacks_it(vn: VismaNet, sb: Sandbox) -> None:
    assert not by_module(customer_put_bycustomer_cd.__name__).if_match  # the spec does not declare it
    assert supports_if_match(customer_put_bycustomer_cd)  # ... but Visma documents it
    read = vn.call(customer_get_bycustomer_cd, customer_cd="10003")
    sb.update("customer", "10003", name="Changed by someone else")
    with pytest.raises(PreconditionFailed) as caught:
        vn.call(customer_put_bycustomer_cd, customer_cd="10003", body={"name": {"value": "Mine"}}, if_match=read)
    assert caught.value.etag_sent == read.etag
    assert caught.value.status_code == 412
    assert _if_match_sent(sb) == [read.etag]  # sent once: a 412 is never retried
    assert sb.record("customer", "10003")["name"] == "Changed by someone else"  # type: ignore[index]

    fresh = vn.call(customer_get_bycustomer_cd, customer_cd="10003")
    ok = vn.call(customer_put_bycustomer_cd, customer_cd="10003", body={"name": {"value": "Mine"}}, if_match=fresh.etag)
    assert ok.status_code == 204 and ok.etag not in (None, fresh.etag)
    assert sb.record("customer", "10003")["name"] == "Mine"  # type: ignore[index]


def test_if_match_on_spec_declared_operation_and_raw_route(vn: VismaNet, sb: Sandbox) -> None:
    with pytest.raises(PreconditionFailed) as caught:
        vn.call(supplier_put_bysupplier_cd, supplier_cd="50002", body={"name": {"value": "x"}}, if_match=STALE)
    assert caught.value.etag_sent == STALE
    record = next(iter(vn.paginate("GET /v1/supplier", page_size=10)))
    r = vn.call(
        "PUT /v1/supplier/{supplierCd}", supplierCd=record["number"], json={"name": {"value": "Raw"}}, if_match=record
    )
    assert r.status_code == 204
    assert _if_match_sent(sb) == [STALE, record["timeStamp"]]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "non-empty"),
        ("a\r\nX-Evil: 1", "single-line"),
        (42, "not int"),
        ({"number": "1"}, "no timeStamp"),
    ],
)
def test_bad_if_match_is_refused_before_sending(vn: VismaNet, sb: Sandbox, value: Any, message: str) -> None:
    before = len(api_requests(sb))
    with pytest.raises(InvalidArgument, match=message):
        vn.call("PUT /v1/customer/{customerCd}", customerCd="10000", json={}, if_match=value)
    assert len(api_requests(sb)) == before


def test_if_match_twice_and_result_without_etag(vn: VismaNet, sb: Sandbox) -> None:
    with pytest.raises(InvalidArgument, match="given twice"):
        vn.call("PUT /v1/customer/{customerCd}", customerCd="1", json={}, if_match="x", headers={"If-Match": "y"})
    no_etag = Result(None, httpx.Response(204, request=httpx.Request("PUT", "http://x/")))
    with pytest.raises(InvalidArgument, match="carries no ETag"):
        vn.call("PUT /v1/customer/{customerCd}", customerCd="1", json={}, if_match=no_etag)


def test_documented_operations_are_indexed() -> None:
    assert len(if_match_operations()) >= 44
    for op_id in (
        "Customer_PutBycustomerCd",  # documented, not in the spec
        "JournalTransactionV2_PutByjournalTransactionNumber",
        "TimeCard_UpdateTimeCardByreferenceNumber",
        "CustomerPayment_VoidPaymentBypaymentNumber",
        "CustomerDebitNote_SendToAutoInvoiceBydebitNoteNumber",
        "Supplier_PutBysupplierCd",  # in the spec
    ):
        assert op_id in if_match_operations()
    assert "Inventory_PutByinventoryNumber" not in if_match_operations()


# -- update_with_retry -------------------------------------------------------------------------------------


def _append(token: str) -> Callable[[Any], dict[str, Any]]:
    def mutate(record: Any) -> dict[str, Any]:
        return {"name": {"value": f"{record.name}|{token}"}}

    return mutate


def test_update_with_retry_recovers_from_a_concurrent_change(vn: VismaNet, sb: Sandbox) -> None:
    calls = 0

    def mutate(record: Any) -> dict[str, Any]:
        nonlocal calls
        calls += 1
        if calls == 1:  # another user saves between our read and our write
            sb.update("customer", "10004", name=f"{record.name}|theirs")
        return {"name": {"value": f"{record.name}|mine"}}

    original = sb.record("customer", "10004")["name"]  # type: ignore[index]
    r = vn.update_with_retry(customer_get_bycustomer_cd, customer_put_bycustomer_cd, mutate, customer_cd="10004")
    assert r.status_code == 204 and calls == 2
    assert sb.record("customer", "10004")["name"] == f"{original}|theirs|mine"  # type: ignore[index]
    assert [s for (m, _p, s) in api_requests(sb) if m == "PUT"] == [412, 204]


def test_update_with_retry_gives_up_with_the_last_412(vn: VismaNet, sb: Sandbox) -> None:
    def always_conflicting(record: Any) -> dict[str, Any]:
        sb.touch("customer", "10005")
        return {"name": {"value": "never"}}

    with pytest.raises(PreconditionFailed) as caught:
        vn.update_with_retry(
            customer_get_bycustomer_cd, customer_put_bycustomer_cd, always_conflicting, attempts=4, customer_cd="10005"
        )
    requests = api_requests(sb)
    assert [m for (m, _p, _s) in requests] == ["GET", "PUT"] * 4
    assert caught.value.etag_sent is not None


def test_update_with_retry_in_place_mutation_on_raw_routes(vn: VismaNet, sb: Sandbox) -> None:
    def mutate(record: dict[str, Any]) -> None:
        for key in list(record):
            if key != "name":
                del record[key]
        record["name"] = {"value": "In place"}

    version = sb.etag("customer", "10006")
    r = vn.update_with_retry("GET /v1/customer/{customerCd}", "PUT /v1/customer/{customerCd}", mutate, customerCd="10006")
    assert r.status_code == 204 and sb.record("customer", "10006")["name"] == "In place"  # type: ignore[index]
    assert _if_match_sent(sb) == [version]


def test_update_with_retry_in_place_on_a_typed_record_sends_the_fields_changed(
    vn: VismaNet, sb: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The read model (CustomerDto) is not the update model (CustomerUpdateDto): what changed is sent."""
    from vismanet_ext.writes import etag

    bodies: list[Any] = []
    real_body = etag._body
    monkeypatch.setattr(etag, "_body", lambda *a: bodies.append(real_body(*a)) or bodies[-1])
    credit = sb.record("customer", "10007")["creditLimit"]  # type: ignore[index]

    def mutate(customer: Any) -> None:
        customer.name = "Renamed in place"

    r = vn.update_with_retry(customer_get_bycustomer_cd, customer_put_bycustomer_cd, mutate, customer_cd="10007")
    assert r.status_code == 204
    stored = sb.record("customer", "10007")
    assert stored["name"] == "Renamed in place" and stored["creditLimit"] == credit  # type: ignore[index]
    assert bodies == [{"name": "Renamed in place"}]  # a plain value: the body layer wraps it for the PUT


def test_update_with_retry_in_place_that_changes_nothing_sends_nothing(vn: VismaNet, sb: Sandbox) -> None:
    before = len(api_requests(sb))
    with pytest.raises(InvalidArgument, match="changed no field"):
        vn.update_with_retry(customer_get_bycustomer_cd, customer_put_bycustomer_cd, lambda c: None, customer_cd="10007")
    assert [m for (m, _p, _s) in api_requests(sb)[before:]] == ["GET"]


def test_async_update_with_retry_in_place(sb: Sandbox, base_url: str) -> None:
    async def go() -> None:
        async with async_client(sb, base_url) as avn:
            def mutate(customer: Any) -> None:
                customer.name = "Async in place"

            r = await avn.update_with_retry(
                customer_get_bycustomer_cd, customer_put_bycustomer_cd, mutate, customer_cd="10008"
            )
            assert r.status_code == 204

    asyncio.run(go())
    assert sb.record("customer", "10008")["name"] == "Async in place"  # type: ignore[index]


def test_update_with_retry_refuses_bad_input_before_sending(vn: VismaNet, sb: Sandbox) -> None:
    before = len(api_requests(sb))
    with pytest.raises(InvalidArgument, match="does not honour If-Match"):
        vn.update_with_retry("GET /v1/inventory/{inventoryNumber}", "PUT /v1/inventory/{inventoryNumber}",
                             lambda r: r, inventoryNumber="IT000001")
    with pytest.raises(InvalidArgument, match="attempts"):
        vn.update_with_retry(customer_get_bycustomer_cd, customer_put_bycustomer_cd, _append("x"), attempts=0,
                             customer_cd="10000")
    with pytest.raises(InvalidArgument, match="callable"):
        vn.update_with_retry(customer_get_bycustomer_cd, customer_put_bycustomer_cd, "x", customer_cd="10000")  # type: ignore[arg-type]
    assert len(api_requests(sb)) == before


def test_update_with_retry_needs_an_etag_from_the_read() -> None:
    from ._servers import Reply, recording_server

    with recording_server(lambda _r: Reply(200, {"Content-Type": "application/json"}, b'{"name": "n"}')) as (
        url,
        seen,
    ), VismaNet(base_url=url, token="t", log=False) as vn, pytest.raises(VismaNetError, match="without an ETag"):
        vn.update_with_retry("GET /v1/customer/{customerCd}", "PUT /v1/customer/{customerCd}", _append("x"),
                             customerCd="1")
    assert [r.method for r in seen] == ["GET"]


def test_two_racing_writers_lose_no_update(sb: Sandbox, base_url: str) -> None:
    rounds = 8
    both_read = threading.Barrier(2, timeout=10)
    errors: list[BaseException] = []

    def writer(name: str) -> None:
        first = True

        def mutate(record: Any) -> dict[str, Any]:
            nonlocal first
            if first:  # make the first round a guaranteed collision: both have read before either writes
                first = False
                both_read.wait()
            return _append(f"{name}{i}")(record)

        try:
            with sync_client(sb, base_url) as client:
                for i in range(rounds):
                    client.update_with_retry(
                        customer_get_bycustomer_cd, customer_put_bycustomer_cd, mutate, attempts=100, customer_cd="10007"
                    )
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not errors, errors
    tokens = sb.record("customer", "10007")["name"].split("|")[1:]  # type: ignore[index]
    assert sorted(tokens) == sorted(f"{n}{i}" for n in "ab" for i in range(rounds))
    statuses = [s for (m, _p, s) in api_requests(sb) if m == "PUT"]
    assert statuses.count(204) == 2 * rounds
    assert statuses.count(412) >= 1


def test_async_update_with_retry_and_if_match(sb: Sandbox, base_url: str) -> None:
    async def go() -> None:
        async with async_client(sb, base_url) as avn:
            calls = 0

            async def mutate(record: Any) -> dict[str, Any]:
                nonlocal calls
                calls += 1
                if calls == 1:
                    sb.touch("customer", "10008")
                return {"name": {"value": "Async"}}

            r = await avn.update_with_retry(
                customer_get_bycustomer_cd, customer_put_bycustomer_cd, mutate, customer_cd="10008"
            )
            assert r.status_code == 204 and calls == 2
            with pytest.raises(PreconditionFailed) as caught:
                await avn.call(customer_put_bycustomer_cd, customer_cd="10008", body={"name": {"value": "x"}},
                               if_match=STALE)
            assert caught.value.etag_sent == STALE

    asyncio.run(go())
    assert sb.record("customer", "10008")["name"] == "Async"  # type: ignore[index]
