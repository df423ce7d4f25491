"""AsyncVismaNet gives the same answers as VismaNet, over the same loopback server."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

import pytest
from vismanet_client.api.customer import customer_get_all, customer_get_bycustomer_cd, customer_post
from vismanet_client.models import CustomerDto
from vn_loopback import Listing, Loopback, Reply, customers

from vismanet_ext import AsyncVismaNet, InvalidArgument, NotFound, PaginationLimitExceeded, VismaNet, errors


def sync_client(loopback: Loopback) -> VismaNet:
    return VismaNet(base_url=loopback.base_url, token="t", retry=None)


def async_client(loopback: Loopback) -> AsyncVismaNet:
    return AsyncVismaNet(base_url=loopback.base_url, token="t", retry=None)


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def test_async_call_equals_sync_call(loopback: Loopback) -> None:
    loopback.route("GET", "/v1/customer/1", Reply(200, {"internalId": 1, "number": "1"}, {"ETag": "e1"}))
    loopback.route("POST", "/v1/customer", Reply(201, None, {"Location": "/v1/customer/C%2099"}))

    async def go() -> tuple[Any, ...]:
        async with async_client(loopback) as vn:
            typed = await vn.call(customer_get_bycustomer_cd, customer_cd="1")
            raw = await vn.call("GET /v1/customer/{customerCd}", customerCd="1")
            created = await vn.call(customer_post, body={"name": {"value": "x"}})
            return typed, raw, created

    typed, raw, created = run(go())
    with sync_client(loopback) as vn:
        s_typed = vn.call(customer_get_bycustomer_cd, customer_cd="1")
        s_raw = vn.call("GET /v1/customer/{customerCd}", customerCd="1")
        s_created = vn.call(customer_post, body={"name": {"value": "x"}})
    assert isinstance(typed.value, CustomerDto) and typed.value.to_dict() == s_typed.value.to_dict()
    assert (typed.etag, raw.value, created.id) == (s_typed.etag, s_raw.value, s_created.id) == ("e1", raw.value, "C 99")
    assert [s.headers["user-agent"] for s in loopback.requests[:3]] == [
        s.headers["user-agent"] for s in loopback.requests[3:]
    ]


@pytest.mark.parametrize("concurrency", [1, 4])
def test_async_paging_equals_sync_paging(loopback: Loopback, concurrency: int) -> None:
    listing = Listing(customers(47), max_page_size=6)
    loopback.route("GET", "/v1/customer", listing)

    async def go() -> tuple[list[Any], list[Any], int]:
        async with async_client(loopback) as vn:
            records = [r async for r in vn.paginate(customer_get_all, page_size=100, max_concurrency=concurrency)]
            it = vn.pages("GET /v1/customer", page_size=100, max_concurrency=concurrency)
            pages = [p async for p in it]
            return records, pages, it.stats.peak_pages_held

    records, pages, peak = run(go())
    with sync_client(loopback) as vn:
        expected = list(vn.paginate(customer_get_all, page_size=100))
    assert [r.to_dict() for r in records] == [e.to_dict() for e in expected]
    assert [r["internalId"] for p in pages for r in p.records] == list(range(1, 48))
    assert [p.number for p in pages] == list(range(1, 9))
    assert peak <= concurrency


def test_async_docs_example_and_shift_dedupe(loopback: Loopback) -> None:
    listing = Listing(customers(30))
    listing.hooks[2] = lambda: listing.records.extend(customers(2, start=31))
    loopback.route("GET", "/v1/customer", listing)
    shifted = Listing(customers(20))
    shifted.hooks[2] = lambda: shifted.records.insert(0, {"internalId": 0, "number": "0"})
    loopback.route("GET", "/v1/supplier", shifted)

    async def go() -> tuple[list[int], list[int]]:
        async with async_client(loopback) as vn:
            grown = [r["internalId"] async for r in vn.paginate("GET /v1/customer", page_size=10)]
            deduped = [r["internalId"] async for r in vn.paginate("GET /v1/supplier", page_size=10, max_concurrency=2)]
            return grown, deduped

    grown, deduped = run(go())
    # The count grew between pages, so page 1 is read again to prove nothing shifted back: 5 requests.
    assert grown == list(range(1, 33)) and [n for n, _ in listing.served] == [1, 2, 1, 3, 4]
    # Record 0 was inserted on a page already read: the final count (21) sends the pager back for it.
    assert deduped == [*range(1, 21), 0]


@pytest.mark.parametrize("concurrency", [1, 3])
def test_async_error_on_a_page_raises_after_earlier_pages_and_cancels_the_rest(
    loopback: Loopback, concurrency: int
) -> None:
    listing = Listing(customers(60))
    listing.fail_pages[2] = Reply(503, {"message": "page two is down"})
    loopback.route("GET", "/v1/customer", listing)

    async def go() -> list[int]:
        got: list[int] = []
        async with async_client(loopback) as vn:
            with pytest.raises(errors.ServerError, match="page two is down"):
                async for record in vn.paginate(customer_get_all, page_size=10, max_concurrency=concurrency):
                    got.append(record.internal_id)
            # the client is still usable afterwards
            with pytest.raises(NotFound):
                await vn.call("GET /v1/nothing")
        return got

    assert run(go()) == list(range(1, 11))


def test_async_validation_happens_before_any_request(loopback: Loopback) -> None:
    async def go() -> None:
        async with async_client(loopback) as vn:
            with pytest.raises(InvalidArgument, match="unknown keyword"):
                await vn.call(customer_get_all, nope=1)
            with pytest.raises(InvalidArgument, match="needs lastModifiedDateTimeCondition"):
                vn.paginate(customer_get_all, last_modified_date_time=dt.date(2025, 1, 1))
            with pytest.raises(InvalidArgument, match="numberToRead cannot be combined"):
                vn.pages(customer_get_all, numberToRead=3)

    run(go())
    assert loopback.requests == []


def test_async_hard_cap(loopback: Loopback) -> None:
    loopback.route("GET", "/v1/customer", Listing(customers(5), ignore_page_number=True))

    async def go() -> None:
        async with async_client(loopback) as vn:
            with pytest.raises(PaginationLimitExceeded):
                async for _ in vn.paginate(customer_get_all, page_size=5, max_pages=3, max_concurrency=2):
                    pass

    run(go())
    assert len(loopback.requests) == 3


def test_async_early_close_stops_fetching_and_context_manager_closes(loopback: Loopback) -> None:
    listing = Listing(customers(200))
    loopback.route("GET", "/v1/customer", listing)

    async def go() -> AsyncVismaNet:
        async with async_client(loopback) as vn:
            it = vn.paginate(customer_get_all, page_size=10, max_concurrency=4)
            first = [await it.__anext__() for _ in range(2)]
            await it.aclose()
            assert [r.internal_id for r in first] == [1, 2]
            assert len(listing.served) <= 4
        return vn

    vn = run(go())
    assert vn.is_closed
    assert loopback.wait_idle()


def test_async_sandbox_factory() -> None:
    async def go() -> tuple[int, int]:
        async with AsyncVismaNet.sandbox(sizes={"customer": 23}, max_page_size=5) as vn:
            records = [r async for r in vn.paginate(customer_get_all, page_size=1000, max_concurrency=3)]
            return len(records), len({r.number for r in records})

    assert run(go()) == (23, 23)
