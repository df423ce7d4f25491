"""Which Visma listings become dlt resources, and how each one is loaded (no dlt import here).

Everything is derived from the generated operation index, through the same rule the command line uses
for exportable resources (:mod:`vismanet_ext.cli.resources`: a GET without path parameters that returns
a list or pages):

* **incremental** (``merge`` on the primary key, cursor on ``lastModifiedDateTime``): the operation takes
  a ``lastModifiedDateTime`` filter and pages;
* **full refresh** (replace, per tenant): everything else: listings without that filter (there is no
  other way to see changes) and listings the API returns whole in one response (``account`` and other
  small master data, where a full read is cheap and is also the only way to see deletions: Visma's API
  has no deletion feed, so a ``merge`` never learns that a record was deleted). ``full_refresh=`` moves
  any other resource here, e.g. for a weekly run that catches deletes.

Names are the CLI's (``customer``, ``supplierInvoice``, ``v2/salesorder``); table names are those with
``/`` replaced by ``_`` (dlt then snake-cases them: ``supplier_invoice``, ``v2_salesorder``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import InvalidArgument
from ..pagination import RecordKey

__all__ = ["TENANT_COLUMN", "ResourceSpec", "all_specs", "key_fields", "select"]

#: Added to every row (and to every primary key), so many companies share one table safely.
TENANT_COLUMN = "tenant_id"


@dataclass(frozen=True, slots=True)
class ResourceSpec:
    """One dlt resource: the listing, its table, and how it is loaded."""

    name: str  # CLI name: "customer", "v2/salesorder"
    path: str  # "/v1/customer"
    table: str  # dlt resource and table name: "customer", "v2_salesorder"
    incremental: bool  # merge + lastModifiedDateTime cursor; False: full refresh per tenant
    paged: bool
    operation: Any  # vismanet_client._operations.Operation

    @property
    def has_condition(self) -> bool:
        """Whether the listing takes ``lastModifiedDateTimeCondition`` (``/v2/journaltransaction`` does not)."""
        return any(p.wire == "lastModifiedDateTimeCondition" for p in self.operation.params)

    @property
    def required_filters(self) -> list[str]:
        hidden = {"pageNumber", "pageSize"}
        return [p.wire for p in self.operation.params
                if p.location == "query" and p.required and p.wire not in hidden]

    def as_full_refresh(self) -> ResourceSpec:
        return ResourceSpec(self.name, self.path, self.table, False, self.paged, self.operation)


def _spec(resource: Any) -> ResourceSpec:
    op = resource.operation
    incremental = bool(resource.supports_since and op.pages)
    return ResourceSpec(resource.name, resource.path, resource.name.replace("/", "_"), incremental,
                        bool(op.pages), op)


def all_specs() -> tuple[ResourceSpec, ...]:
    """Every exportable listing that needs no filter to be called (required filters are left out)."""
    from ..cli.resources import all_resources

    specs = (_spec(r) for r in all_resources())
    return tuple(s for s in specs if not s.required_filters)


def select(names: Iterable[str] | None, *, full_refresh: Iterable[str] = ()) -> list[ResourceSpec]:
    """The specs for ``names`` (CLI names, any case; None: all), or InvalidArgument naming the unknown.

    ``full_refresh`` names resources (among those selected) to load as full refreshes instead of merges.
    """
    from ..cli.errors import UsageError
    from ..cli.resources import resolve

    wanted = list(all_specs()) if names is None else []
    if names is not None:
        if isinstance(names, str):
            raise InvalidArgument("resources= takes a list of names, e.g. ['customer', 'supplier']")
        for name in names:
            try:
                resource = resolve(str(name))
            except UsageError as e:
                raise InvalidArgument(str(e)) from None
            spec = _spec(resource)
            if spec.required_filters:
                raise InvalidArgument(
                    f"{spec.name} needs filters ({', '.join(spec.required_filters)}); it cannot be synced whole"
                )
            if all(s.path != spec.path for s in wanted):
                wanted.append(spec)
    if isinstance(full_refresh, str):
        raise InvalidArgument("full_refresh= takes a list of names")
    refresh = set()
    for name in full_refresh:
        try:
            refresh.add(resolve(str(name)).path)
        except UsageError as e:
            raise InvalidArgument(f"full_refresh: {e}") from None
    unknown = refresh - {s.path for s in wanted}
    if unknown:
        raise InvalidArgument(f"full_refresh names resources that are not synced: {', '.join(sorted(unknown))}")
    return [s.as_full_refresh() if s.path in refresh else s for s in wanted]


def key_fields(operation: Any, record: Any) -> list[str] | None:
    """The record fields that identify it, by the pager's de-duplication rule (:class:`RecordKey`).

    None when the record has no usable identifier.
    """
    return RecordKey.for_operation(operation).fields(record)


def check_names(names: Sequence[str], what: str) -> list[str]:
    """A list of non-empty strings (tenant ids), or InvalidArgument."""
    if isinstance(names, str):
        raise InvalidArgument(f"{what} takes a list, e.g. [{names!r}]")
    out: list[str] = []
    for name in names:
        if not isinstance(name, str) or not name.strip() or any(c in name for c in "\r\n\x00"):
            raise InvalidArgument(f"{what}: {name!r} is not a valid id")
        if name.strip() not in out:
            out.append(name.strip())
    if not out:
        raise InvalidArgument(f"{what} is empty")
    return out
