"""Listings whose pages count lines, paged the way the real server pages them.

Visma's ``GET /v2/journaltransaction`` description (in the spec): "On this particular endpoint, pagesize
and totalcount denotes number of journaltransaction lines. When using pagination, the transactions for one
specific batch can be split into several responses." So page *n* holds lines ``(n-1)*size .. n*size-1``
of the filtered result, each batch carrying only its lines that fall on the page, and ``totalCount`` is
the number of lines. Which listings do this comes from the operation index (``page_lines``), the same
data the client's pager uses, so the sandbox and the SDK cannot disagree about it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, Protocol


class _Records(Protocol):
    def get(self, key: str) -> dict[str, Any] | None: ...


@cache
def counted_field(collection: str) -> str | None:
    """The record field whose items a page of ``GET <collection>`` counts, or None (pages count records)."""
    from vismanet_client._operations import find

    op = find("GET", collection)
    return op.page_lines[0] if op is not None and op.page_lines is not None else None


@dataclass(frozen=True)
class LinePage:
    keys: list[str]
    total: int  # lines, not records
    max_page_size: int
    field: str
    slices: tuple[tuple[int, int, int], ...]  # per key: (first line, end, lines in the record)


def select(
    keys: Sequence[str], store: _Records, field: str, page_number: int, size: int, max_page_size: int
) -> LinePage:
    """The records with lines on page ``page_number``, and which of their lines that is."""
    start, stop = (page_number - 1) * size, page_number * size
    offset = 0
    chosen: list[str] = []
    slices: list[tuple[int, int, int]] = []
    for key in keys:
        record = store.get(key)
        lines = record.get(field) if record is not None else None
        count = max(len(lines), 1) if isinstance(lines, list) else 1  # a record without lines is one row
        if offset < stop and offset + count > start:
            chosen.append(key)
            slices.append((max(start - offset, 0), min(stop - offset, count), count))
        offset += count
    return LinePage(chosen, offset, max_page_size, field, tuple(slices))


def render(page: LinePage, fragment: Callable[[str], str]) -> str:
    """One JSON array of the page's records, each cut to its lines on this page, with ``metadata``."""
    metadata = {"totalCount": page.total, "maxPageSize": page.max_page_size}
    parts = []
    for key, (first, end, count) in zip(page.keys, page.slices, strict=True):
        record = json.loads(fragment(key))
        lines = record.get(page.field)
        if isinstance(lines, list) and (first, end) != (0, count):
            record[page.field] = lines[first:end]
        record["metadata"] = metadata
        parts.append(json.dumps(record, separators=(",", ":"), ensure_ascii=False))
    return "[" + ",".join(parts) + "]"
