"""Resource names for the command line, derived from the generated operation index.

Rule: a resource is a GET operation without path parameters that returns a list (or is paged).
Its name is its path without the ``/vN/`` prefix, matched case-insensitively (``customer``,
``supplierInvoice``, ``customer/balance``).  When several API versions have the same name, the bare
name means the *lowest* version (so a new ``v3`` in the spec never silently changes what a script
exports); pick another with ``v2/salesorder`` or ``salesorder --api-version 2``.  A raw path such as
``/v1/customer`` is accepted too.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import UsageError

if TYPE_CHECKING:
    from vismanet_client._operations import Operation, Param

PAGING_PARAMS = frozenset({"pageNumber", "pageSize"})
# The client pages with pageNumber/pageSize and refuses these alongside them.
OFFSET_PARAMS = frozenset({"numberToRead", "skipRecords"})
SINCE_PARAM = "lastModifiedDateTime"
SINCE_CONDITION_PARAM = "lastModifiedDateTimeCondition"
_VERSIONED = re.compile(r"^/?v(\d+)/(.+)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Resource:
    """One exportable list endpoint and the names it answers to."""

    base: str  # "salesorder" (original spelling, no version)
    version: int  # 1, 2, ...
    default: bool  # the bare base name resolves to this one
    operation: Operation

    @property
    def name(self) -> str:
        """The canonical name shown to users: bare for the default version, ``vN/base`` otherwise."""
        return self.base if self.default else f"v{self.version}/{self.base}"

    @property
    def path(self) -> str:
        return self.operation.path

    @property
    def filters(self) -> tuple[Param, ...]:
        """Query parameters a user may set with ``--where`` (paging is the exporter's job)."""
        hidden = PAGING_PARAMS | OFFSET_PARAMS if self.operation.pages else PAGING_PARAMS
        return tuple(p for p in self.operation.params if p.location == "query" and p.wire not in hidden)

    @property
    def summary(self) -> str:
        """The operation's summary on one line."""
        return " ".join(self.operation.summary.split())

    @property
    def supports_since(self) -> bool:
        return any(p.wire == SINCE_PARAM for p in self.operation.params)


def _is_exportable(op: Operation) -> bool:
    return (
        op.method == "GET"
        and (op.response_is_list or op.pages)
        and not any(p.location == "path" for p in op.params)
    )


def _split_version(path: str) -> tuple[int, str]:
    m = _VERSIONED.match(path)
    if m is None:  # not seen in Visma's spec, but keep such paths usable by raw path
        return 0, path.strip("/")
    return int(m.group(1)), m.group(2)


def build(operations: tuple[Operation, ...]) -> tuple[Resource, ...]:
    """All resources, sorted by name, from an operation index (a parameter so tests can pass their own)."""
    found: dict[str, list[tuple[int, str, Operation]]] = {}
    for op in operations:
        if _is_exportable(op):
            version, base = _split_version(op.path)
            found.setdefault(base.lower(), []).append((version, base, op))
    out: list[Resource] = []
    for entries in found.values():
        entries.sort(key=lambda e: e[0])
        for i, (version, base, op) in enumerate(entries):
            out.append(Resource(base=base, version=version, default=(i == 0), operation=op))
    out.sort(key=lambda r: (r.base.lower(), r.version))
    return tuple(out)


@lru_cache(maxsize=1)
def all_resources() -> tuple[Resource, ...]:
    """The resources of the generated client (imports the operation index on first use)."""
    from vismanet_client._operations import OPERATIONS

    return build(OPERATIONS)


def resolve(
    text: str, api_version: int | None = None, resources: tuple[Resource, ...] | None = None
) -> Resource:
    """The resource a user meant, or a UsageError suggesting close names."""
    pool = all_resources() if resources is None else resources
    wanted = text.strip()
    if not wanted:
        raise UsageError("resource name is empty; run `vismanet resources` to list them")
    if wanted.startswith("/"):
        for r in pool:
            if r.path.lower() == wanted.rstrip("/").lower():
                if api_version is not None and r.version != api_version:
                    raise UsageError(f"{wanted} is API version {r.version}, not {api_version}")
                return r
        raise _unknown(wanted, pool, by_path=True)
    version: int | None = None
    base = wanted
    m = _VERSIONED.match(wanted)
    if m is not None:
        version, base = int(m.group(1)), m.group(2)
        if api_version is not None and api_version != version:
            raise UsageError(f"{wanted!r} names API version {version} but --api-version is {api_version}")
    elif api_version is not None:
        version = api_version
    candidates = [r for r in pool if r.base.lower() == base.strip("/").lower()]
    if not candidates:
        raise _unknown(wanted, pool, by_path=False)
    if version is None:
        return next(r for r in candidates if r.default)
    for r in candidates:
        if r.version == version:
            return r
    have = ", ".join(f"v{r.version}" for r in candidates)
    raise UsageError(f"resource {base!r} has no API version {version} (available: {have})")


def _unknown(wanted: str, pool: tuple[Resource, ...], *, by_path: bool) -> UsageError:
    names = [r.path if by_path else r.name for r in pool]
    lowered = {n.lower(): n for n in names}
    close = difflib.get_close_matches(wanted.lower(), list(lowered), n=5, cutoff=0.6) if len(wanted) < 200 else []
    hint = f"; did you mean: {', '.join(lowered[c] for c in close)}?" if close else ""
    shown = repr(wanted if len(wanted) <= 60 else wanted[:60] + "...")
    return UsageError(
        f"unknown resource {shown}{hint} (run `vismanet resources` for the full list)"
    )


def item_operation(resource: Resource, parts: int, method: str = "GET") -> Operation | None:
    """The ``METHOD {list path}/{id}[/{id2}...]`` operation taking exactly ``parts`` path parameters."""
    from vismanet_client._operations import OPERATIONS

    prefix = resource.path.lower() + "/"
    for op in OPERATIONS:
        if op.method != method or not op.path.lower().startswith(prefix):
            continue
        rest = op.path[len(prefix):].split("/")
        if len(rest) == parts and all(seg.startswith("{") and seg.endswith("}") for seg in rest):
            return op
    return None


def attachment_operations(resource: Resource) -> list[Operation]:
    """Every attachment upload under a resource's path (document- and line-level)."""
    from vismanet_client._operations import OPERATIONS

    prefix = resource.path.lower() + "/"
    return [op for op in OPERATIONS if op.attachment_upload and op.path.lower().startswith(prefix)]


def _is_line_level(op: Operation) -> bool:
    return any(p.wire.lower() == "linenumber" for p in op.params if p.location == "path")


def attachment_operation(resource: Resource, parts: int) -> Operation | None:
    """The attachment upload taking ``parts`` ids: document-level first, else line-level (ID/LINE).

    ``customerinvoice 000001/1`` is the line-level ``/v1/customerinvoice/{invoiceNumber}/{lineNumber}/attachment``;
    where both shapes take as many ids (``salesorder TYPE/NUMBER``) the document wins.
    """
    best: Operation | None = None
    for op in attachment_operations(resource):
        if len([p for p in op.params if p.location == "path"]) != parts:
            continue
        rank = (_is_line_level(op), len(op.path))
        if best is None or rank < (_is_line_level(best), len(best.path)):
            best = op
    return best


def create_operation(resource: Resource) -> Operation | None:
    """``POST {list path}`` for the resource, if the API has one."""
    from vismanet_client._operations import find

    return find("POST", resource.path)
