"""``--where NAME=VALUE`` and ``--since`` turned into an operation's query, checked before any request."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from datetime import datetime

from .errors import UsageError
from .resources import SINCE_CONDITION_PARAM, SINCE_PARAM, Resource

_SINCE_FORMAT = re.compile(r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)?\Z")
SINCE_FORMATS = (
    "yyyy-MM-dd, 'yyyy-MM-dd HH:mm', 'yyyy-MM-dd HH:mm:ss' or 'yyyy-MM-dd HH:mm:ss.FFF' "
    "('T' instead of the space is fine)"
)
#: Longest --where value accepted. Visma's API sits behind IIS, whose default request limits are
#: 2,048 bytes of query string and 4,096 of URL; no filter value is anywhere near this.
MAX_WHERE_VALUE = 1000
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _shown(text: str, limit: int = 60) -> str:
    """``text`` for an error message, cut so a hostile 100k-character argument stays one line."""
    return repr(text if len(text) <= limit else text[:limit] + "...")


def parse_since(text: str) -> datetime:
    """A ``--since`` value in one of the formats Visma's date filters accept."""
    value = text.strip()
    if _SINCE_FORMAT.match(value) is None:
        raise UsageError(f"--since {_shown(text)} is not a date; use {SINCE_FORMATS}")
    try:
        return datetime.fromisoformat(value)
    except ValueError as e:
        raise UsageError(f"--since {_shown(text)} is not a valid date: {e}") from None


def _check_type(name: str, schema_type: str, enum: tuple[str, ...], value: str) -> str:
    if enum and value not in enum:
        lowered = {e.lower(): e for e in enum}
        if value.lower() in lowered:
            return lowered[value.lower()]
        raise UsageError(f"--where {name}={_shown(value)}: must be one of {', '.join(enum)}")
    if schema_type == "integer":
        try:
            int(value)
        except ValueError:
            raise UsageError(f"--where {name}={_shown(value)}: must be an integer") from None
    elif schema_type == "number":
        try:
            finite = math.isfinite(float(value))
        except ValueError:
            finite = False
        if not finite:
            raise UsageError(f"--where {name}={_shown(value)}: must be a (finite) number")
    elif schema_type == "boolean":
        if value.lower() not in ("true", "false"):
            raise UsageError(f"--where {name}={_shown(value)}: must be true or false")
        return value.lower()
    return value


def parse_where(resource: Resource, items: Iterable[str]) -> dict[str, str]:
    """Wire-named query parameters from ``NAME=VALUE`` strings (NAME: wire or Python name, any case)."""
    allowed = {p.wire: p for p in resource.filters}
    by_lower: dict[str, str] = {}
    for p in allowed.values():
        by_lower[p.wire.lower()] = p.wire
        by_lower[p.python.lower()] = p.wire
    query: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip()
        if not sep or not name:
            raise UsageError(f"--where {_shown(item)}: expected NAME=VALUE")
        wire = by_lower.get(name.lower())
        if wire is None:
            names = ", ".join(sorted(allowed, key=str.lower)) or "(none)"
            raise UsageError(f"--where: {resource.name} has no filter {_shown(name)}; allowed: {names}")
        if len(value) > MAX_WHERE_VALUE:
            raise UsageError(
                f"--where {wire}: the value is {len(value):,} characters long; at most {MAX_WHERE_VALUE:,} "
                "are accepted (servers refuse longer URLs)"
            )
        if _CONTROL.search(value):
            raise UsageError(f"--where {wire}={_shown(value)}: control characters (line breaks, tabs, NUL) are not allowed")
        if wire in query:
            raise UsageError(f"--where: {wire} given twice")
        param = allowed[wire]
        query[wire] = _check_type(wire, param.schema_type, param.enum, value)
    try:
        from vismanet_ext.errors import InvalidArgument
        from vismanet_ext.filters import FilterRules
    except ImportError:  # pragma: no cover - the client layer is always installed with the CLI
        return query
    try:
        FilterRules.for_params(resource.operation.params).apply(query)
    except InvalidArgument as e:
        raise UsageError(f"--where: {e}") from None
    return query


def add_since(resource: Resource, query: dict[str, str], since: datetime | None, *, why: str) -> None:
    """Add ``lastModifiedDateTime >= since`` to ``query`` (``why`` names the option, for errors)."""
    if not resource.supports_since:
        raise UsageError(f"{why}: {resource.name} has no lastModifiedDateTime filter, so it cannot be exported incrementally")
    if SINCE_PARAM in query or SINCE_CONDITION_PARAM in query:
        raise UsageError(f"{why} and --where {SINCE_PARAM} cannot be combined")
    if since is None:
        return
    from .state import format_filter

    query[SINCE_PARAM] = format_filter(since)
    if any(p.wire == SINCE_CONDITION_PARAM for p in resource.operation.params):
        query[SINCE_CONDITION_PARAM] = ">="


def missing_required(resource: Resource, query: dict[str, str]) -> list[str]:
    """Required query parameters not given (the exporter supplies paging itself)."""
    return [p.wire for p in resource.filters if p.required and p.wire not in query]
