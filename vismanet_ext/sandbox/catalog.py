"""Every list operation of the spec, served by the sandbox.

The hand-written resources (:data:`resources.SPECS`, :data:`data.DATASETS`) model
the documents tests write to. Every other exportable list operation of the
generated operation index (``GET`` without path parameters returning a list, the
same rule as ``vismanet resources``) becomes a *generic* read-only resource: its
records are derived from the operation's response schema (:mod:`schema_data`),
filtered by the generic rules of :mod:`query`, paged like the others, and readable
one by one where the spec has ``GET {path}/{key}``. Names follow the CLI's:
the path without ``/vN/`` (``branch``, ``customer/balance``), ``vN/name`` for a
higher version of a name that exists twice.

Operations whose description says "a filter needs to be specified" answer 400
without one, naming the filters, as the real server does; required query
parameters are a 400 naming the parameter. The operation index is imported on
first use only, so constructing a sandbox stays cheap.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from . import routes
from .data import DATASETS, Dataset
from .query import shapes_only
from .resources import SPECS, DateCond, Filter, NumCond, ResourceSpec
from .schema_data import builder, key_field, shape

if TYPE_CHECKING:
    from vismanet_client._operations import Operation

GENERIC_SIZE = 25  # records per generic resource unless sizes= says otherwise
_VERSIONED = re.compile(r"^/v(\d+)/(.+)$", re.IGNORECASE)
_PAGING = frozenset({"pageNumber", "pageSize", "numberToRead", "skipRecords"})
_NEEDS_FILTER = re.compile(r"a filter needs to be specified", re.IGNORECASE)
_LOCK = threading.RLock()


@dataclass(frozen=True)
class Generic:
    """A list operation served from schema-derived records."""

    name: str
    operation: Operation
    get_param: str | None  # the path parameter of GET {path}/{param}, if the spec has one


def _operations() -> tuple[Operation, ...]:
    from vismanet_client._operations import OPERATIONS

    return OPERATIONS


def _exportable(op: Operation) -> bool:
    return (op.method == "GET" and (op.response_is_list or op.pages)
            and not any(p.location == "path" for p in op.params))


def _base(path: str) -> tuple[int, str]:
    match = _VERSIONED.match(path)
    return (int(match.group(1)), match.group(2)) if match else (0, path.strip("/"))


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, Generic], dict[str, str], dict[str, str]]:
    """(generic resources by name, lower-case path -> name, lower-case alias -> store name)."""
    ops = _operations()
    by_base: dict[str, list[Operation]] = {}
    for op in ops:
        if _exportable(op):
            by_base.setdefault(_base(op.path)[1].lower(), []).append(op)
    single_key: dict[str, str] = {}
    for op in ops:
        if op.method == "GET" and op.response_model and not op.response_is_list:
            parent, _, last = op.path.rpartition("/")
            params = [p for p in op.params if p.location == "path"]
            if len(params) == 1 and last == "{" + params[0].wire + "}":
                single_key.setdefault(parent.lower(), params[0].wire)
    generics: dict[str, Generic] = {}
    paths: dict[str, str] = {}
    aliases: dict[str, str] = {name.lower(): name for name in DATASETS}
    for entries in by_base.values():
        entries.sort(key=lambda op: _base(op.path)[0])
        for position, op in enumerate(entries):
            version, base = _base(op.path)
            name = base if position == 0 else f"v{version}/{base}"
            hand = routes.find("GET", op.path.strip("/").split("/"))
            if hand is not None and not isinstance(hand, str) and hand.route.op == "list" \
                    and hand.route.resource:
                aliases.setdefault(name.lower(), hand.route.resource)
                continue
            generics[name] = Generic(name, op, single_key.get(op.path.lower()))
            paths[op.path.lower()] = name
            aliases.setdefault(name.lower(), name)
    return generics, paths, aliases


def generic_names() -> tuple[str, ...]:
    return tuple(_index()[0])


def canonical(name: str) -> str | None:
    """The store name for a resource name in any case (``Customer``, ``BRANCH``, ``payment``)."""
    if name in DATASETS:
        return name
    lowered = name.strip().strip("/").lower()
    for known in DATASETS:
        if known.lower() == lowered:
            return known
    return _index()[2].get(lowered)


def is_generic(name: str) -> bool:
    return name not in DATASETS and name in _index()[0]


def record_model(generic: Generic) -> tuple[str, bool]:
    """(the model of one record, whether pages come wrapped in a ``BasePaginationDto``)."""
    model = generic.operation.response_model
    assert model is not None
    if not generic.operation.response_is_list:
        records = shape(model).prop("records")
        if records is not None and records.kind == "models" and records.model:
            return records.model, True
    return model, False


@cache
def generic_dataset(name: str) -> Dataset:
    generic = _index()[0][name]
    model, _ = record_model(generic)
    with _LOCK:
        key, numeric = key_field(model, generic.get_param)
        modified = shape(model).prop("lastModifiedDateTime")
    light = frozenset({"lastModifiedDateTime"}) if modified and modified.kind == "datetime" else frozenset()

    def key_of(index: int) -> str:
        return str(index + 1) if numeric else f"{index + 1:06d}"

    return Dataset(name, GENERIC_SIZE, key or "", key_of, builder(name, model, key),
                   light_fields=light)


@cache
def generic_spec(name: str) -> ResourceSpec:
    generic = _index()[0][name]
    op = generic.operation
    model, envelope = record_model(generic)
    wires = {p.wire for p in op.params if p.location == "query"}
    filters: dict[str, Filter] = {}
    props = {p.wire: p.kind for p in shape(model).props}
    for field in sorted(wires):
        condition = f"{field}Condition"
        kind = props.get(field)
        if field in ("lastModifiedDateTime", "createdDateTime") or kind in ("datetime", "date"):
            filters[field] = DateCond(field, condition if condition in wires else None)
        elif kind in ("int", "float") and condition in wires:
            filters[field] = NumCond(field, condition)
    conditions = {f"{n}Condition" for n in wires}
    choices = [p.wire for p in op.params if p.location == "query" and p.wire not in _PAGING
               and p.wire not in conditions and not shapes_only(p.wire)]
    needs_filter = tuple(choices) if _NEEDS_FILTER.search(op.summary) else ()
    required = tuple(p.wire for p in op.params if p.location == "query" and p.required)
    label = name.rsplit("/", 1)[-1]
    return ResourceSpec(
        name, label[:1].upper() + label[1:], op.path, model, filters=filters,
        paged=op.pages, legacy_paging="numberToRead" in wires,
        require_one_of=needs_filter, required_params=required, read_only=True, envelope=envelope,
    )


def spec_of(name: str) -> ResourceSpec:
    found = SPECS.get(name)
    return found if found is not None else generic_spec(name)


@cache
def _generic_routes(name: str) -> tuple[routes.Route, routes.Route | None]:
    generic = _index()[0][name]
    path = generic.operation.path
    listing = routes.Route("GET", path, "list", name)
    single = None
    if generic.get_param:
        single = routes.Route("GET", f"{path}/{{{generic.get_param}}}", "get", name, generic.get_param)
    return listing, single


def find_generic_list(method: str, parts: list[str]) -> routes.Match | None:
    """A generic resource's list route: all literal, so it wins over a hand-written
    ``{key}`` route (``/v1/customer/balance`` is not customer ``balance``)."""
    if method not in ("GET", "HEAD"):
        return None
    name = _index()[1].get("/" + "/".join(parts).lower())
    return None if name is None else routes.Match(_generic_routes(name)[0], {})


def find_generic_key(method: str, parts: list[str]) -> routes.Match | None:
    """A generic resource's get-by-key route for ``parts``, or None."""
    if method not in ("GET", "HEAD"):
        return None
    paths = _index()[1]
    joined = "/" + "/".join(parts).lower()
    if len(parts) > 1:
        name = paths.get(joined.rsplit("/", 1)[0])
        if name is not None:
            single = _generic_routes(name)[1]
            if single is not None and single.key is not None:
                return routes.Match(single, {single.key: routes.decode_segment(parts[-1])})
    return None


@lru_cache(maxsize=1)
def _spec_templates() -> dict[tuple[str, int], tuple[tuple[tuple[str, ...], str], ...]]:
    """(method, number of segments) -> (segments, operation id) of the spec's operations."""
    found: dict[tuple[str, int], list[tuple[tuple[str, ...], str]]] = {}
    for op in _operations():
        segments = tuple(op.path.strip("/").split("/"))
        found.setdefault((op.method, len(segments)), []).append((segments, op.operation_id))
    return {key: tuple(value) for key, value in found.items()}


def spec_operation(method: str, parts: list[str]) -> tuple[str, str] | None:
    """(operation id, path template) of the spec operation a request names, if any
    (literal segments match case-insensitively; the most literal template wins)."""
    best: tuple[int, str, str] | None = None
    for segments, op_id in _spec_templates().get((method, len(parts)), ()):
        literals = 0
        for template, raw in zip(segments, parts):
            if template.startswith("{"):
                continue
            if template.lower() != raw.lower():
                break
            literals += 1
        else:
            if best is None or literals > best[0]:
                best = (literals, op_id, "/" + "/".join(segments))
    return None if best is None else (best[1], best[2])
