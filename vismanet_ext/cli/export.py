"""The export loop: pages in, records out, state saved last.

Kept free of HTTP so it can be tested with plain lists: the command layer hands it an iterable of
pages from the client.  Order of effects is the whole point: records are written as they arrive; the
output is committed (renamed into place) only after the last page; the state file is saved only after
that.  Any exception (API error, Ctrl-C) aborts the writer, which deletes the partial output.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .errors import CLIError
from .progress import Progress
from .state import TIMESTAMP_FIELD, Deduper, StateFile, parse_timestamp
from .writers import RecordWriter

_PAGING_METADATA_KEYS = frozenset({"totalCount", "maxPageSize"})


@dataclass(frozen=True, slots=True)
class Page:
    """One page as the exporter needs it."""

    records: Sequence[Mapping[str, Any]]
    total_count: int | None = None


@dataclass(frozen=True, slots=True)
class Summary:
    fetched: int
    written: int
    skipped: int  # already exported by an earlier run (state overlap)


class StateNotSaved(CLIError):
    """The output is complete and published, but the state file could not be written."""


def clean(record: Mapping[str, Any]) -> Mapping[str, Any]:
    """The record without Visma's per-record paging ``metadata`` (totalCount changes between runs)."""
    meta = record.get("metadata")
    if isinstance(meta, Mapping) and set(meta) <= _PAGING_METADATA_KEYS:
        return {k: v for k, v in record.items() if k != "metadata"}
    return record


def _clean_in_place(record: Mapping[str, Any]) -> Mapping[str, Any]:
    """`clean`, but a plain dict (what the pager decoded for this export alone) loses the key in place.

    Every Visma record carries ``metadata``; copying each one cost 12% of an export's CPU (benchmarks/run.py).
    """
    if type(record) is dict:
        meta = record.get("metadata")
        if type(meta) is dict and meta.keys() <= _PAGING_METADATA_KEYS:
            del record["metadata"]
            return record
        return clean(record) if meta is not None else record
    return clean(record)


def total_of(records: Sequence[Mapping[str, Any]]) -> int | None:
    """totalCount from the first record's ``metadata`` (how Visma's list endpoints report it)."""
    if records:
        meta = records[0].get("metadata")
        if isinstance(meta, Mapping) and isinstance(meta.get("totalCount"), int):
            return int(meta["totalCount"])
    return None


def _older_than(record: Mapping[str, Any], since: datetime) -> bool:
    stamp = record.get(TIMESTAMP_FIELD)
    if not isinstance(stamp, str):
        return False
    try:
        return parse_timestamp(stamp) < since
    except ValueError:
        return False


def run_export(
    pages: Iterable[Page],
    writer: RecordWriter,
    *,
    progress: Progress,
    deduper: Deduper | None = None,
    since: datetime | None = None,
    state: tuple[StateFile, str] | None = None,
) -> Summary:
    """Write every new record of ``pages``; commit the output, then save the state (if any)."""
    fetched = written = skipped = 0
    writer.on_phase = progress.phase
    try:
        for page in pages:
            progress.set_total(page.total_count)
            records = [_clean_in_place(raw) for raw in page.records]
            if since is not None or deduper is not None:
                # The server filters already; this guards servers that ignore a filter they don't know.
                kept = [
                    record
                    for record in records
                    if not (since is not None and _older_than(record, since))
                    and (deduper is None or deduper.admit(record))
                ]
            else:
                kept = records
            # A page at a time: one encode-and-check call and one write per page, not per record. The records
            # are the pager's own decoded dicts (only `metadata` removed), which the writer may rely on.
            writer.write_records(kept, decoded=True)
            fetched += len(records)
            written += len(kept)
            skipped += len(records) - len(kept)
            progress.advance(len(records))
        writer.commit()  # inside the try: an interrupted CSV second pass must not leave its temp file
    except BaseException:
        writer.abort()
        progress.clear()
        raise
    if state is not None and deduper is not None:
        state_file, key = state
        progress.phase("saving state")
        try:
            state_file.save(key, deduper.checkpoint())
        except OSError as e:
            progress.clear()
            where = writer.output.path or "stdout"
            raise StateNotSaved(
                f"cannot save the state file {state_file.path}: {e.strerror or e}. The output was committed "
                f"to {where} ({written:,} records), but the state was not advanced: the next run exports "
                "these records again"
            ) from e
    return Summary(fetched=fetched, written=written, skipped=skipped)
