"""A server that ignores pageNumber (the same full page every time) is stopped after a couple of pages."""

from __future__ import annotations

import asyncio

import pytest
from _support import LineListing, batch
from vismanet_client.api.customer import customer_get_all
from vn_loopback import Listing, Loopback, customers

from vismanet_ext import AsyncVismaNet, PaginationLimitExceeded, VismaNet
from vismanet_ext.pagination import RepeatingPages


@pytest.mark.parametrize("concurrency", [1, 4])
def test_a_repeating_server_is_stopped_early_not_at_max_pages(loopback: Loopback, concurrency: int) -> None:
    loopback.route("GET", "/v1/customer", Listing(customers(40), ignore_page_number=True))
    with VismaNet(base_url=loopback.base_url, token="t", retry=None) as vn:
        it = vn.paginate(customer_get_all, page_size=10, max_concurrency=concurrency)  # max_pages 10,000
        with pytest.raises(RepeatingPages, match=r"pages 1-3 returned only what page 1 had .*ignore pageNumber"):
            list(it)
    assert it.stats.records == 10
    assert len(loopback.requests) <= 3 + concurrency  # the pages already in flight when it is noticed


def test_async_and_line_counted_listings_are_stopped_too(loopback: Loopback) -> None:
    class Repeating(LineListing):
        def __call__(self, seen):  # type: ignore[no-untyped-def]
            seen.query["pageNumber"] = "1"
            return super().__call__(seen)

    loopback.route("GET", "/v2/journaltransaction", Repeating([batch(1, 4), batch(2, 9)]))

    async def go() -> None:
        async with AsyncVismaNet(base_url=loopback.base_url, token="t", retry=None) as vn:
            with pytest.raises(PaginationLimitExceeded, match="ignore pageNumber"):
                [r async for r in vn.paginate("GET /v2/journaltransaction", page_size=10)]

    asyncio.run(go())
    assert len(loopback.requests) == 3


def test_a_long_but_honest_listing_of_identical_looking_pages_is_not_mistaken_for_repeats(loopback: Loopback) -> None:
    # Every page is new records with the same names: only identity (and new lines) counts.
    records = [{"internalId": i, "number": f"C{i:05d}", "name": "Same"} for i in range(1, 61)]
    loopback.route("GET", "/v1/customer", Listing(records))
    with VismaNet(base_url=loopback.base_url, token="t", retry=None) as vn:
        assert len(list(vn.paginate(customer_get_all, page_size=10, max_concurrency=3))) == 60
