"""Fetching one resource for many tenants in parallel, as a stream of page-sized row batches (no dlt here).

Each tenant runs in a worker thread through :meth:`VismaNet.pages` (our pager: drift-safe, concurrent,
line-counted), filtered from that tenant's own cursor (see :mod:`.cursor`). Rows reach the consumer
through a bounded queue, so memory holds at most a few pages per tenant in flight. A tenant that fails
(credentials, 403, network) ends with a ``Failed`` event and leaves its cursor where it was; the other
tenants go on. Full-refresh resources deliver a tenant's rows only once all its pages were read, so a
tenant failing half-way never replaces its table partition with half the rows, and a listing that
reads exactly as last time (same digest) is not loaded again.
"""

from __future__ import annotations

import hashlib
import json
import queue
import threading
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from .cursor import TenantCursor
from .specs import TENANT_COLUMN, ResourceSpec

__all__ = ["Done", "Failed", "Rows", "fetch_tenants"]

_PAGING_METADATA_KEYS = frozenset({"totalCount", "maxPageSize"})


@dataclass(frozen=True, slots=True)
class Rows:
    tenant_id: str
    rows: list[dict[str, Any]]
    total_count: int | None


@dataclass(frozen=True, slots=True)
class Done:
    tenant_id: str
    cursor: dict[str, Any] | None  # the state to store for this tenant
    records: int
    skipped: int


@dataclass(frozen=True, slots=True)
class Failed:
    tenant_id: str
    error: BaseException
    records: int


Event = Rows | Done | Failed


def clean(record: dict[str, Any], tenant_id: str) -> dict[str, Any]:
    """The row to load: Visma's per-record paging ``metadata`` dropped (its totalCount changes between runs,
    which would rewrite every row), the tenant added."""
    meta = record.get("metadata")
    if isinstance(meta, dict) and set(meta) <= _PAGING_METADATA_KEYS:
        del record["metadata"]
    record[TENANT_COLUMN] = tenant_id
    return record


def content_digest(rows: list[dict[str, Any]]) -> str:
    """A digest of a full listing, in API order (a change, insert or delete anywhere changes it)."""
    digest = hashlib.sha256()
    for row in rows:
        digest.update(json.dumps(row, sort_keys=True, separators=(",", ":"), default=str).encode())
        digest.update(b"\n")
    return digest.hexdigest()


class _Stopped(Exception):
    """The consumer went away (generator closed): workers stop at their next page."""


def fetch_tenants(
    spec: ResourceSpec,
    client_for: Callable[[str], Any],
    tenant_ids: list[str],
    cursors: Mapping[str, Any],
    *,
    page_size: int | None,
    max_concurrency: int,
    tenant_workers: int,
    overlap: timedelta,
    since: datetime | None,
    where: Mapping[str, str] | None = None,
) -> Iterator[Event]:
    """Events for every tenant of ``spec``: Rows batches, then one Done or Failed per tenant."""
    events: queue.Queue[Event] = queue.Queue(maxsize=max(2, 2 * tenant_workers))
    stop = threading.Event()

    def put(event: Event) -> None:
        while True:
            if stop.is_set():
                raise _Stopped
            try:
                events.put(event, timeout=0.1)
                return
            except queue.Full:
                continue

    def work(tenant_id: str) -> None:
        records = 0
        try:
            cursor = TenantCursor(spec, cursors.get(tenant_id), overlap=overlap, since=since)
            params = dict(where or {})
            params.update(cursor.query())
            vn = client_for(tenant_id)
            buffered: list[dict[str, Any]] = []
            total: int | None = None
            with vn.pages(f"GET {spec.path}", page_size=page_size if spec.paged else None,
                          max_concurrency=max_concurrency if spec.paged else 1, **params) as pages:
                for page in pages:
                    if stop.is_set():
                        raise _Stopped
                    rows = [row for row in (clean(r, tenant_id) for r in page.records if isinstance(r, dict))
                            if cursor.admit(row)]
                    records += len(rows)
                    total = page.total_count if page.total_count is not None else total
                    if spec.incremental:
                        if rows:
                            put(Rows(tenant_id, rows, total))
                    else:
                        buffered.extend(rows)
            state = cursor.state()
            if not spec.incremental:
                # A full refresh that read exactly what the previous one did loads nothing.
                state = {"digest": content_digest(buffered)}
                previous = cursors.get(tenant_id)
                if isinstance(previous, dict) and previous.get("digest") == state["digest"]:
                    skipped, records, buffered = records, 0, []
                else:
                    skipped = 0
            else:
                skipped = cursor.skipped
            if buffered:
                put(Rows(tenant_id, buffered, total))
            put(Done(tenant_id, state, records, skipped))
        except _Stopped:
            return
        except Exception as error:  # noqa: BLE001 - one tenant's failure is reported, the others go on
            try:
                put(Failed(tenant_id, error, records))
            except _Stopped:
                return

    workers = max(1, min(tenant_workers, len(tenant_ids)))
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix=f"vismanet-sync-{spec.table}")
    try:
        for tenant_id in tenant_ids:
            pool.submit(work, tenant_id)
        finished = 0
        while finished < len(tenant_ids):
            event = events.get()
            if not isinstance(event, Rows):
                finished += 1
            yield event
    finally:
        stop.set()
        pool.shutdown(wait=True, cancel_futures=True)
