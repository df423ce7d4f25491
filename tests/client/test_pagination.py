"""Auto-paging over loopback HTTP: Visma's own example, caps, shifts, hard stop, concurrency, memory, errors."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from vismanet_client.api.credit_term import credit_term_get_credit_terms
from vismanet_client.api.customer import customer_get_all, customer_get_bycustomer_cd
from vismanet_client.models import CreditTermDto, CustomerDto
from vn_loopback import Listing, Loopback, Reply, customers

from vismanet_ext import InvalidArgument, PaginationLimitExceeded, VismaNet, errors
from vismanet_ext.pagination import RecordKey, RepeatingPages


def client(loopback: Loopback) -> VismaNet:
    return VismaNet(base_url=loopback.base_url, token="t", retry=None)


def serve(loopback: Loopback, listing: Listing, path: str = "/v1/customer") -> Listing:
    loopback.route("GET", path, listing)
    return listing


def numbers(records: list[Any]) -> list[int]:
    found: list[int] = []
    for r in records:
        value = r.internal_id if isinstance(r, CustomerDto) else r["internalId"]
        assert isinstance(value, int)
        found.append(value)
    return found


def test_visma_docs_example_total_grows_from_30_to_32_after_page_two(loopback: Loopback) -> None:
    # Visma's pagination guide: pageSize=10, totalCount 30 on page 1, 32 on page 2 -> 32 records. Visma
    # counts 4 requests; the pager spends a 5th re-reading page 1, because a changed count may also hide
    # deletes that moved records back onto it (see tests/pagination for that case).
    listing = serve(loopback, Listing(customers(30)))
    listing.hooks[2] = lambda: listing.records.extend(customers(2, start=31))
    with client(loopback) as vn:
        it = vn.paginate(customer_get_all, status="Active", page_size=10)
        found = list(it)
    assert numbers(found) == list(range(1, 33))
    assert all(isinstance(c, CustomerDto) for c in found)
    assert listing.served == [(1, 10), (2, 10), (1, 10), (3, 10), (4, 10)]
    assert (it.stats.requests, it.stats.rereads, it.stats.count_changes) == (5, 1, 1)
    # The same filters on every page; only pageNumber changes.
    assert [s.query for s in loopback.requests] == [
        {"status": "Active", "pageNumber": str(n), "pageSize": "10"} for n in (1, 2, 1, 3, 4)
    ]


def test_page_size_above_the_servers_cap_still_returns_every_record(loopback: Loopback) -> None:
    listing = serve(loopback, Listing(customers(23), max_page_size=5))
    with client(loopback) as vn:
        pages = list(vn.pages(customer_get_all, page_size=5000))
    assert [len(p.records) for p in pages] == [5, 5, 5, 5, 3]
    assert numbers([r for p in pages for r in p.records]) == list(range(1, 24))
    assert (pages[0].max_page_size, pages[0].total_count, pages[0].number) == (5, 23, 1)
    # Page 1 asks for what the caller wanted; once maxPageSize is known the effective size is sent.
    assert listing.served == [(1, 5000), (2, 5), (3, 5), (4, 5), (5, 5)]


def test_an_unreported_cap_is_inferred_from_a_short_first_page_and_the_count(loopback: Loopback) -> None:
    listing = serve(loopback, Listing(customers(12), max_page_size=4, report_max=False))
    with client(loopback) as vn:
        assert numbers(list(vn.paginate(customer_get_all, page_size=100))) == list(range(1, 13))
    assert [n for n, _ in listing.served] == [1, 2, 3, 4]


def test_paging_ends_on_an_empty_page_not_on_the_count(loopback: Loopback) -> None:
    listing = serve(loopback, Listing(customers(20)))
    with client(loopback) as vn:
        assert len(list(vn.paginate(customer_get_all, page_size=10))) == 20
    # 20 of 20 after page 2, but a full page may be followed by more (count can be stale).
    assert [n for n, _ in listing.served] == [1, 2, 3]


def test_a_stale_low_count_does_not_cut_the_listing_short(loopback: Loopback) -> None:
    serve(loopback, Listing(customers(25), stale_total=10))
    with client(loopback) as vn:
        assert numbers(list(vn.paginate(customer_get_all, page_size=5))) == list(range(1, 26))
        assert numbers(list(vn.paginate(customer_get_all, page_size=5, max_concurrency=3))) == list(range(1, 26))


def test_a_record_shifted_onto_the_next_page_is_yielded_once(loopback: Loopback) -> None:
    listing = serve(loopback, Listing(customers(20)))
    # Before page 2 someone inserts a record at the front: page 2 starts with page 1's last record.
    listing.hooks[2] = lambda: listing.records.insert(0, {"internalId": 0, "number": "C00000", "name": "new"})
    with client(loopback) as vn:
        it = vn.paginate(customer_get_all, page_size=10)
        found = numbers(list(it))
    # Page 2 repeats record 10, which proves it continues page 1 (no re-read). The new record 0 lies on a
    # page already read; the final count (21 > 20 yielded) sends the pager back to page 1 once for it.
    assert found == [*range(1, 21), 0]
    assert it.stats.duplicates_skipped == 1 + 9  # record 10 on page 2, then records 1-9 on the re-scan
    assert (it.stats.rereads, it.stats.rescans, it.stats.requests) == (0, 1, 4)
    assert listing.served == [(1, 10), (2, 10), (3, 10), (1, 10)]


def test_a_key_that_is_not_unique_within_a_page_switches_dedupe_off() -> None:
    key = RecordKey.for_operation(None)
    assert key({"referenceNumber": "1", "documentType": "Invoice", "amount": 3}) == ("1", "Invoice")
    assert RecordKey.for_operation(None)({"name": "no identifier"}) is None
    from vismanet_ext.pagination import FetchedPage, PagingStats, _Plan

    key = RecordKey.for_operation(None)  # a key resolves its field on the first record it sees
    plan = _Plan(page_size=3, max_concurrency=1, max_pages=10, paged=True, key=key, stats=PagingStats(), route="x")
    same = [{"id": 1, "line": n} for n in range(3)]  # "id" repeats within one snapshot: not a key here
    [page] = plan.observe(FetchedPage(1, 3, None, same, same, 6, None, True))  # type: ignore[arg-type]
    assert len(page.records) == 3 and plan.stats.dedupe_disabled
    [page] = plan.observe(FetchedPage(2, 3, None, same, same, 6, None, True))  # type: ignore[arg-type]
    assert len(page.records) == 3  # never dropped once the key proved ambiguous


def test_record_key_comes_from_the_single_get_path_param_or_generic_fields() -> None:
    from vismanet_client._operations import by_module, find

    inventory = RecordKey.for_operation(find("GET", "/v1/inventory"))
    assert inventory({"inventoryId": 5, "inventoryNumber": "ITEM-1", "description": "x"}) == ("ITEM-1",)
    shipments = RecordKey.for_operation(find("GET", "/v1/shipment"))
    assert shipments({"shipmentType": "x", "shipmentNumber": "S1", "currencyId": "NOK"}) == ("S1",)
    customer = RecordKey.for_operation(by_module(customer_get_all.__name__))
    assert customer({"internalId": 9, "number": "10001", "currencyId": "NOK"}) == (9,)
    payments = RecordKey.for_operation(find("GET", "/v1/customerPayment"))
    assert payments({"type": "Payment", "refNbr": "000123", "status": "Open"}) == ("000123", "Payment")


def test_a_server_that_ignores_page_number_is_stopped_after_two_repeats(loopback: Loopback) -> None:
    serve(loopback, Listing(customers(10), ignore_page_number=True))
    with client(loopback) as vn:
        it = vn.paginate(customer_get_all, page_size=10, max_pages=5)
        with pytest.raises(RepeatingPages, match="ignore pageNumber") as caught:
            list(it)
    assert isinstance(caught.value, PaginationLimitExceeded)  # still caught by the older handler
    assert len(loopback.requests) == 3  # page 1, then two pages that brought nothing new
    assert it.stats.records == 10


def test_a_listing_longer_than_max_pages_hits_the_hard_cap(loopback: Loopback) -> None:
    serve(loopback, Listing(customers(100)))
    with client(loopback) as vn:
        it = vn.paginate(customer_get_all, page_size=10, max_pages=5)
        with pytest.raises(PaginationLimitExceeded, match="max_pages"):
            list(it)
    assert len(loopback.requests) == 5 and it.stats.records == 50


@pytest.mark.parametrize("concurrency", [2, 3, 4, 8])
@pytest.mark.parametrize(("count", "size"), [(0, 10), (1, 10), (10, 10), (57, 10), (64, 7)])
def test_concurrent_paging_equals_sequential_paging(
    loopback: Loopback, concurrency: int, count: int, size: int
) -> None:
    listing = serve(loopback, Listing(customers(count), max_page_size=size))
    with client(loopback) as vn:
        sequential = list(vn.paginate(customer_get_all, page_size=size))
        sequential_requests = len(listing.served)
        listing.served.clear()
        concurrent = list(vn.paginate(customer_get_all, page_size=size, max_concurrency=concurrency))
    assert numbers(concurrent) == numbers(sequential) == list(range(1, count + 1))
    assert [c.to_dict() for c in concurrent] == [s.to_dict() for s in sequential]
    assert sorted(n for n, _ in listing.served) == list(range(1, sequential_requests + 1))


def test_concurrent_paging_follows_a_growing_count(loopback: Loopback) -> None:
    listing = serve(loopback, Listing(customers(30)))
    listing.hooks[2] = lambda: listing.records.extend(customers(25, start=31))
    with client(loopback) as vn:
        found = numbers(list(vn.paginate(customer_get_all, page_size=10, max_concurrency=4)))
    assert found == list(range(1, 56))


@pytest.mark.parametrize("concurrency", [1, 2, 4])
def test_at_most_max_concurrency_pages_are_held(loopback: Loopback, concurrency: int) -> None:
    listing = serve(loopback, Listing(customers(100), max_page_size=5))
    with client(loopback) as vn:
        it = vn.paginate(customer_get_all, page_size=5, max_concurrency=concurrency)
        consumed_pages = 0
        for index, _record in enumerate(it):
            page_of_record = index // 5 + 1
            consumed_pages = page_of_record - 1  # pages fully handed over to us before this one
            # Requests the server has seen, minus pages we have finished with, is what is held.
            assert len(listing.served) - consumed_pages <= concurrency
    assert it.stats.peak_pages_held <= concurrency
    assert it.stats.records == 100
    assert consumed_pages == 19
    if concurrency > 1:
        assert it.stats.peak_pages_held == concurrency  # and the window is actually used


def test_concurrent_pages_are_really_fetched_in_parallel(loopback: Loopback) -> None:
    # Page 2's reply is held back until page 3's request arrived: sequential paging would deadlock here.
    arrived = {n: threading.Event() for n in range(1, 6)}

    def gate(number: int) -> None:
        arrived[number].set()
        if number == 2:
            assert arrived[3].wait(5), "page 3 was not requested while page 2 was in flight"

    listing = serve(loopback, Listing(customers(40), max_page_size=10))
    listing.gate = gate
    with client(loopback) as vn:
        assert len(list(vn.paginate(customer_get_all, page_size=10, max_concurrency=3))) == 40


@pytest.mark.parametrize("concurrency", [1, 3])
def test_an_error_on_a_later_page_raises_after_the_earlier_pages(loopback: Loopback, concurrency: int) -> None:
    listing = serve(loopback, Listing(customers(50)))
    listing.fail_pages[3] = Reply(500, {"message": "boom on page 3"})
    with client(loopback) as vn:
        it = vn.paginate(customer_get_all, page_size=10, max_concurrency=concurrency)
        got: list[Any] = []
        with pytest.raises(errors.ServerError, match="boom on page 3"):
            for record in it:
                got.append(record)  # noqa: PERF402 (records before the error must be kept)
    assert numbers(got) == list(range(1, 21))


def test_closing_an_iterator_early_stops_fetching(loopback: Loopback) -> None:
    listing = serve(loopback, Listing(customers(100)))
    with client(loopback) as vn:
        it = vn.paginate(customer_get_all, page_size=10, max_concurrency=3)
        first = [next(it) for _ in range(3)]
        it.close()
        assert numbers(first) == [1, 2, 3]
        served = len(listing.served)
        assert served <= 3
        with pytest.raises(StopIteration):
            next(it)
    assert len(listing.served) == served


def test_pagination_dto_shape_pages_and_types_records(loopback: Loopback) -> None:
    terms = [{"termsId": f"T{i:02d}", "description": f"term {i}"} for i in range(1, 8)]
    listing = serve(loopback, Listing(terms, shape="pagination-dto"), "/v1/creditTerm")
    with client(loopback) as vn:
        pages = list(vn.pages(credit_term_get_credit_terms, page_size=3))
    assert [len(p.records) for p in pages] == [3, 3, 1]
    assert all(isinstance(r, CreditTermDto) for p in pages for r in p.records)
    assert [r.terms_id for p in pages for r in p.records] == [t["termsId"] for t in terms]
    assert pages[0].total_count == 7
    assert [n for n, _ in listing.served] == [1, 2, 3]


def test_raw_routes_page_as_dicts(loopback: Loopback) -> None:
    serve(loopback, Listing(customers(12)))
    with client(loopback) as vn:
        found = list(vn.paginate("GET /v1/customer", status="Active", page_size=5))
    assert found == [dict(c, metadata={"totalCount": 12}) for c in customers(12)]


def test_unknown_raw_route_is_paged_when_the_response_looks_paged(loopback: Loopback) -> None:
    listing = serve(loopback, Listing(customers(7)), "/v9/newlist")
    loopback.route("GET", "/v9/plain", Reply(200, [{"a": 1}, {"a": 2}]))
    with client(loopback) as vn:
        assert len(list(vn.paginate("GET /v9/newlist", page_size=3))) == 7
        assert list(vn.paginate("GET /v9/plain", page_size=1)) == [{"a": 1}, {"a": 2}]
    assert [n for n, _ in listing.served] == [1, 2, 3]
    assert len([s for s in loopback.requests if s.path == "/v9/plain"]) == 1


def test_an_operation_that_does_not_page_yields_its_single_result(loopback: Loopback) -> None:
    loopback.route("GET", "/v1/customer/1", Reply(200, {"internalId": 1, "number": "1"}))
    with client(loopback) as vn:
        (only,) = list(vn.paginate(customer_get_bycustomer_cd, customer_cd="1", page_size=50))
        (page,) = list(vn.pages(customer_get_bycustomer_cd, customer_cd="1"))
    assert isinstance(only, CustomerDto) and only.internal_id == 1
    assert page.number == 1 and page.total_count is None
    assert all(s.query == {} for s in loopback.requests)  # no paging parameters invented


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"number_to_read": 10}, "numberToRead cannot be combined with paging"),
        ({"skipRecords": 10}, "skipRecords cannot be combined with paging"),
        ({"page_number": 2}, "set pageNumber themselves"),
        ({"page_size": 0}, "page_size must be a positive int"),
        ({"max_concurrency": 0}, "max_concurrency must be an int >= 1"),
        ({"max_pages": 0}, "max_pages must be an int >= 1"),
        ({"bogus": 1}, "unknown keyword 'bogus'"),
        ({"erp_api_background": "none"}, "a background call"),
        ({"last_modified_date_time": "2025-01-01"}, "needs lastModifiedDateTimeCondition"),
    ],
)
def test_bad_paging_arguments_fail_before_any_request(loopback: Loopback, kwargs: dict[str, Any], message: str) -> None:
    serve(loopback, Listing(customers(3)))
    with client(loopback) as vn, pytest.raises(InvalidArgument, match=message):
        vn.paginate(customer_get_all, **kwargs)
    assert loopback.requests == []


def test_only_get_can_be_paged(loopback: Loopback) -> None:
    with client(loopback) as vn, pytest.raises(InvalidArgument, match="only GET"):
        vn.paginate("POST /v1/customer")
    assert loopback.requests == []


def test_duplicate_detection_memory_stays_bounded_on_long_listings(loopback: Loopback) -> None:
    from vismanet_ext.pagination import DEDUPE_WINDOW_PAGES

    serve(loopback, Listing(customers(200)))
    with client(loopback) as vn:
        pages = vn.pages(customer_get_all, page_size=10)
        assert sum(len(p.records) for p in pages) == 200
    window = pages._plan.seen
    assert len(window) == DEDUPE_WINDOW_PAGES
    assert sum(len(keys) for keys in window) <= DEDUPE_WINDOW_PAGES * 10


def test_the_page_that_ends_the_listing_is_fetched_alongside_the_others(loopback: Loopback) -> None:
    # 30 records at 10 a page: page 4 (empty) proves the end. It must not wait for pages 2 and 3 to finish,
    # or a concurrent export pays one lone round trip more.
    arrived = {n: threading.Event() for n in range(1, 6)}

    def gate(number: int) -> None:
        arrived[number].set()
        if number == 2:
            assert arrived[4].wait(5), "the terminating page was not requested while page 2 was in flight"

    listing = serve(loopback, Listing(customers(30), max_page_size=10))
    listing.gate = gate
    with client(loopback) as vn:
        it = vn.paginate(customer_get_all, page_size=10, max_concurrency=4)
        assert numbers(list(it)) == list(range(1, 31))
    assert it.stats.requests == 4
