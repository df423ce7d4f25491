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
import json
import threading
import time
from array import array
from bisect import bisect_left
from collections import deque
from collections.abc import AsyncGenerator, Callable, Coroutine, Generator, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, Generic, TypeVar

from ._malloc import tune_memory_once
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
    "IncompleteListing",
    "Page",
    "PageIterator",
    "PaginationLimitExceeded",
    "PagingStats",
    "RecordIterator",
    "RecordKey",
    "RepeatingPages",
    "split_body",
]

T = TypeVar("T")

#: Sent as ``pageSize`` when none is given; capped to the server's ``maxPageSize`` once known.
DEFAULT_PAGE_SIZE = 1000
#: No listing in Visma legitimately needs more pages than this at the default page size.
DEFAULT_MAX_PAGES = 10_000


class PaginationLimitExceeded(VismaNetError):
    """The server kept returning full pages past ``max_pages``; paging stopped instead of looping forever."""


class RepeatingPages(PaginationLimitExceeded):
    """Consecutive pages brought nothing new at an unchanged count: the server ignores ``pageNumber``."""


class IncompleteListing(VismaNetError):
    """Paging could not make sure every record was yielded; raised after the records it did yield.

    ``yielded`` and ``total_count`` are in ``unit`` ("records", or "lines" for listings whose pages count
    lines). Never swallowed: a caller that stores a watermark must not advance it past this listing.
    """

    def __init__(self, message: str, *, route: str, yielded: int, total_count: int | None, unit: str = "records") -> None:
        super().__init__(message)
        self.route = route
        self.yielded = yielded
        self.total_count = total_count
        self.unit = unit


@dataclass(slots=True)
class PagingStats:
    """What an iteration did; ``peak_pages_held`` counts pages in flight plus fetched-but-not-yet-consumed.

    ``requests`` counts every page request; ``rereads`` those spent stepping back after ``totalCount``
    changed (included in ``requests``), ``rescans`` the second passes made because fewer records than the
    final count were yielded, ``pages_discarded`` responses read but thrown away (a page that did not
    continue the listing, or was overtaken by a re-read).
    """

    requests: int = 0
    pages: int = 0
    records: int = 0
    duplicates_skipped: int = 0
    peak_pages_held: int = 0
    dedupe_disabled: bool = False
    count_changes: int = 0
    rereads: int = 0
    rescans: int = 0
    pages_discarded: int = 0


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
    #: This page number was yielded before: it was read again after the count changed, and holds only
    #: the records that had shifted onto it.
    reread: bool = False


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

    __slots__ = ("_discriminators", "_field", "candidates")

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

    def fields(self, record: Any) -> list[str] | None:
        """The names of the fields that make up ``record``'s key (in key order), or None when it has none.

        For consumers that declare the same key elsewhere (the dlt source's primary key).
        """
        if self(record) is None:
            return None
        assert self._field is not None and self._discriminators is not None
        return [self._field, *self._discriminators]

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
        if not discriminators:  # the common case (one key field)
            if type(records) is list:
                try:  # C loops, no Python call per record: every record a dict holding a str/int key
                    values = list(map(itemgetter(name), records))
                except (KeyError, TypeError, IndexError):
                    values = None
                if values is not None and set(map(type, values)) <= _PLAIN_KEY_TYPES:
                    return list(zip(values))  # 1-tuples
            return [
                None
                if (value := record.get(name) if type(record) is dict else _field_of(record, name)) is None
                or isinstance(value, (bool, dict, list))
                else (value,)
                for record in records
            ]
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


#: Key values the fast path of `RecordKey.keys` takes as they are (bool is not int here: type() is exact).
_PLAIN_KEY_TYPES = frozenset((str, int))


def _field_of(record: Any, name: str) -> Any:
    """``record.get(name)`` for a dict (subclasses too), None for anything else (a key-less record)."""
    return record.get(name) if isinstance(record, dict) else None


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

