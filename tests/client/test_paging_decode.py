"""Where and when pages are decoded: once each, in page order, after the next request has left.

Decoding a page is CPU under the GIL (or on the event loop). These tests pin down the three rules that keep a
concurrent export fast: no page is decoded twice, pages are decoded one by one in page order where they are
consumed (not interleaved in worker threads), and a request the window just made room for goes out before the
next page is decoded.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
from vismanet_client.api.customer import customer_get_all
from vismanet_client.models import CustomerDto
from vn_loopback import Listing, Loopback, customers

from vismanet_ext import AsyncVismaNet, VismaNet, _json
from vismanet_ext import pagination as paging
from vismanet_ext.pagination import AsyncPageIterator, FetchedPage, PageIterator, PagingStats, RecordKey, _Plan


class DecodeLog:
    """Wraps ``vismanet_ext._json.loads`` (what every decode of a body goes through: orjson or the stdlib) and
    notes each page body decoded."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.first_ids: list[int] = []
        self.threads: set[int] = set()
        real = _json.loads

        def loads(s: Any, *args: Any, **kwargs: Any) -> Any:
            value = real(s, *args, **kwargs)
            if isinstance(value, list) and value and isinstance(value[0], dict) and "metadata" in value[0]:
                self.first_ids.append(value[0]["internalId"])
                self.threads.add(threading.get_ident())
            return value

        monkeypatch.setattr(_json, "loads", loads)


def internal_ids(records: list[Any]) -> list[int]:
    return [r.internal_id if isinstance(r, CustomerDto) else r["internalId"] for r in records]


@pytest.mark.parametrize("concurrency", [1, 4])
@pytest.mark.parametrize("target", [customer_get_all, "GET /v1/customer"], ids=["typed", "raw"])
def test_each_page_is_decoded_once_in_page_order_sync(
    loopback: Loopback, monkeypatch: pytest.MonkeyPatch, target: Any, concurrency: int
) -> None:
    listing = Listing(customers(45), max_page_size=10)  # pages 1-5, the last one short
    loopback.route("GET", "/v1/customer", listing)
    with VismaNet(base_url=loopback.base_url, token="t", retry=None) as vn:
        log = DecodeLog(monkeypatch)
        records = list(vn.paginate(target, page_size=10, max_concurrency=concurrency))
    assert internal_ids(records) == list(range(1, 46))
    assert len(listing.served) == 5
    assert log.first_ids == [1, 11, 21, 31, 41]  # one decode per page, in page order
    # Decoding happens where pages are consumed, not in the worker threads that fetch them.
    assert log.threads == {threading.get_ident()}


@pytest.mark.parametrize("concurrency", [1, 4])
@pytest.mark.parametrize("target", [customer_get_all, "GET /v1/customer"], ids=["typed", "raw"])
def test_each_page_is_decoded_once_in_page_order_async(
    loopback: Loopback, monkeypatch: pytest.MonkeyPatch, target: Any, concurrency: int
) -> None:
    listing = Listing(customers(45), max_page_size=10)
    loopback.route("GET", "/v1/customer", listing)

    async def go() -> list[Any]:
        async with AsyncVismaNet(base_url=loopback.base_url, token="t", retry=None) as vn:
            return [r async for r in vn.paginate(target, page_size=10, max_concurrency=concurrency)]

    log = DecodeLog(monkeypatch)
    records = asyncio.run(go())
    assert internal_ids(records) == list(range(1, 46))
    assert len(listing.served) == 5
    assert log.first_ids == [1, 11, 21, 31, 41]


# -- the driver on its own: a request just submitted leaves before the next page is decoded ---------------


def plan(concurrency: int) -> _Plan:
    # 8 records at 2 a page: pages 1-4 full, page 5 empty ends the listing.
    return _Plan(
        page_size=2,
        max_concurrency=concurrency,
        max_pages=100,
        paged=True,
        key=RecordKey([]),
        stats=PagingStats(),
        route="test",
    )


def finisher(events: list[str]) -> Callable[[int, int | None, Any], FetchedPage]:
    def finish(number: int, size: int | None, received: Any) -> FetchedPage:
        events.append(f"finish {number}")
        records = [{"n": 2 * (number - 1) + i} for i in range(2)] if number <= 4 else []
        return FetchedPage(number, size, received, records, records, 8, None, True)

    return finish


SLOW = 3  # the page whose request is slow to leave


