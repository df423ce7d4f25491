"""``visma_net_source``: Visma.net ERP listings for many companies as one dlt source.

::

    import dlt
    from vismanet_ext.dlt import visma_net_source

    source = visma_net_source(["customer", "supplier", "customerinvoice"], tenants=["t1", "t2"],
                              credentials={"client_id": "isv_...", "client_secret": "..."})
    pipeline = dlt.pipeline("visma", destination="duckdb", dataset_name="visma")
    pipeline.run(source)

One dlt resource per listing (:mod:`.specs`), rows of all tenants in one table with a ``tenant_id``
column that is part of every primary key. Incremental resources merge on the key with a per-tenant
cursor (:mod:`.cursor`); full-refresh resources replace each tenant's partition (dlt's ``merge_key`` on
``tenant_id`` with the ``delete-insert`` strategy), so one tenant's refresh never touches another's rows
and a tenant that failed keeps what it had. Nested lists (invoice lines, attachments) become dlt child
tables, replaced together with their parent row on merge.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import dlt
from dlt.extract.source import DltSource

from ..errors import InvalidArgument
from ..tenants import Tenants
from .fetch import Done, Failed, Rows, fetch_tenants
from .specs import TENANT_COLUMN, ResourceSpec, check_names, key_fields, select

__all__ = ["HASH_COLUMN", "SyncReport", "TenantResult", "visma_net_source"]

#: Primary key of rows that have no identifier field (rare): a digest of their content.
HASH_COLUMN = "_vismanet_row_hash"
DEFAULT_OVERLAP = timedelta(seconds=300)


@dataclass(slots=True)
class TenantResult:
    """How one (resource, tenant) went in a run."""

    resource: str
    tenant_id: str
    records: int = 0  # rows handed to dlt
    skipped: int = 0  # already loaded by an earlier run (within the overlap)
    error: BaseException | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass
class SyncReport:
    """Filled while the source is extracted: one :class:`TenantResult` per resource and tenant.

    ``on_event(result, total_count)`` is called on progress (``records`` grows), success and failure.
    """

    results: list[TenantResult] = field(default_factory=list)
    on_event: Callable[[TenantResult, int | None], None] | None = None

    @property
    def failures(self) -> list[TenantResult]:
        return [r for r in self.results if r.error is not None]

    @property
    def records(self) -> int:
        return sum(r.records for r in self.results)

    def _notify(self, result: TenantResult, total: int | None) -> None:
        if self.on_event is not None:
            self.on_event(result, total)


def _pool_from(credentials: Any) -> Tenants:
    if isinstance(credentials, Tenants):
        return credentials
    if credentials is None:
        env = os.environ
        missing = [n for n in ("VISMANET_CLIENT_ID", "VISMANET_CLIENT_SECRET") if not env.get(n, "").strip()]
        if missing:
            raise InvalidArgument(
                f"visma_net_source: no credentials; pass credentials= (a Tenants pool or a dict with client_id "
                f"and client_secret) or set {', '.join(missing)}"
            )
        credentials = {
            "client_id": env["VISMANET_CLIENT_ID"].strip(),
            "client_secret": env["VISMANET_CLIENT_SECRET"].strip(),
            "base_url": env.get("VISMANET_BASE_URL", "").strip() or None,
            "token_url": env.get("VISMANET_TOKEN_URL", "").strip() or None,
        }
    if isinstance(credentials, Mapping):
        kwargs = dict(credentials)
        try:
            client_id = kwargs.pop("client_id")
            client_secret = kwargs.pop("client_secret")
        except KeyError as e:
            raise InvalidArgument(f"credentials needs {e.args[0]}") from None
        return Tenants(client_id, client_secret, **kwargs)
    raise InvalidArgument(
        f"credentials must be a Tenants pool, a mapping with client_id/client_secret, or None; "
        f"got {type(credentials).__name__}"
    )


def _tenant_ids(tenants: Sequence[str] | None) -> list[str]:
    if tenants is None:
        env = os.environ.get("VISMANET_TENANT_ID", "")
        tenants = [t for t in (part.strip() for part in env.split(",")) if t]
        if not tenants:
            raise InvalidArgument("visma_net_source: pass tenants=[...] or set VISMANET_TENANT_ID (comma-separated)")
    return check_names(tenants, "tenants")


def _hints(spec: ResourceSpec, row: dict[str, Any]) -> Any:
    key = key_fields(spec.operation, row)
    columns = [TENANT_COLUMN, *(key or [HASH_COLUMN])]
    # merge_key is set (full refresh: replace the tenant's partition) or explicitly cleared (incremental):
    # the stored schema remembers hints, and a leftover merge_key from a --full-refresh run would turn
    # the next incremental merge into a partition replace that drops every row not re-read.
    tenant: Any = {"data_type": "text", "nullable": False, "merge_key": not spec.incremental}
    return dlt.mark.make_hints(primary_key=columns, columns={TENANT_COLUMN: tenant})


def _add_hash(rows: list[dict[str, Any]]) -> None:
    import hashlib
    import json

    for row in rows:
        text = json.dumps(row, sort_keys=True, separators=(",", ":"), default=str)
        row[HASH_COLUMN] = hashlib.sha256(text.encode()).hexdigest()[:32]


def _resource(
    spec: ResourceSpec,
    pool: Tenants,
    tenant_ids: list[str],
    report: SyncReport,
    *,
    page_size: int | None,
    max_concurrency: int,
    tenant_workers: int,
    overlap: timedelta,
    since: datetime | None,
) -> Any:
    def rows() -> Iterator[Any]:
        state = dlt.current.resource_state()
        cursors: dict[str, Any] = state.setdefault("tenants", {})
        results = {t: TenantResult(spec.name, t) for t in tenant_ids}
        report.results.extend(results.values())
        hinted = False
        keyless = False
        for event in fetch_tenants(spec, pool.for_tenant, tenant_ids, dict(cursors), page_size=page_size,
                                   max_concurrency=max_concurrency, tenant_workers=tenant_workers,
                                   overlap=overlap, since=since):
            result = results[event.tenant_id]
            if isinstance(event, Rows):
                result.records += len(event.rows)
                if not hinted:
                    hinted = True
                    keyless = key_fields(spec.operation, event.rows[0]) is None
                    if keyless:
                        _add_hash(event.rows)
                    yield dlt.mark.with_hints(event.rows, _hints(spec, event.rows[0]))
                else:
                    if keyless:
                        _add_hash(event.rows)
                    yield event.rows
                report._notify(result, event.total_count)
            elif isinstance(event, Done):
                result.skipped = event.skipped
                if event.cursor is not None:
                    cursors[event.tenant_id] = event.cursor
                report._notify(result, None)
            elif isinstance(event, Failed):
                result.error = event.error
                report._notify(result, None)

    disposition: Any = {"disposition": "merge", "strategy": "delete-insert"}
    columns: Any = {TENANT_COLUMN: {"data_type": "text", "nullable": False}}
    return dlt.resource(rows, name=spec.table, write_disposition=disposition, columns=columns)


def visma_net_source(
    resources: Sequence[str] | None = None,
    tenants: Sequence[str] | None = None,
    credentials: Any = None,
    *,
    page_size: int | None = None,
    max_concurrency: int = 4,
    tenant_workers: int = 4,
    overlap: timedelta | float = DEFAULT_OVERLAP,
    since: datetime | None = None,
    full_refresh: Sequence[str] = (),
    report: SyncReport | None = None,
) -> DltSource:
    """A dlt source with one resource per listing in ``resources`` (CLI names; None: every listing).

    * ``tenants``: tenant ids (default ``VISMANET_TENANT_ID``, comma-separated); ``credentials``: a
      :class:`~vismanet_ext.tenants.Tenants` pool, a mapping of its arguments (``client_id``,
      ``client_secret``, ``base_url``, ``rate_limit``, ...), or None for ``VISMANET_*`` variables.
    * ``page_size`` / ``max_concurrency``: per tenant, as for :meth:`VismaNet.pages`;
      ``tenant_workers``: tenants fetched at the same time (each has its own quota).
    * ``overlap``: how far before the previous run's newest ``lastModifiedDateTime`` a run re-reads;
      ``since``: where a first run starts (default: everything).
    * ``full_refresh``: resources to reload whole per tenant (to see deletions).
    * ``report``: a :class:`SyncReport` to learn per tenant what was loaded and what failed. A failing
      tenant never stops the others; its cursor stays where it was, so the next run catches up.
    """
    specs = select(resources, full_refresh=full_refresh)
    tenant_ids = _tenant_ids(tenants)
    if page_size is not None and (isinstance(page_size, bool) or not isinstance(page_size, int) or page_size < 1):
        raise InvalidArgument(f"page_size must be a positive int, got {page_size!r}")
    for name, value in (("max_concurrency", max_concurrency), ("tenant_workers", tenant_workers)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise InvalidArgument(f"{name} must be an int >= 1, got {value!r}")
    if not isinstance(overlap, timedelta):
        if isinstance(overlap, bool) or not isinstance(overlap, (int, float)) or overlap < 0:
            raise InvalidArgument(f"overlap must be seconds >= 0 or a timedelta, got {overlap!r}")
        overlap = timedelta(seconds=overlap)
    if since is not None and (not isinstance(since, datetime) or since.tzinfo is not None):
        raise InvalidArgument("since must be a naive datetime (Visma's filters carry no offset)")
    pool = _pool_from(credentials)
    sync_report = report if report is not None else SyncReport()
    built = [
        _resource(spec, pool, tenant_ids, sync_report, page_size=page_size, max_concurrency=max_concurrency,
                  tenant_workers=tenant_workers, overlap=overlap, since=since)
        for spec in specs
    ]

    @dlt.source(name="visma_net")
    def visma_net() -> Any:
        return built

    source: DltSource = visma_net()
    return source