#: Consecutive pages that repeat what was already yielded (same count, no new record or line) before
#: the server is taken to ignore ``pageNumber``.
REPEAT_LIMIT = 2
#: Re-reads allowed because the count kept changing, on top of one per page of the listing.
REREAD_ALLOWANCE = 10
#: Identity of a journal line (or any line) when merging a record split across pages; else its content.
LINE_ID_FIELDS = ("lineNumber", "lineNbr", "lineNo", "lineId", "id")


def _line_id(line: Any) -> Any:
    if isinstance(line, dict):
        for name in LINE_ID_FIELDS:
            value = line.get(name)
            if isinstance(value, (str, int)) and not isinstance(value, bool):
                return (name, value)
        return ("=", json.dumps(line, sort_keys=True, default=str))
    return ("=", repr(line))


class _Tail:
    """The last record of a full page of a line-counted listing, held back until its lines are complete.

    Visma's ``GET /v2/journaltransaction`` counts lines per page, so a batch can continue on the next
    page; its continuation has the same key and the following lines. Lines already held (a re-read page
    repeats them) are recognised by :data:`LINE_ID_FIELDS` and not added twice.
    """

    __slots__ = ("attr", "extra", "key", "line_ids", "raw", "typed", "wire")

    def __init__(self, key: tuple[Any, ...] | None, raw: Any, typed: Any, lines: tuple[str, str]) -> None:
        self.key = key
        self.raw = raw
        self.typed = typed
        self.wire, self.attr = lines
        own = raw.get(self.wire) if isinstance(raw, dict) else None
        self.line_ids = {_line_id(line) for line in own} if isinstance(own, list) else set()
        self.extra: list[Any] = []  # continuations that could not be merged into the typed record

    def merge(self, raw: Any, typed: Any) -> int:
        """Add the continuation's new lines; returns how many were new."""
        incoming = raw.get(self.wire) if isinstance(raw, dict) else None
        own = self.raw.get(self.wire) if isinstance(self.raw, dict) else None
        if not isinstance(incoming, list) or not isinstance(own, list):
            self.extra.append(typed)  # not mergeable: yield it as it came rather than drop anything
            return _units_of(raw, self.wire)
        fresh = [i for i, line in enumerate(incoming) if _line_id(line) not in self.line_ids]
        if not fresh:
            return 0
        if self.typed is not self.raw:
            mine, theirs = getattr(self.typed, self.attr, None), getattr(typed, self.attr, None)
            if isinstance(mine, list) and len(mine) == len(own) and isinstance(theirs, list) and len(theirs) == len(incoming):
                mine.extend(theirs[i] for i in fresh)
            else:
                self.extra.append(typed)
        for i in fresh:
            own.append(incoming[i])
            self.line_ids.add(_line_id(incoming[i]))
        return len(fresh)


def _units_of(raw: Any, wire: str | None) -> int:
    """What one record counts for in ``pageSize``/``totalCount``: 1, or its lines on a line-counted listing."""
    if wire is None:
        return 1
    lines = raw.get(wire) if isinstance(raw, dict) else None
    return len(lines) if isinstance(lines, list) else 1


@dataclass(slots=True)
class _Observed:
    """A page that was read but not yet proven to continue what was yielded (held until it is)."""

    fetched: FetchedPage
    keys: list[tuple[Any, ...] | None]
    units: int
    against: int | None  # the proven count when it was observed


