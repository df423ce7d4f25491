"""GET /v2/journaltransaction pages count lines and split batches: every line once, every batch whole.

Visma's operation description (in the spec): "On this particular endpoint, pagesize and totalcount denotes
number of journaltransaction lines. When using pagination, the transactions for one specific batch can be
split into several responses." The sandbox pages it that way; so does the scripted LineListing.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from _support import LineListing, async_client, batch, served
from vismanet_client.api.journal_transaction_v2 import (
    journal_transaction_v2_get_all_journal_transactions as list_journal,
)
from vismanet_client.models import JournalTransactionDto
from vn_loopback import Loopback

from vismanet_ext import VismaNet
from vismanet_ext.pagination import IncompleteListing
from vismanet_ext.sandbox import Sandbox

SINCE = {"last_modified_date_time": "2000-01-01"}


def _journal_sandbox() -> Sandbox:
    sb = Sandbox(sizes={"journaltransaction": 100})
    for number, lines in ((900001, 1), (900002, 13), (900003, 5), (900004, 22)):
        sb.insert("journaltransaction", batch(number, lines))
    return sb


def _shape(records: list[Any]) -> list[tuple[str, list[int]]]:
    shaped = []
    for r in records:
        if isinstance(r, JournalTransactionDto):
            shaped.append((str(r.batch_number), [int(line.line_number) for line in r.journal_transaction_lines]))
        else:
            shaped.append((r["batchNumber"], [line["lineNumber"] for line in r["journalTransactionLines"]]))
    return shaped


def _expected(sb: Sandbox) -> list[tuple[str, list[int]]]:
    return _shape(sb.records("journaltransaction"))


@pytest.mark.parametrize("concurrency", [1, 4])
@pytest.mark.parametrize("page_size", [7, 10])
def test_sandbox_journal_listing_yields_every_line_once_and_every_batch_whole(concurrency: int, page_size: int) -> None:
    sb = _journal_sandbox()
    expected = _expected(sb)
    lines = sum(len(ls) for _, ls in expected)
    assert (len(expected), lines) == (104, 241)
    with served(sb) as (_, vn):
        it = vn.paginate(list_journal, page_size=page_size, max_concurrency=concurrency, **SINCE)
        typed = list(it)
        raw = list(vn.paginate("GET /v2/journaltransaction", lastModifiedDateTime="2000-01-01", page_size=page_size))
    assert all(isinstance(r, JournalTransactionDto) for r in typed)
    assert _shape(typed) == expected  # in order, each batch once with all its lines in order
    assert _shape(raw) == expected
    assert it.stats.records == 104 and it.stats.rereads == 0 and it.stats.rescans == 0
    assert it.stats.pages == -(-lines // page_size)  # pages counted in lines, not batches
    assert all("metadata" in r for r in raw)


def test_a_batch_spanning_three_pages_is_merged_and_typed_lines_follow() -> None:
    listing = LineListing([batch(1, 4), batch(2, 25), batch(3, 3)])
    loopback = Loopback()
    loopback.route("GET", "/v2/journaltransaction", listing)
    try:
        with VismaNet(base_url=loopback.base_url, token="t", retry=None) as vn:
            pages = list(vn.pages(list_journal, page_size=10, **SINCE))
    finally:
        loopback.close()
    records = [r for p in pages for r in p.records]
    assert _shape(records) == [(f"{n:06d}", list(range(1, count + 1))) for n, count in ((1, 4), (2, 25), (3, 3))]
    assert [line.description for line in records[1].journal_transaction_lines][-1] == "line 25"
    # 32 lines: page 1 holds back batch 2 (it may continue), pages 2-3 complete it; page 3 ends with the
    # first line of batch 3, which page 4 (short: the end) completes.
    assert [len(p.records) for p in pages] == [1, 0, 1, 1] and listing.served == [1, 2, 3, 4]


def test_async_twin_merges_the_same_way() -> None:
    sb = _journal_sandbox()
    expected = _expected(sb)

    async def go(url: str) -> tuple[list[Any], list[Any]]:
        async with async_client(sb, url) as vn:
            one = [r async for r in vn.paginate(list_journal, page_size=9, **SINCE)]
            four = [r async for r in vn.paginate(list_journal, page_size=9, max_concurrency=4, **SINCE)]
            return one, four

    with sb.serve() as url:
        one, four = asyncio.run(go(url))
    assert _shape(one) == _shape(four) == expected


@pytest.mark.parametrize("concurrency", [1, 4])
def test_batches_deleted_between_pages_lose_no_surviving_line(concurrency: int) -> None:
    batches = [batch(n, 1 + n % 4) for n in range(1, 41)]  # 100 lines
    listing = LineListing(list(batches))
    # Page 1 holds lines 1-10: batches 000001-000004 (2 + 3 + 4 + 1 lines). The three doomed ones are all on it,
    # so they were read before they go, whatever order the concurrent requests for pages 2+ are served in.
    doomed = {"000002", "000003", "000004"}
    listing.hooks[3] = lambda: listing.batches.__setitem__(
        slice(None), [b for b in listing.batches if b["batchNumber"] not in doomed]
    )
    loopback = Loopback()
    loopback.route("GET", "/v2/journaltransaction", listing)
    try:
        with VismaNet(base_url=loopback.base_url, token="t", retry=None) as vn:
            it = vn.paginate("GET /v2/journaltransaction", page_size=10, max_concurrency=concurrency)
            got = _shape(list(it))
    finally:
        loopback.close()
    assert got == _shape(batches)  # the three were yielded before they went; nothing shifted was lost
    assert it.stats.rereads >= 1


def test_an_endpoint_counting_lines_that_the_index_does_not_know_is_never_short_silently(loopback: Loopback) -> None:
    listing = LineListing([batch(n, 3) for n in range(1, 21)])  # 60 lines, 20 batches
    loopback.route("GET", "/v9/unknownlines", listing)
    with VismaNet(base_url=loopback.base_url, token="t", retry=None) as vn:
        it = vn.paginate("GET /v9/unknownlines", page_size=10)
        got: list[Any] = []
        with pytest.raises(IncompleteListing, match=r"4 records were yielded but the server's last totalCount is 60") as e:
            for record in it:
                got.append(record)  # noqa: PERF402 (the records before the error count)
    assert (e.value.yielded, e.value.total_count, e.value.unit) == (4, 60, "records")
    assert len(got) == 4 and it.stats.rescans == 1