def sync_fetch(events: list[str], *, reports: bool, delay: float) -> Callable[..., Any]:
    lock = threading.Lock()

    def fetch(number: int, size: int | None, sent: Callable[[], None]) -> Any:
        if number == SLOW:
            time.sleep(delay)
        with lock:
            if reports:
                events.append(f"sent {number}")
                sent()
        return None

    return fetch


def test_a_submitted_request_leaves_before_the_next_page_is_decoded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paging, "SEND_HEAD_START", 5.0)
    events: list[str] = []
    pages = PageIterator[Any](sync_fetch(events, reports=True, delay=0.05), plan(2), finisher(events))
    assert [len(p.records) for p in pages] == [2, 2, 2, 2, 0]
    # With 2 pages held, page 3 is requested once page 1 is consumed; page 2 is already there, but decoding
    # it first would hold the GIL while page 3's request waits to be sent.
    assert events.index("sent 3") < events.index("finish 2")


def test_nothing_waits_for_a_send_the_transport_never_reports(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paging, "SEND_HEAD_START", 5.0)
    events: list[str] = []
    fetch = sync_fetch(events, reports=False, delay=0.1)

    def logged(number: int, size: int | None, sent: Callable[[], None]) -> Any:
        fetch(number, size, sent)
        events.append(f"done {number}")

    pages = PageIterator[Any](logged, plan(2), finisher(events))
    assert [len(p.records) for p in pages] == [2, 2, 2, 2, 0]
    assert events.index("finish 2") < events.index("done 3")


def test_waiting_for_a_send_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paging, "SEND_HEAD_START", 0.01)  # e.g. a rate limiter holds the request back
    events: list[str] = []
    pages = PageIterator[Any](sync_fetch(events, reports=True, delay=0.2), plan(2), finisher(events))
    assert [len(p.records) for p in pages] == [2, 2, 2, 2, 0]
    assert events.index("finish 2") < events.index("sent 3")


def test_async_a_submitted_request_leaves_before_the_next_page_is_decoded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paging, "SEND_HEAD_START", 5.0)
    events: list[str] = []

    async def fetch(number: int, size: int | None, sent: Callable[[], None]) -> Any:
        if number == SLOW:
            await asyncio.sleep(0.05)
        events.append(f"sent {number}")
        sent()
        return None

    async def go() -> list[int]:
        return [len(p.records) async for p in AsyncPageIterator[Any](fetch, plan(2), finisher(events))]

    assert asyncio.run(go()) == [2, 2, 2, 2, 0]
    assert events.index("sent 3") < events.index("finish 2")


# -- the client reports a sent request through httpcore's trace extension, over real HTTP -----------------


def test_the_client_reports_when_a_page_request_has_left(loopback: Loopback) -> None:
    listing = Listing(customers(5), max_page_size=10)
    loopback.route("GET", "/v1/customer", listing)
    reported: list[int] = []
    with VismaNet(base_url=loopback.base_url, token="t", retry=None) as vn:
        pages = vn.pages(customer_get_all, page_size=10, max_concurrency=2)
        response = pages._fetch(1, 10, lambda: reported.append(len(listing.served)))
    assert response.status_code == 200
    assert len(reported) == 1


def test_the_async_client_reports_when_a_page_request_has_left(loopback: Loopback) -> None:
    listing = Listing(customers(5), max_page_size=10)
    loopback.route("GET", "/v1/customer", listing)
    reported: list[int] = []

    async def go() -> int:
        async with AsyncVismaNet(base_url=loopback.base_url, token="t", retry=None) as vn:
            pages = vn.pages(customer_get_all, page_size=10, max_concurrency=2)
            response = await pages._fetch(1, 10, lambda: reported.append(len(listing.served)))
            return int(response.status_code)

    assert asyncio.run(go()) == 200
    assert len(reported) == 1


def test_record_keys_of_a_page_match_the_key_of_each_record() -> None:
    records: list[Any] = [
        {"referenceNumber": "1", "documentType": "Invoice"},
        {"referenceNumber": "2", "documentType": {"nested": True}},
        {"referenceNumber": None, "documentType": "Invoice"},
        {"referenceNumber": True},
        {"referenceNumber": [1]},
        "not a record",
        {"other": 1},
    ]
    one_by_one = RecordKey.for_operation(None)  # a key resolves its field on the first record it sees
    assert RecordKey.for_operation(None).keys(records) == [one_by_one(r) for r in records]
    assert one_by_one(records[0]) == ("1", "Invoice")
    plain = [{"internalId": 3, "name": "x"}, {"internalId": 4}]
    assert RecordKey.for_operation(None).keys(plain) == [(3,), (4,)]
    assert RecordKey.for_operation(None).keys(["a", "b"]) == [None, None]