class _Plan:
    """Decides which page to fetch next, proves each page continues the last, de-duplicates; I/O-free.

    **Proof.** Offset paging reads positions; other users' deletes move later records onto pages already
    read, inserts move records onto the next page. A page *continues* what was yielded when it is page 1,
    or the next page read at the same ``totalCount`` as the last proven page (same snapshot), or when it
    holds a record already yielded (an *anchor*: everything before an anchor was yielded, and the page
    covers everything after it). A page that is none of these (the count changed and nothing on it was
    seen) is held, not yielded, and the page before it is read again (and the one before that, while no
    anchor turns up); once one is proven the held pages that continue it follow, the rest are re-read.
    Records that shifted back onto re-read pages are new there and yielded; the ones seen before are
    skipped (:class:`RecordKey`). Without usable record keys this cannot be done: a changed count then
    raises :class:`IncompleteListing`.

    **End.** A proven page shorter than the page size (in lines for line-counted listings) ends the
    listing. Then the units yielded are compared with its ``totalCount``: if fewer (records inserted on
    pages already read, or a server that drops records), the listing is scanned once more from page 1,
    yielding only records not yielded yet (a sorted array of key hashes, 8 bytes per record), and stops
    as soon as the count is met; still short -> :class:`IncompleteListing`.
    """

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
        lines: tuple[str, str] | None = None,
    ) -> None:
        self.requested = page_size
        self.size = page_size
        self.max_concurrency = max_concurrency
        self.max_pages = max_pages
        self.paged = paged  # True: pages; False: a single response; None: decide from page 1's shape
        self.key = key
        self.stats = stats
        self.route = route
        self.lines = lines
        self.wire = lines[0] if lines else None
        self.unit = "lines" if lines else "records"
        self.started = False
        self.last_planned = 1
        self.next_number = 1
        self.done = False
        self.restart = False  # the driver drops the pages in flight (a re-scan starts from page 1)
        # Keys of the pages yielded most recently: a record shifted by other users reappears on a nearby
        # page, so a bounded window catches it while memory stays flat however long the listing is.
        self.seen: deque[set[tuple[Any, ...]]] = deque()
        self.seen_limit = DEDUPE_WINDOW_PAGES
        self.proven_number = 0
        self.proven_total: int | None = None
        self.accepted_max = 0
        self.highest_seen = 0
        self.last_total: int | None = None
        self.held: dict[int, _Observed] = {}
        self.urgent_number: int | None = None  # a page to (re-)read before the next one in the window
        self.tail: _Tail | None = None
        self.repeats = 0
        self.yielded_units = 0
        self.yielded_hashes = array("q")  # hash of every yielded record's key, for the re-scan
        self.unkeyed_yielded = False
        self.rescanning = False
        self.rescan_index: array[int] | None = None
        self.rescan_found: set[int] = set()
        self.incomplete: IncompleteListing | None = None

    # -- what to fetch ---------------------------------------------------------------------------------

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

    def take_urgent(self) -> int | None:
        """A page to read right now (a step back after the count changed), counted as a re-read."""
        number = self.urgent_number
        if number is not None:
            self.urgent_number = None
            self.stats.rereads += 1
            if self.stats.rereads > REREAD_ALLOWANCE + self.highest_seen:
                raise IncompleteListing(
                    f"{self.route}: the listing kept changing while it was paged ({self.stats.rereads - 1} pages "
                    f"re-read after totalCount changed); {self.stats.records} records were yielded but they may "
                    "not be all. Retry when fewer records are being added or deleted.",
                    route=self.route, yielded=self.yielded_units, total_count=self.last_total, unit=self.unit,
                )
        return number

    def take_restart(self) -> bool:
        restart, self.restart = self.restart, False
        return restart

    # -- what a page means -----------------------------------------------------------------------------

    def observe(self, fetched: FetchedPage) -> list[Page[Any]]:
        """Account for one page read; returns the pages now proven, in order, to yield (often just this one)."""
        stats = self.stats
        stats.pages += 1
        raws = fetched.raw_records
        if not self.started:
            self.started = True
            if self.paged is None:
                self.paged = fetched.paged_shape
            units = self._units(raws)
            requested = self.requested
            if fetched.max_page_size and requested:
                self.size = min(requested, fetched.max_page_size)
            elif requested and 0 < units < requested and (fetched.total_count or 0) > units:
                self.size = units  # the server capped the page without saying so
        if not self.paged or self.size is None:
            self.done = True
            stats.records += len(fetched.records)
            return [self._page(fetched, fetched.records, 0)]
        total = fetched.total_count
        if total is not None:
            if self.last_total is not None and total != self.last_total:
                stats.count_changes += 1
            self.last_total = total
        number = fetched.number
        self.highest_seen = max(self.highest_seen, number)
        observed = _Observed(fetched, self.key.keys(raws), self._units(raws), self.proven_total)
        if self._proves(observed):
            return self._accept_chain(observed)
        if stats.dedupe_disabled or not any(self.seen):
            raise IncompleteListing(
                f"{self.route}: totalCount changed from {self.proven_total} to {total} between pages "
                f"{self.proven_number} and {number}, and the records have no usable identity, so the pages "
                f"that shifted cannot be re-read without yielding duplicates; {stats.records} records were "
                "yielded before this point. Retry when the data is not changing.",
                route=self.route, yielded=self.yielded_units, total_count=total, unit=self.unit,
            )
        self.held[number] = observed
        self.urgent_number = number - 1
        # Keep the keys of every page back to the one being re-read, so the re-read skips them all.
        self.seen_limit = max(self.seen_limit, DEDUPE_WINDOW_PAGES + self.highest_seen - number + 2)
        return []

    def finish(self) -> None:
        """At the end of the iteration: raise what made the listing incomplete, if anything."""
        if self.incomplete is not None:
            raise self.incomplete

    def _units(self, raws: list[Any]) -> int:
        wire = self.wire
        if wire is None:
            return len(raws)
        return sum(_units_of(raw, wire) for raw in raws)

    def _same_snapshot(self, observed: _Observed) -> bool:
        """Read at the same count as the last proven page (an empty page carries no count: judge by offset)."""
        fetched = observed.fetched
        if fetched.total_count is None and not fetched.raw_records:
            if self.proven_total is None or self.size is None:
                return True
            if self.proven_total <= (fetched.number - 1) * self.size:
                return True
            before = self.held.get(fetched.number)  # empty again, nothing changed meanwhile: that is the answer
            return before is not None and not before.fetched.raw_records and before.against == self.proven_total
        return fetched.total_count == self.proven_total

    def _proves(self, observed: _Observed) -> bool:
        number = observed.fetched.number
        if number == 1:
            return True
        if number == self.proven_number + 1 and self._same_snapshot(observed):
            return True
        if self.stats.dedupe_disabled:
            return False
        keys = {k for k in observed.keys if k is not None}
        return any(not keys.isdisjoint(earlier) for earlier in self.seen)

    def _accept_chain(self, observed: _Observed) -> list[Page[Any]]:
        ready = [self._accept(observed)]
        while not self.done:
            following = self.held.pop(self.proven_number + 1, None)
            if following is None:
                break
            if not self._proves(following):
                self.held[following.fetched.number] = following  # re-read below; kept to compare with
                break
            ready.append(self._accept(following))
        for number in [n for n in self.held if n <= self.proven_number or self.done]:
            del self.held[number]
            self.stats.pages_discarded += 1
        nxt = self.proven_number + 1
        self.urgent_number = nxt if not self.done and nxt <= self.highest_seen else None
        return ready

    def _accept(self, observed: _Observed) -> Page[Any]:
        fetched = observed.fetched
        number = fetched.number
        contiguous = number > 1 and number == self.proven_number + 1 and self._same_snapshot(observed)
        reread = number <= self.accepted_max
        self.accepted_max = max(self.accepted_max, number)
        self.proven_number = number
        if fetched.total_count is not None:
            self.proven_total = fetched.total_count
        size = self.size
        assert size is not None
        units = observed.units
        if units == 0 or units < size:
            self.done = True
        elif fetched.total_count is not None:
            # Plan through the page that should end the listing: the short page, or the empty page after
            # a last full one. Requesting it alongside the others saves a lone round trip at the end.
            self.last_planned = max(self.last_planned, fetched.total_count // size + 1)
        records, new_units, skipped = self._dedupe(observed)
        if contiguous and not self.done and new_units == 0 and not self.rescanning:
            self.repeats += 1
            if self.repeats >= REPEAT_LIMIT:
                raise RepeatingPages(
                    f"{self.route}: pages {number - self.repeats}-{number} returned only what page "
                    f"{number - self.repeats} had ({units} {self.unit}, totalCount {fetched.total_count}); the "
                    "server seems to ignore pageNumber. Stopped instead of requesting the same page until "
                    "max_pages.",
                )
        else:
            self.repeats = 0
        rescan_met = self.rescanning and self.tail is None and self.proven_total is not None
        if rescan_met and self.yielded_units >= (self.proven_total or 0):
            self.done = True  # the re-scan found what was missing
        if self.done:
            self._at_end()
        page = self._page(fetched, records, skipped)
        page.reread = reread
        return page

    def _dedupe(self, observed: _Observed) -> tuple[list[Any], int, int]:
        """(records to yield, units new on this page, duplicates skipped); merges split records."""
        fetched = observed.fetched
        stats = self.stats
        keys = observed.keys
        raws, records = fetched.raw_records, fetched.records
        keyed = [k for k in keys if k is not None]
        page_keys = set(keyed)
        if len(page_keys) != len(keyed) and not stats.dedupe_disabled:
            stats.dedupe_disabled = True  # not unique within one snapshot: never drop on this key
        repeated: set[tuple[Any, ...]] = set()
        if not stats.dedupe_disabled:
            for earlier in self.seen:
                repeated |= page_keys & earlier
            if self.rescanning:
                repeated |= {k for k in page_keys if self._yielded_before(k)}
        tail = self.tail
        hold_last = self.lines is not None and not self.done and bool(raws)
        if tail is None and not repeated and not hold_last:
            kept: list[Any] = records  # the common case: every record is new
            self._count(keys, raws)
            new_units = observed.units
            skipped = 0
        else:
            kept, new_units, skipped = self._merge(keys, raws, records, repeated, hold_last)
        if self.done and self.tail is not None:
            kept = [*kept, *self._release(self.tail)]
            self.tail = None
        if not stats.dedupe_disabled:
            self.seen.append(page_keys)
            while len(self.seen) > self.seen_limit:
                self.seen.popleft()
        stats.duplicates_skipped += skipped
        return kept, new_units, skipped

    def _merge(
        self,
        keys: list[tuple[Any, ...] | None],
        raws: list[Any],
        records: list[Any],
        repeated: set[tuple[Any, ...]],
        hold_last: bool,
    ) -> tuple[list[Any], int, int]:
        tail = self.tail
        tail_at = -1
        if tail is not None and tail.key is not None:
            tail_at = next((i for i, k in enumerate(keys) if k == tail.key), -1)
        last = len(raws) - 1
        kept: list[Any] = []
        new_units = skipped = 0
        wire = self.wire
        for i, (key, raw, record) in enumerate(zip(keys, raws, records, strict=True)):
            if tail is not None and i == tail_at:
                new_units += tail.merge(raw, record)
                continue
            if key is not None and key in repeated:
                skipped += 1
                continue
            if tail is not None and i > tail_at:  # a new record after the held-back one: that one is whole
                kept.extend(self._release(tail))
                tail = self.tail = None
            new_units += _units_of(raw, wire)
            if hold_last and i == last:
                assert self.lines is not None
                self.tail = _Tail(key, raw, record, self.lines)
                continue
            kept.append(record)
            self._count([key], [raw])
        return kept, new_units, skipped

    def _release(self, tail: _Tail) -> list[Any]:
        self._count([tail.key], [tail.raw])
        self.stats.records += len(tail.extra)
        return [tail.typed, *tail.extra]

    def _count(self, keys: list[tuple[Any, ...] | None], raws: list[Any]) -> None:
        self.stats.records += len(raws)
        self.yielded_units += self._units(raws)
        if self.rescanning:
            self.rescan_found.update(map(hash, filter(None, keys)))  # keys are non-empty tuples or None
        else:
            self.yielded_hashes.extend(map(hash, filter(None, keys)))
        if None in keys:
            self.unkeyed_yielded = True

    def _yielded_before(self, key: tuple[Any, ...]) -> bool:
        found = hash(key)
        if found in self.rescan_found:
            return True
        index = self.rescan_index
        assert index is not None
        at = bisect_left(index, found)
        return at < len(index) and index[at] == found

    def _at_end(self) -> None:
        """The listing ended: check the count; re-scan once if records are missing."""
        total = self.proven_total
        if total is None or self.yielded_units >= total:
            return
        if not self.rescanning and not self.unkeyed_yielded and not self.stats.dedupe_disabled:
            self.rescanning = True
            self.stats.rescans += 1
            self.rescan_index = array("q", sorted(self.yielded_hashes))
            self.yielded_hashes = array("q")
            self.done = False
            self.restart = True
            self.next_number = 1
            self.last_planned = 1
            self.proven_number = 0
            self.proven_total = None
            self.accepted_max = 0
            self.highest_seen = 0
            self.seen.clear()
            self.held.clear()
            self.repeats = 0
            self.urgent_number = None
            return
        self.incomplete = IncompleteListing(
            f"{self.route}: {self.yielded_units} {self.unit} were yielded but the server's last totalCount is "
            f"{total}{' after a second scan' if self.rescanning else ''}; {total - self.yielded_units} are "
            "missing. The listing changed in a way paging cannot follow, or the server counts something else; "
            "retry, and report it if it persists.",
            route=self.route, yielded=self.yielded_units, total_count=total, unit=self.unit,
        )

    def _page(self, fetched: FetchedPage, records: list[Any], skipped: int) -> Page[Any]:
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
        self.stats.peak_pages_held = max(self.stats.peak_pages_held, held)


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
        tune_memory_once()  # only with VISMANET_TUNE_MEMORY=1 (vismanet_ext._malloc)
        plan = self._plan
        concurrency = plan.max_concurrency
        pool = (
            ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="vismanet-page") if concurrency > 1 else None
        )
        window: deque[tuple[int, int | None, Future[Any] | None]] = deque()
        fetch, finish = self._fetch, self._finish
        reports = _SendReports()

        counting = threading.Lock()

        def fetch_in_worker(number: int, size: int | None, sent: threading.Event) -> Any:
            with counting:  # counted when sent: a page cancelled before it started costs nothing
                plan.stats.requests += 1
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

        def drop_window() -> None:
            for _, _, pending in window:
                if pending is not None:
                    pending.cancel()
            window.clear()

        try:
            submit(concurrency)
            while True:
                number = plan.take_urgent()
                if number is not None:  # a step back: read it now, before the pages in the window
                    with counting:
                        plan.stats.requests += 1
                    size = plan.page_size_for(number)
                    received = fetch(number, size, _nothing)
                elif window:
                    number, size, future = window.popleft()
                    if future is None:
                        plan.stats.requests += 1
                        received = fetch(number, size, _nothing)
                    else:
                        received = future.result()
                else:
                    break
                fetched = finish(number, size, received)
                del received
                ready = plan.observe(fetched)
                del fetched
                if plan.done or plan.take_restart():
                    drop_window()
                if not plan.done:
                    submit(concurrency - 1)  # this page is held by the consumer while it is yielded
                plan.hold(len(window) + len(plan.held) + 1)
                while ready:
                    yield ready.pop(0)
                submit(concurrency)
            plan.finish()
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
        tune_memory_once()
        plan = self._plan
        concurrency = plan.max_concurrency
        window: deque[tuple[int, int | None, asyncio.Task[Any] | None]] = deque()
        loop = asyncio.get_running_loop()
        fetch, finish = self._fetch, self._finish
        reports = _SendReports()

        async def fetch_in_task(number: int, size: int | None, sent: asyncio.Event) -> Any:
            plan.stats.requests += 1  # counted when sent: a page cancelled before it started costs nothing
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
            while True:
                number = plan.take_urgent()
                if number is not None:  # a step back: read it now, before the pages in the window
                    plan.stats.requests += 1
                    size = plan.page_size_for(number)
                    received = await fetch(number, size, _nothing)
                elif window:
                    number, size, task = window.popleft()
                    if task is None:
                        plan.stats.requests += 1
                        received = await fetch(number, size, _nothing)
                    else:
                        received = await task
                else:
                    break
                fetched = finish(number, size, received)
                del received
                ready = plan.observe(fetched)
                del fetched
                if plan.done or plan.take_restart():
                    await _cancel_all(window)
                if not plan.done:
                    await submit(concurrency - 1)
                plan.hold(len(window) + len(plan.held) + 1)
                while ready:
                    yield ready.pop(0)
                await submit(concurrency)
            plan.finish()
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
