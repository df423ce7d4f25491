"""Auto-paging over Visma's ``pageNumber`` / ``pageSize`` lists, sync and async, sequential or concurrent.

The rules (from Visma's pagination guide, and what it leaves out):

* Every page is requested with exactly the same filters; only ``pageNumber`` changes.
* The effective page size is ``min(page_size, maxPageSize)`` once the server reports ``maxPageSize`` in
  the records' ``metadata`` (or, if it never does, once page 1 comes back shorter than asked while
  ``totalCount`` says there is more: that length is the server's cap). Asking for 5000 when the cap is
  1000 therefore still returns every record.
* ``totalCount`` is re-read on every page (records may be added while paging), but paging ends only on an
  empty or short page, never on a count that may be stale; a hard cap on pages (``max_pages``) turns a
  server that never ends into a clear :class:`PaginationLimitExceeded` instead of a hang.
* A record seen twice because other users shifted the pages is yielded once (see :class:`RecordKey`).
* ``max_concurrency > 1`` fetches the following pages in parallel once page 1 told the count (including the
  page that should end the listing: the short one, or the empty one after a full last page), yields in
  page order, and holds at most ``max_concurrency`` pages (in flight or waiting) at any time; past that
  it continues one page at a time while the last page was full (records added while paging).
* Worker threads (tasks) only do I/O: send the request and read the body. Decoding and building records
  (``finish``) happen in page order where the pages are consumed. Decoding is CPU under the GIL, so
  parsing several pages at once in threads only interleaves them: every page is then ready late, the
  window's slots free up in bursts, and the next requests leave late. In order, page *n* is ready as soon
  as its own parse is done and the request that replaces it leaves right after.
* A request just submitted goes out before the next page is decoded: decoding a 1,000-record page holds
  the GIL (or the event loop) for tens of milliseconds, and a request waiting behind it reaches the server
  that much later, once per page. The fetch function reports "sent" (the client does, through httpcore's
  ``trace`` extension); when the transport never reports it, nothing waits.
* Errors are never hidden: a failed page raises from the iterator when its turn comes (after the pages
  before it were yielded), and the pages still in flight are cancelled.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import deque
from collections.abc import AsyncGenerator, Callable, Coroutine, Generator, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from .errors import InvalidArgument, VismaNetError
from .result import Result

# How many preceding pages a repeated record is looked for in (see Pager.seen).
DEDUPE_WINDOW_PAGES = 3

__all__ = [
    "DEFAULT_MAX_PAGES",
    "DEFAULT_PAGE_SIZE",
    "AsyncPageIterator",
    "AsyncRecordIterator",
    "FetchedPage",
    "Page",
    "PageIterator",
    "PaginationLimitExceeded",
    "PagingStats",
    "RecordIterator",
    "RecordKey",
    "split_body",
]

T = TypeVar("T")

#: Sent as ``pageSize`` when none is given; capped to the server's ``maxPageSize`` once known.
DEFAULT_PAGE_SIZE = 1000
#: No listing in Visma legitimately needs more pages than this at the default page size.
DEFAULT_MAX_PAGES = 10_000


class PaginationLimitExceeded(VismaNetError):
    """The server kept returning full pages past ``max_pages``; paging stopped instead of looping forever."""


@dataclass(slots=True)
class PagingStats:
    """What an iteration did; ``peak_pages_held`` counts pages in flight plus fetched-but-not-yet-consumed."""

    requests: int = 0
    pages: int = 0
    records: int = 0
    duplicates_skipped: int = 0
    peak_pages_held: int = 0
    dedupe_disabled: bool = False


@dataclass(slots=True)
class FetchedPage:
    """One response split into records (internal: what a fetch function returns)."""

    number: int
    page_size: int | None
    result: Result[Any]
    raw_records: list[Any]
    records: list[Any]
    total_count: int | None
    max_page_size: int | None
    paged_shape: bool


@dataclass(slots=True)
class Page(Generic[T]):
    """One page: its records (typed for generated operations, dicts for raw routes; duplicates removed)."""

    records: list[T]
    number: int
    total_count: int | None
    max_page_size: int | None
    page_size: int | None
    result: Result[Any] = field(repr=False)
    duplicates_skipped: int = 0


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _metadata_of(records: list[Any]) -> tuple[int | None, int | None, bool]:
    for record in records[:1]:
        if isinstance(record, dict):
            meta = record.get("metadata")
            if isinstance(meta, dict):
                total = _int_or_none(meta.get("totalCount"))
                return total, _int_or_none(meta.get("maxPageSize")), total is not None
    return None, None, False


def split_body(raw: Any, typed: Any) -> tuple[list[Any], list[Any], int | None, int | None, bool]:
    """(raw records, typed records, totalCount, maxPageSize, looks-paged) of one response body.

    Visma has two list shapes: a JSON array whose records carry ``metadata: {totalCount, maxPageSize}``,
    and ``BasePaginationDto`` (``{"records": [...], "totalCount": n, ...}``). Anything else is one value.
    """
    if isinstance(raw, list):
        typed_records = typed if isinstance(typed, list) and len(typed) == len(raw) else raw
        total, max_size, shaped = _metadata_of(raw)
        return raw, typed_records, total, max_size, shaped
    if isinstance(raw, dict) and isinstance(raw.get("records"), list):
        records: list[Any] = raw["records"]
        typed_list = getattr(typed, "records", None)
        typed_records = typed_list if isinstance(typed_list, list) and len(typed_list) == len(records) else records
        total = _int_or_none(raw.get("totalCount"))
        meta_total, max_size, _ = _metadata_of(records)
        max_size = _int_or_none(raw.get("maxPageSize")) or max_size
        if total is None:
            total = meta_total
        return records, typed_records, total, max_size, total is not None
    if raw is None:
        return [], [], None, None, False
    return [raw], [typed if typed is not None else raw], None, None, False


# -- record identity -----------------------------------------------------------------------------------

_SUFFIXES = ("number", "nbr", "no", "cd")
#: Identifier fields tried after the single-GET's path parameter, in this order.
GENERIC_KEY_FIELDS = ("internalId", "id", "number", "referenceNumber", "refNbr", "orderNbr", "batchNumber", "recordId")
#: Added to the key when present, because the identifier is unique only within them in Visma
#: (reference numbers per document type, batch numbers per module, lines per batch, kits per revision).
DISCRIMINATOR_FIELDS = (
    "documentType",
    "type",
    "tranType",
    "orderType",
    "recordType",
    "module",
    "batchNumber",
    "lineNumber",
    "lineNo",
    "revision",
)


def _canon(name: str) -> str:
    lowered = name.lower()
    for suffix in _SUFFIXES:
        if lowered.endswith(suffix):
            return lowered[: -len(suffix)] + "#"
    return lowered


class RecordKey:
    """How a listing's records are identified, to skip a record a page shift showed twice.

    The rule, derived from the operation index only:

    1. the path parameter of the matching single-record GET (``GET /v1/customer`` -> ``GET
       /v1/customer/{customerCd}`` -> ``customerCd``), matched to a record field case-insensitively and
       treating the suffixes Number/Nbr/No/Cd as one (``shipmentNbr`` matches ``shipmentNumber``);
    2. else the first present of ``internalId, id, number, referenceNumber, refNbr, orderNbr,
       batchNumber, recordId`` (same matching);
    3. plus any present of ``documentType, type, tranType, orderType, recordType, module, batchNumber,
       lineNumber, lineNo, revision``.

    Only scalar values count. A record without a key is always yielded. If two records of the *same*
    page share a key, the key is not unique for this listing (a page is one consistent snapshot), so
    de-duplication switches itself off for the rest of the iteration rather than risk dropping data.
    """

    __slots__ = ("candidates", "_field", "_discriminators")

    def __init__(self, candidates: Iterable[str]) -> None:
        self.candidates = tuple(dict.fromkeys(_canon(c) for c in candidates))
        self._field: str | None = None
        self._discriminators: tuple[str, ...] | None = None

    def _resolve(self, record: dict[str, Any]) -> None:
        by_canon: dict[str, str] = {}
        for name, value in record.items():
            if isinstance(value, (str, int)) and not isinstance(value, bool):
                by_canon.setdefault(_canon(name), name)
        for candidate in self.candidates:
            found = by_canon.get(candidate)
            if found is not None:
                self._field = found
                break
        self._discriminators = tuple(d for d in DISCRIMINATOR_FIELDS if d in record and d != self._field)

    def __call__(self, record: Any) -> tuple[Any, ...] | None:
        if not isinstance(record, dict):
            return None
        if self._discriminators is None:
            self._resolve(record)
        name = self._field
        if name is None:
            return None
        value = record.get(name)
        if value is None or isinstance(value, (bool, dict, list)):
            return None
        assert self._discriminators is not None
        return (value, *(_hashable(record.get(d)) for d in self._discriminators))

    def keys(self, records: list[Any]) -> list[tuple[Any, ...] | None]:
        """``[self(r) for r in records]``, without a call per record (a page has up to thousands)."""
        if self._discriminators is None:
            first = next((r for r in records if isinstance(r, dict)), None)
            if first is None:
                return [None] * len(records)
            self._resolve(first)
        name = self._field
        if name is None:
            return [None] * len(records)
        discriminators = self._discriminators
        assert discriminators is not None
        found: list[tuple[Any, ...] | None] = []
        append = found.append
        for record in records:
            value = record.get(name) if isinstance(record, dict) else None
            if value is None or isinstance(value, (bool, dict, list)):
                append(None)
            elif discriminators:
                append((value, *(_hashable(record.get(d)) for d in discriminators)))
            else:
                append((value,))
        return found

    @classmethod
    def for_operation(cls, op: Any | None) -> RecordKey:
        """The key rule for a listing operation (``op`` from the index; None for unknown raw routes)."""
        first: list[str] = []
        if op is not None:
            first = _single_get_params(op.path)
        return cls([*first, *GENERIC_KEY_FIELDS])


def _hashable(value: Any) -> Any:
    return value if isinstance(value, (str, int, float, type(None))) else repr(value)


_SINGLE_GET: dict[str, list[str]] | None = None
_SINGLE_GET_LOCK = threading.Lock()


def _single_get_params(path: str) -> list[str]:
    """Path parameter names of ``GET <path>/{x}`` operations, e.g. ``["customerCd"]`` for ``/v1/customer``."""
    global _SINGLE_GET
    table = _SINGLE_GET
    if table is None:
        from vismanet_client._operations import OPERATIONS

        built: dict[str, list[str]] = {}
        for op in OPERATIONS:
            if op.method != "GET":
                continue
            parent, _, last = op.path.rpartition("/")
            if last.startswith("{") and last.endswith("}"):
                built.setdefault(parent.lower(), []).append(last[1:-1])
        with _SINGLE_GET_LOCK:
            _SINGLE_GET = table = built
    return list(table.get(path.lower(), ()))


# -- the plan shared by the sync and async drivers -----------------------------------------------------


class _Plan:
    """Decides which page to fetch next and when to stop; I/O-free so sync and async share it."""

    __slots__ = (
        "requested",
        "size",
        "max_concurrency",
        "max_pages",
        "paged",
        "last_planned",
        "next_number",
        "done",
        "key",
        "seen",
        "stats",
        "route",
    )

    def __init__(
        self,
        *,
        page_size: int | None,
        max_concurrency: int,
        max_pages: int,
        paged: bool | None,
        key: RecordKey,
        stats: PagingStats,
        route: str,
    ) -> None:
        self.requested = page_size
        self.size = page_size
        self.max_concurrency = max_concurrency
        self.max_pages = max_pages
        self.paged = paged  # True: pages; False: a single response; None: decide from page 1's shape
        self.last_planned = 1
        self.next_number = 1
        self.done = False
        self.key = key
        # Keys of the last few pages only: a record shifted by concurrent inserts reappears on a nearby
        # page, so a bounded window catches it while memory stays flat however long the listing is.
        self.seen: deque[set[tuple[Any, ...]]] = deque(maxlen=DEDUPE_WINDOW_PAGES)
        self.stats = stats
        self.route = route

    def page_size_for(self, number: int) -> int | None:
        return self.requested if number == 1 else self.size

    def next_to_submit(self, outstanding: int, capacity: int) -> int | None:
        """The next page number to request now, or None (window full, plan exhausted, or done)."""
        if self.done or outstanding >= capacity:
            return None
        number = self.next_number
        # Beyond the count (or before it is known) only one page at a time: it is probably empty.
        if number > self.last_planned and outstanding > 0:
            return None
        if number > self.max_pages:
            if outstanding > 0:
                return None
            raise PaginationLimitExceeded(
                f"{self.route}: still full pages after {self.max_pages} pages (max_pages); the server may be "
                "ignoring pageNumber. Raise max_pages if the listing really is this long."
            )
        self.next_number = number + 1
        return number

    def observe(self, fetched: FetchedPage) -> Page[Any]:
        """Account for one page (in page order): update size/count, decide whether to stop, de-duplicate."""
        count = len(fetched.raw_records)
        stats = self.stats
        stats.pages += 1
        if fetched.number == 1:
            if self.paged is None:
                self.paged = fetched.paged_shape
            requested = self.requested
            if fetched.max_page_size and requested:
                self.size = min(requested, fetched.max_page_size)
            elif requested and 0 < count < requested and (fetched.total_count or 0) > count:
                self.size = count  # the server capped the page without saying so
        size = self.size
        if not self.paged or size is None:
            self.done = True
        elif count == 0 or count < size:
            self.done = True
        elif fetched.total_count is not None:
            # Plan through the page that should end the listing: the short page, or the empty page after
            # a last full one. Requesting it alongside the others saves a lone round trip at the end.
            self.last_planned = max(self.last_planned, fetched.total_count // size + 1)
        return self._dedupe(fetched)

    def _dedupe(self, fetched: FetchedPage) -> Page[Any]:
        records = fetched.records
        skipped = 0
        stats = self.stats
        if self.paged and not stats.dedupe_disabled:
            keys = self.key.keys(fetched.raw_records)
            keyed = [k for k in keys if k is not None]
            page_keys = set(keyed)
            if len(page_keys) != len(keyed):
                stats.dedupe_disabled = True  # not unique within one snapshot: never drop on this key
            else:
                repeated: set[tuple[Any, ...]] = set()
                for earlier in self.seen:
                    repeated |= page_keys & earlier
                if repeated:
                    kept = [r for k, r in zip(keys, records, strict=True) if k is None or k not in repeated]
                    skipped = len(records) - len(kept)
                    records = kept
                self.seen.append(page_keys)
        stats.duplicates_skipped += skipped
        stats.records += len(records)
        return Page(
            records=records,
            number=fetched.number,
            total_count=fetched.total_count,
            max_page_size=fetched.max_page_size,
            page_size=fetched.page_size,
            result=fetched.result,
            duplicates_skipped=skipped,
        )

    def hold(self, held: int) -> None:
        if held > self.stats.peak_pages_held:
            self.stats.peak_pages_held = held


def check_paging_args(page_size: int | None, max_concurrency: int, max_pages: int) -> None:
    if page_size is not None and (not isinstance(page_size, int) or isinstance(page_size, bool) or page_size < 1):
        raise InvalidArgument(f"page_size must be a positive int, got {page_size!r}")
    if not isinstance(max_concurrency, int) or isinstance(max_concurrency, bool) or max_concurrency < 1:
        raise InvalidArgument(f"max_concurrency must be an int >= 1, got {max_concurrency!r}")
    if not isinstance(max_pages, int) or isinstance(max_pages, bool) or max_pages < 1:
        raise InvalidArgument(f"max_pages must be an int >= 1, got {max_pages!r}")


# -- sync ------------------------------------------------------------------------------------------------

#: I/O only: send the request for (page number, page size), call ``sent()`` once it has left if the
#: transport can tell (optional), and return the received response.
FetchFn = Callable[[int, "int | None", Callable[[], None]], Any]
AsyncFetchFn = Callable[[int, "int | None", Callable[[], None]], Coroutine[Any, Any, Any]]
#: CPU only: turn (page number, page size, what fetch returned) into a page; called in page order.
FinishFn = Callable[[int, "int | None", Any], FetchedPage]

#: At most this long, decoding waits for requests just submitted to leave (a rate limiter may hold them).
SEND_HEAD_START = 0.02


class _SendReports:
    """Whether the fetch function reports sent requests: only then is waiting for the report worthwhile."""

    __slots__ = ("seen",)

    def __init__(self) -> None:
        self.seen = False

    def settle(self, sent: threading.Event | asyncio.Event) -> None:
        """At the end of a fetch: note whether it reported its send; release anyone still waiting."""
        if sent.is_set():
            self.seen = True
        else:
            sent.set()


def _nothing() -> None:
    """``sent`` for a page fetched in the consumer itself: nothing is waiting for it."""


class PageIterator(Generic[T]):
    """Iterates :class:`Page` objects; ``stats`` tells what it did. Closing it cancels pages in flight."""

    def __init__(self, fetch: FetchFn, plan: _Plan, finish: FinishFn) -> None:
        self._fetch = fetch
        self._finish = finish
        self._plan = plan
        self.stats = plan.stats
        self._gen = self._run()

    def __iter__(self) -> PageIterator[T]:
        return self

    def __next__(self) -> Page[T]:
        return next(self._gen)

    def close(self) -> None:
        self._gen.close()

    def __enter__(self) -> PageIterator[T]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _run(self) -> Generator[Page[T], None, None]:
        plan = self._plan
        concurrency = plan.max_concurrency
        pool = (
            ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="vismanet-page") if concurrency > 1 else None
        )
        window: deque[tuple[int, int | None, Future[Any] | None]] = deque()
        fetch, finish = self._fetch, self._finish
        reports = _SendReports()

        def fetch_in_worker(number: int, size: int | None, sent: threading.Event) -> Any:
            try:
                return fetch(number, size, sent.set)
            finally:
                reports.settle(sent)

        def submit(capacity: int) -> None:
            leaving: list[threading.Event] = []
            while True:
                number = plan.next_to_submit(len(window), capacity)
                if number is None:
                    break
                plan.stats.requests += 1
                size = plan.page_size_for(number)
                if pool is None:
                    window.append((number, size, None))  # fetched lazily when its turn comes
                else:
                    sent = threading.Event()
                    leaving.append(sent)
                    window.append((number, size, pool.submit(fetch_in_worker, number, size, sent)))
                plan.hold(len(window))
            if leaving and reports.seen:
                deadline = time.monotonic() + SEND_HEAD_START
                for sent in leaving:
                    if not sent.wait(max(0.0, deadline - time.monotonic())):
                        break

        try:
            submit(concurrency)
            while window:
                number, size, future = window.popleft()
                received = future.result() if future is not None else fetch(number, size, _nothing)
                fetched = finish(number, size, received)
                del received
                page = plan.observe(fetched)
                del fetched
                if plan.done:
                    for _, _, pending in window:
                        if pending is not None:
                            pending.cancel()
                    window.clear()
                else:
                    submit(concurrency - 1)  # this page is held by the consumer while it is yielded
                plan.hold(len(window) + 1)
                yield page
                del page
                submit(concurrency)
        finally:
            for _, _, pending in window:
                if pending is not None:
                    pending.cancel()
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)


class RecordIterator(Generic[T]):
    """Iterates records across pages (see :class:`PageIterator`); ``stats`` tells what it did."""

    def __init__(self, pages: PageIterator[T]) -> None:
        self._pages = pages
        self.stats = pages.stats
        self._gen = self._run()

    def __iter__(self) -> RecordIterator[T]:
        return self

    def __next__(self) -> T:
        return next(self._gen)

    def close(self) -> None:
        self._gen.close()
        self._pages.close()

    def __enter__(self) -> RecordIterator[T]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _run(self) -> Generator[T, None, None]:
        pages = self._pages
        while True:
            page = next(pages, None)
            if page is None:
                return
            records = page.records
            del page  # hold only the records while they are consumed
            yield from records
            del records


# -- async -----------------------------------------------------------------------------------------------


class AsyncPageIterator(Generic[T]):
    """``async for`` over :class:`Page` objects; ``aclose()`` cancels pages in flight."""

    def __init__(self, fetch: AsyncFetchFn, plan: _Plan, finish: FinishFn) -> None:
        self._fetch = fetch
        self._finish = finish
        self._plan = plan
        self.stats = plan.stats
        self._gen = self._run()

    def __aiter__(self) -> AsyncPageIterator[T]:
        return self

    async def __anext__(self) -> Page[T]:
        return await self._gen.__anext__()

    async def aclose(self) -> None:
        await self._gen.aclose()

    async def __aenter__(self) -> AsyncPageIterator[T]:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def _run(self) -> AsyncGenerator[Page[T], None]:
        plan = self._plan
        concurrency = plan.max_concurrency
        window: deque[tuple[int, int | None, asyncio.Task[Any] | None]] = deque()
        loop = asyncio.get_running_loop()
        fetch, finish = self._fetch, self._finish
        reports = _SendReports()

        async def fetch_in_task(number: int, size: int | None, sent: asyncio.Event) -> Any:
            try:
                return await fetch(number, size, sent.set)
            finally:
                reports.settle(sent)

        async def submit(capacity: int) -> None:
            leaving: list[asyncio.Event] = []
            while True:
                number = plan.next_to_submit(len(window), capacity)
                if number is None:
                    break
                plan.stats.requests += 1
                size = plan.page_size_for(number)
                if concurrency == 1:
                    window.append((number, size, None))
                else:
                    sent = asyncio.Event()
                    leaving.append(sent)
                    window.append((number, size, loop.create_task(fetch_in_task(number, size, sent))))
                plan.hold(len(window))
            if not leaving:
                return
            if not reports.seen:
                await asyncio.sleep(0)  # at least start the new tasks before decoding holds the loop
                return
            try:
                async with asyncio.timeout(SEND_HEAD_START):
                    for sent in leaving:
                        await sent.wait()
            except TimeoutError:
                pass

        try:
            await submit(concurrency)
            while window:
                number, size, task = window.popleft()
                received = await task if task is not None else await fetch(number, size, _nothing)
                fetched = finish(number, size, received)
                del received
                page = plan.observe(fetched)
                del fetched
                if plan.done:
                    await _cancel_all(window)
                else:
                    await submit(concurrency - 1)
                plan.hold(len(window) + 1)
                yield page
                del page
                await submit(concurrency)
        finally:
            await _cancel_all(window)


async def _cancel_all(window: deque[tuple[int, int | None, asyncio.Task[Any] | None]]) -> None:
    tasks = [task for _, _, task in window if task is not None]
    window.clear()
    for task in tasks:
        task.cancel()
    if tasks:
        await asyncio.gather(*tasks, return_exceptions=True)


class AsyncRecordIterator(Generic[T]):
    """``async for`` over records across pages."""

    def __init__(self, pages: AsyncPageIterator[T]) -> None:
        self._pages = pages
        self.stats = pages.stats
        self._gen = self._run()

    def __aiter__(self) -> AsyncRecordIterator[T]:
        return self

    async def __anext__(self) -> T:
        return await self._gen.__anext__()

    async def aclose(self) -> None:
        await self._gen.aclose()
        await self._pages.aclose()

    async def __aenter__(self) -> AsyncRecordIterator[T]:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def _run(self) -> AsyncGenerator[T, None]:
        pages = self._pages
        while True:
            try:
                page = await pages.__anext__()
            except StopAsyncIteration:
                return
            records = page.records
            del page
            for record in records:
                yield record
            del records
