"""List requests: filters first, then paging, exactly as the docs describe.

* ``pageNumber`` defaults to 1; ``pageSize`` defaults to the default page size and
  is silently capped at ``maxPageSize``; a page past the end is ``[]``.
* every record of a page carries ``metadata: {totalCount, maxPageSize}`` where
  totalCount counts the whole filtered result, recomputed on every request.
* ``numberToRead``/``skipRecords`` (deprecated) still work, but the spec says
  they "do not work with" pageNumber/pageSize; combining them is a 400.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from . import line_pages
from .dates import parse_condition, parse_filter_datetime, parse_record_datetime
from .errors import bad_request
from .resources import (
    BoolEq,
    DateCond,
    Eq,
    Filter,
    NumCond,
    OneOf,
    Prefixed,
    Released,
    ResourceSpec,
)
from .store import Predicate, ResourceStore, deep_get

PAGING = ("pageNumber", "pageSize")
LEGACY = ("numberToRead", "skipRecords")
# Parameters the spec declares that only shape the response, never select records.
_IGNORED_PREFIXES = ("expand", "include", "show", "add")
_IGNORED = {"greaterThanValue", "orderBy", "attributes", "alternateID", "salesCategory",
            "availabilityLastModifiedDateTime", "availabilityLastModifiedDateTimeCondition",
            "attachmentLastModifiedDateTime", "attachmentLastModifiedDateTimeCondition",
            "dunningLevel", "dunningLetterDateTime", "dunningLetterDateTimeCondition",
            "closedFinancialPeriod", "project", "item", "expandApplications"}


def shapes_only(name: str) -> bool:
    """A parameter that shapes the response (expand..., orderBy) rather than selecting records."""
    return name in _IGNORED or name.startswith(_IGNORED_PREFIXES)


@dataclass(frozen=True)
class Page:
    keys: list[str]
    total: int
    max_page_size: int
    number: int = 1
    size: int = 0


def parse_int(params: Mapping[str, str], name: str, minimum: int) -> int | None:
    raw = params.get(name)
    if raw is None or raw == "":
        return None
    try:
        value = int(raw)
    except ValueError:
        raise bad_request(f"The value '{raw}' is not valid for {name}.") from None
    if value < minimum:
        raise bad_request(f"{name} must be greater than or equal to {minimum}, got {value}.")
    return value


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _path(path: str) -> tuple[str, ...]:
    return tuple(path.split("."))


def _get(record: dict[str, Any], path: tuple[str, ...]) -> Any:
    if len(path) > 1 and path[1].isdigit():  # "paymentLines.0.refNbr": first line
        lines = record.get(path[0])
        if not isinstance(lines, list) or len(lines) <= int(path[1]):
            return None
        return deep_get(lines[int(path[1])], path[2:])
    return deep_get(record, path)


def _build_predicate(
    spec: ResourceSpec, name: str, flt: Filter, params: Mapping[str, str]
) -> tuple[Any, Predicate] | None:
    """Validate one filter parameter; return (cache signature, predicate)."""
    raw = params[name]
    if isinstance(flt, Eq):
        if flt.choices and raw not in flt.choices:
            allowed = ", ".join(flt.choices)
            raise bad_request(f"The value '{raw}' is not valid for {name}. Allowed values: {allowed}.")
        wanted = raw.casefold()
        path = _path(flt.path)
        return (name, wanted), lambda r: (_text(_get(r, path)) or "").casefold() == wanted
    if isinstance(flt, BoolEq):
        lowered = raw.lower()
        if lowered not in ("true", "false"):
            raise bad_request(f"The value '{raw}' is not valid for {name}. Use true or false.")
        flag = lowered == "true"
        if flt.path == "$released":
            return (name, flag), lambda r: (r.get("status") in spec.released) == flag
        path = _path(flt.path)
        return (name, flag), lambda r: bool(_get(r, path)) == flag
    if isinstance(flt, Released):
        if raw not in ("0", "1"):
            raise bad_request(f"The value '{raw}' is not valid for {name}. Use 1 or 0.")
        flag = raw == "1"
        return (name, flag), lambda r: (r.get("status") in spec.released) == flag
    if isinstance(flt, Prefixed):
        wanted = (raw if raw.startswith(flt.prefix) else flt.prefix + raw).casefold()
        path = _path(flt.path)
        return (name, wanted), lambda r: (_text(_get(r, path)) or "").casefold() == wanted
    if isinstance(flt, OneOf):
        wanted_set = frozenset(v.strip().casefold() for v in raw.split(",") if v.strip())
        path = _path(flt.path)
        return (name, wanted_set), lambda r: (_text(_get(r, path)) or "").casefold() in wanted_set
    if isinstance(flt, DateCond):
        moment = parse_filter_datetime(name, raw)
        if flt.condition is None:
            compare = parse_condition(name, ">=")
            symbol = ">="
        else:
            symbol = params.get(flt.condition, "")
            if not symbol:
                raise bad_request(
                    f"{name} and {flt.condition} are mutually inclusive: "
                    f"provide {flt.condition} (one of >, <, >=, <=) together with {name}."
                )
            compare = parse_condition(flt.condition, symbol)
        path = _path(flt.path)

        def date_predicate(record: dict[str, Any]) -> bool:
            value = parse_record_datetime(_get(record, path))
            return value is not None and compare(value, moment)

        return (name, moment, symbol), date_predicate
    if isinstance(flt, NumCond):
        try:
            number = float(raw)
        except ValueError:
            raise bad_request(f"The value '{raw}' is not valid for {name}.") from None
        symbol = params.get(flt.condition, "")
        if not symbol:
            raise bad_request(
                f"{name} and {flt.condition} are mutually inclusive: "
                f"provide {flt.condition} (one of >, <, >=, <=) together with {name}."
            )
        compare = parse_condition(flt.condition, symbol)
        path = _path(flt.path)

        def number_predicate(record: dict[str, Any]) -> bool:
            value = _get(record, path)
            return isinstance(value, (int, float)) and compare(value, number)

        return (name, number, symbol), number_predicate
    return None


def _field_of(flt: Filter) -> str:
    """The top-level record field a filter reads."""
    if isinstance(flt, Released) or (isinstance(flt, BoolEq) and flt.path == "$released"):
        return "status"
    return flt.path.split(".", 1)[0]


def build_filters(
    spec: ResourceSpec, params: Mapping[str, str], template: dict[str, Any]
) -> tuple[tuple[Any, ...], list[Predicate], frozenset[str]]:
    conditions = {f.condition for f in spec.filters.values() if isinstance(f, (DateCond, NumCond))}
    signature: list[Any] = []
    predicates: list[Predicate] = []
    fields: set[str] = set()
    params = {name: value for name, value in params.items() if value != ""}  # empty binds to null
    for name in sorted(params):
        if name in PAGING or name in LEGACY or name in _IGNORED or name.startswith(_IGNORED_PREFIXES):
            continue
        if name in conditions:
            owner = next(n for n, f in spec.filters.items()
                         if isinstance(f, (DateCond, NumCond)) and f.condition == name)
            if owner not in params:
                raise bad_request(
                    f"{owner} and {name} are mutually inclusive: provide {owner} together with {name}."
                )
            continue
        flt = spec.filters.get(name)
        if flt is None:
            # Generic: a parameter named like a top-level scalar field filters on it.
            if name in template and not isinstance(template[name], (dict, list)):
                flt = Eq(name)
            else:
                continue  # ASP.NET ignores parameters an action does not declare
        built = _build_predicate(spec, name, flt, params)
        if built is not None:
            signature.append(built[0])
            predicates.append(built[1])
            fields.add(_field_of(flt))
    missing = [name for name in spec.required_params if not params.get(name)]
    if missing:
        raise bad_request(f"The parameter(s) {', '.join(missing)} are required for {spec.collection}.")
    if spec.require_one_of and not any(params.get(p) for p in spec.require_one_of):
        if spec.read_only:  # the spec's own words: "a filter needs to be specified"
            raise bad_request(
                f"A filter needs to be specified for {spec.collection}: provide at least one of "
                f"the parameters {', '.join(spec.require_one_of)}."
            )
        raise bad_request(
            f"One of the parameters {' or '.join(spec.require_one_of)} must be provided."
        )
    return tuple(signature), predicates, frozenset(fields)


def select(
    spec: ResourceSpec,
    store: ResourceStore,
    params: Mapping[str, str],
    template: dict[str, Any],
    max_page_size: int,
    default_page_size: int,
) -> Page | line_pages.LinePage:
    page_number = parse_int(params, "pageNumber", 1) if spec.paged else None
    page_size = parse_int(params, "pageSize", 1) if spec.paged else None
    number_to_read = parse_int(params, "numberToRead", 0) if spec.legacy_paging else None
    skip_records = parse_int(params, "skipRecords", 0) if spec.legacy_paging else None
    if (number_to_read is not None or skip_records is not None) and (
        page_number is not None or page_size is not None
    ):
        raise bad_request(
            "numberToRead/skipRecords cannot be combined with pageNumber/pageSize. "
            "Use pageNumber and pageSize (numberToRead and skipRecords are deprecated)."
        )
    signature, predicates, fields = build_filters(spec, params, template)
    if predicates:
        def matches(record: dict[str, Any]) -> bool:
            return all(predicate(record) for predicate in predicates)

        keys = store.matching(signature, matches, fields)
    else:
        keys = store.keys()
    total = len(keys)
    if number_to_read is not None or skip_records is not None:
        start = skip_records or 0
        count = min(number_to_read if number_to_read is not None else max_page_size, max_page_size)
        return Page(keys[start:start + count], total, max_page_size)
    if not spec.paged:
        return Page(list(keys), total, max_page_size)
    size = min(page_size if page_size is not None else default_page_size, max_page_size)
    lines = line_pages.counted_field(spec.collection)  # /v2/journaltransaction pages count lines
    if lines is not None:
        return line_pages.select(keys, store, lines, page_number or 1, size, max_page_size)
    start = ((page_number or 1) - 1) * size
    return Page(keys[start:start + size], total, max_page_size, page_number or 1, size)


def render_envelope(page: Page, fragment: Callable[[str], str]) -> str:
    """``BasePaginationDto``: ``{"pageNumber", "pageSize", "totalCount", "records": [...]}``."""
    head = json.dumps({"pageNumber": page.number, "pageSize": page.size or len(page.keys),
                       "totalCount": page.total}, separators=(",", ":"))
    return head[:-1] + ',"records":[' + ",".join(fragment(key) for key in page.keys) + "]}"


def render(page: Page | line_pages.LinePage, fragment: Callable[[str], str]) -> str:
    """One JSON array; each record gets ``metadata`` spliced in, no re-serialising."""
    if not page.keys:
        return "[]"
    if isinstance(page, line_pages.LinePage):
        return line_pages.render(page, fragment)
    suffix = ',"metadata":' + json.dumps(
        {"totalCount": page.total, "maxPageSize": page.max_page_size}, separators=(",", ":")
    ) + "}"
    parts = []
    for key in page.keys:
        text = fragment(key)
        parts.append(text[:-1] + suffix if len(text) > 2 else '{"metadata"' + suffix[11:])
    return "[" + ",".join(parts) + "]"
