"""Deletes and inserts between pages (offset paging): no record that survived the listing is lost.

Visma's pagination guide: totalCount changes while paging when others add or delete records. A delete on
a page already read moves later records back onto it; the pager sees the count change, reads the page
before again and picks them up (see vismanet_ext.pagination._Plan). Over real loopback HTTP against the
sandbox, whose fault knobs change the data between two list calls.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from _support import async_client, served
from vismanet_client.api.customer import customer_get_all
from vn_loopback import Listing, Loopback, customers

from vismanet_ext import VismaNet
from vismanet_ext.pagination import IncompleteListing
from vismanet_ext.sandbox import Sandbox

N = 95
SIZE = 10


def _sandbox() -> Sandbox:
    return Sandbox(seed=11, sizes={"customer": N})


def _check(got: list[str], original: list[str], survivors: list[str], inserted: list[str] = ()) -> None:  # type: ignore[assignment]
    assert len(got) == len(set(got)), "a record was yielded twice"
    missing = [k for k in survivors if k not in set(got)]
    assert missing == [], f"surviving records not yielded: {missing}"
    assert set(got) <= set(original) | set(inserted)


# (name, after which list call, which records by position in the original order)
DELETES = [
    ("before: records on page 1, after page 2 was read", 2, [0, 1, 2]),
    ("inside: records on the page just read", 3, [21, 25, 28]),
    ("after: records not read yet", 2, [70, 71, 88]),
    ("more than a page, on pages already read", 4, list(range(5, 27))),
    ("everything on page 2 and 3", 5, list(range(10, 30))),
]


@pytest.mark.parametrize("concurrency", [1, 4])
@pytest.mark.parametrize(("case", "after", "positions"), DELETES, ids=[d[0].split(":")[0] for d in DELETES])
def test_deletes_between_pages_lose_no_surviving_record(case: str, after: int, positions: list[int], concurrency: int) -> None:
    sb = _sandbox()
    original = sb.keys("customer")
    doomed = [original[p] for p in positions]
    sb.faults.delete_after_list_call(after, "customer", doomed)
    with served(sb) as (_, vn):
        it = vn.paginate(customer_get_all, page_size=SIZE, max_concurrency=concurrency)
        got = [c.number for c in it]
    _check(got, original, [k for k in original if k not in doomed])
    assert it.stats.count_changes >= 1 and it.stats.rescans == 0


@pytest.mark.parametrize("concurrency", [1, 4])
def test_repeated_and_mixed_churn(concurrency: int) -> None:
    sb = _sandbox()
    original = sb.keys("customer")
    inserted: list[str] = []
    sb.faults.delete_after_list_call(2, "customer", 2)  # the first two (on page 1)
    sb.faults.after_list_call(2, lambda: inserted.extend(sb.insert("customer", 3)), "customer")  # net +1
    sb.faults.delete_after_list_call(4, "customer", [original[40], original[41]])
    sb.faults.delete_after_list_call(6, "customer", [original[3]])
    with served(sb) as (_, vn):
        it = vn.paginate(customer_get_all, page_size=SIZE, max_concurrency=concurrency)
        got = [c.number for c in it]
    doomed = {original[0], original[1], original[40], original[41], original[3]}
    _check(got, original, [k for k in original if k not in doomed], inserted)
    assert set(inserted) <= set(got)  # appended at the end, read on the last pages


def test_async_twin_under_deletes() -> None:
    sb = _sandbox()
    original = sb.keys("customer")
    sb.faults.delete_after_list_call(2, "customer", 4)

    async def go(url: str) -> list[str]:
        async with async_client(sb, url) as vn:
            one = [c.number async for c in vn.paginate(customer_get_all, page_size=SIZE)]
            return one

    with sb.serve() as url:
        got = asyncio.run(go(url))
    _check(got, original, original[4:])
    sb.faults.delete_after_list_call(3, "customer", 3)
    now = sb.keys("customer")

    async def four(url: str) -> list[str]:
        async with async_client(sb, url) as vn:
            return [c.number async for c in vn.paginate(customer_get_all, page_size=SIZE, max_concurrency=4)]

    with sb.serve() as url:
        got = asyncio.run(four(url))
    _check(got, now, now[3:])


def test_the_extra_requests_are_one_step_back_per_change(loopback: Loopback) -> None:
    listing = Listing(customers(100))
    listing.hooks[3] = lambda: listing.records.__delitem__(slice(0, 3))  # 3 records of page 1 go
    listing.hooks[6] = lambda: listing.records.__delitem__(slice(30, 32))  # 2 on page 4 (already read)
    loopback.route("GET", "/v1/customer", listing)
    with VismaNet(base_url=loopback.base_url, token="t", retry=None) as vn:
        it = vn.paginate(customer_get_all, page_size=10)
        got = [c.internal_id for c in it]
    assert got == list(range(1, 101))
    # Each change costs the previous page once more: page 2 before page 3, page 5 before page 6.
    assert [n for n, _ in listing.served] == [1, 2, 3, 2, 4, 5, 6, 5, 7, 8, 9, 10]
    assert (it.stats.requests, it.stats.rereads, it.stats.count_changes) == (12, 2, 2)


def test_records_without_identity_and_a_changing_count_end_in_a_clear_error(loopback: Loopback) -> None:
    listing = Listing([{"name": f"row {i}"} for i in range(30)])
    listing.hooks[2] = lambda: listing.records.__delitem__(0)
    loopback.route("GET", "/v1/rows", listing)
    with VismaNet(base_url=loopback.base_url, token="t", retry=None) as vn:
        got: list[Any] = []
        with pytest.raises(IncompleteListing, match="no usable identity"):
            for row in vn.paginate("GET /v1/rows", page_size=10):
                got.append(row)  # noqa: PERF402 (the records before the error count)
    assert len(got) == 10  # page 1; nothing of the page that could not be proven


def test_a_server_serving_fewer_records_than_it_counts_ends_in_a_clear_error(loopback: Loopback) -> None:
    loopback.route("GET", "/v1/customer", Listing(customers(25), stale_total=30))
    with VismaNet(base_url=loopback.base_url, token="t", retry=None) as vn:
        it = vn.paginate(customer_get_all, page_size=10)
        with pytest.raises(IncompleteListing) as e:
            list(it)
    assert (e.value.yielded, e.value.total_count) == (25, 30)
    assert "25 records were yielded but the server's last totalCount is 30 after a second scan" in str(e.value)
    assert it.stats.rescans == 1 and it.stats.requests == 6  # 3 pages, then the re-scan's 3


def test_a_record_inserted_on_a_page_already_read_is_found_by_the_rescan(loopback: Loopback) -> None:
    listing = Listing(customers(30))
    listing.hooks[3] = lambda: listing.records.insert(12, {"internalId": 0, "number": "C00000"})  # page 2
    loopback.route("GET", "/v1/customer", listing)
    with VismaNet(base_url=loopback.base_url, token="t", retry=None) as vn:
        it = vn.paginate(customer_get_all, page_size=10)
        got = [c.internal_id for c in it]
    assert sorted(got) == list(range(31)) and len(got) == 31
    assert it.stats.rescans == 1
