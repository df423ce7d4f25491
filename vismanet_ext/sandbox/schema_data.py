"""Seeded records for any response DTO, derived from the generated models.

The hand-written builders in :mod:`data` cover the resources tests write to; every
other list operation of the spec is served from records built here. A model's
*shape* (wire names and kinds of its properties) is read once from the generated
attrs class: the kinds from its field annotations, the wire names by calling its
own ``to_dict`` on an instance whose fields hold markers (so the mapping is the
generator's, not a guess). Records are then built from the shape with a seeded
RNG: deterministic per ``(seed, resource, index)``, of the spec's types (enum values
from the spec's enums), nested objects a few levels deep, one or two list items.
"""

from __future__ import annotations

import random
import re
import threading
import typing
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from .data import (
    _CITIES,
    _STREETS,
    EPOCH,
    HISTORY,
    Context,
    Record,
    between,
    company_name,
    header,
    money,
    pick,
)
from .dates import format_date, format_datetime

_MAX_DEPTH = 3  # nested objects below this are left out (some DTOs refer to themselves)
_SKIPPED = frozenset({"metadata"})  # the list renderer adds it
_KEY_NAMES = ("number", "id", "code", "referenceNumber", "refNbr", "orderNbr", "orderNumber",
              "batchNumber", "documentNumber", "employeeId", "accountCD")
_KEY_SUFFIX = re.compile(r"(Id|ID|Cd|CD|Number|Nbr|No|Code)$")
_WORDS = ("Standard", "Nordic", "Main", "Service", "Project", "Retail", "Export", "Domestic",
          "Seasonal", "Reserve", "Primary", "Internal")


@dataclass(frozen=True)
class Prop:
    """One property of a DTO: wire name, kind and what a kind needs."""

    wire: str
    kind: str  # str int float bool datetime date uuid enum model models strings any
    choices: tuple[str, ...] = ()
    model: str | None = None  # the nested model's class name, for model / models


@dataclass(frozen=True)
class Shape:
    name: str
    props: tuple[Prop, ...]

    def prop(self, wire: str) -> Prop | None:
        return next((p for p in self.props if p.wire == wire), None)


class _Marker:
    """Stands in for a field value so ``to_dict`` reveals the field's wire name."""

    def __init__(self, attr: str) -> None:
        self.attr = attr

    def isoformat(self) -> _Marker:
        return self

    def to_dict(self) -> _Marker:
        return self

    def __iter__(self) -> typing.Iterator[_Marker]:
        yield self

    def __str__(self) -> str:  # UUIDs are written with str()
        return f"\0{self.attr}"


_SHAPES: dict[str, Shape] = {}
_LOCK = threading.RLock()


def _models() -> Any:
    from vismanet_client import models

    return models


def _kind(annotation: str) -> tuple[str, str | None, tuple[str, ...]]:
    text = re.sub(r"\s*\|\s*(Unset|None)\b", "", annotation).strip()
    text = text.split(" | ")[0]  # a union of types: the first one
    listed = re.fullmatch(r"list\[(.+)\]", text)
    inner = listed.group(1) if listed else text
    simple = {"str": "str", "int": "int", "float": "float", "bool": "bool", "UUID": "uuid",
              "datetime.datetime": "datetime", "datetime.date": "date"}
    if inner in simple:
        kind = simple[inner]
        return ("strings" if listed and kind == "str" else "any" if listed else kind), None, ()
    found = getattr(_models(), inner, None) if re.fullmatch(r"\w+", inner) else None
    if found is not None and hasattr(found, "__attrs_attrs__"):
        return ("models" if listed else "model"), inner, ()
    if found is not None:
        choices = tuple(str(v) for v in typing.get_args(found))
        if choices:
            return ("any" if listed else "enum"), None, choices
    return "any", None, ()


def shape(model_name: str) -> Shape:
    """The shape of a generated model (cached; thread-safe)."""
    with _LOCK:
        found = _SHAPES.get(model_name)
        if found is not None:
            return found
        import attrs

        cls = getattr(_models(), model_name)
        fields = [f for f in attrs.fields(cls) if f.name != "additional_properties" and f.init]
        instance = cls(**{f.name: _Marker(f.name) for f in fields})
        wire_of: dict[str, str] = {}
        for wire, value in instance.to_dict().items():
            if isinstance(value, list) and value:
                value = value[0]
            if isinstance(value, _Marker):
                wire_of[value.attr] = wire
            elif isinstance(value, str) and value.startswith("\0"):
                wire_of[value[1:]] = wire
        props = []
        for f in fields:
            wire = wire_of.get(f.name)
            if wire is None or wire in _SKIPPED:
                continue
            kind, model, choices = _kind(str(f.type))
            props.append(Prop(wire, kind, choices, model))
        built = Shape(model_name, tuple(props))
        _SHAPES[model_name] = built
        return built


def key_field(model_name: str, hint: str | None = None) -> tuple[str | None, bool]:
    """The property that identifies a record (``hint``: a get-by-key path parameter), and
    whether it is an integer."""
    props = {p.wire: p for p in shape(model_name).props if p.kind in ("str", "int")}
    lowered = {w.lower(): w for w in props}
    for name in ((hint,) if hint else ()) + _KEY_NAMES:
        if name and name.lower() in lowered:
            wire = lowered[name.lower()]
            return wire, props[wire].kind == "int"
    for wire, prop in props.items():
        if _KEY_SUFFIX.search(wire):
            return wire, prop.kind == "int"
    return None, False


def builder(
    resource: str, model_name: str, key: str | None
) -> Callable[[Context, random.Random, int, str], Record]:
    """A record builder for :class:`data.Dataset` (the shape is read on first use)."""

    def build(ctx: Context, rng: random.Random, index: int, key_value: str) -> Record:
        head = header(ctx, resource, index)
        fixed: dict[str, Any] = {
            "lastModifiedDateTime": format_datetime(head.modified),
            "createdDateTime": format_datetime(head.created),
        }
        record = _build(shape(model_name), rng, 0, fixed, "")
        if key is not None:
            prop = shape(model_name).prop(key)
            record[key] = int(key_value) if prop is not None and prop.kind == "int" else key_value
        if "name" in record and isinstance(record["name"], str):
            record["name"] = company_name(ctx, resource, index)
        return record

    return build


def _build(
    current: Shape, rng: random.Random, depth: int, fixed: dict[str, Any], parent: str
) -> Record:
    record: Record = {}
    for prop in current.props:
        if depth == 0 and prop.wire in fixed and prop.kind == "datetime":
            record[prop.wire] = fixed[prop.wire]
            continue
        value = _value(prop, rng, depth, parent)
        if value is not _OMIT:
            record[prop.wire] = value
    return record


_OMIT: Any = object()


def _value(prop: Prop, rng: random.Random, depth: int, parent: str) -> Any:
    kind = prop.kind
    if kind == "str":
        return _text(prop.wire, parent, rng)
    if kind == "int":
        return between(rng, 1, 9999)
    if kind == "float":
        return money(rng, 1, 50_000)
    if kind == "bool":
        return rng.random() < 0.5
    if kind == "datetime":
        return format_datetime(EPOCH + HISTORY * rng.random()).split(".")[0]
    if kind == "date":
        return format_date(EPOCH + timedelta(days=int(rng.random() * HISTORY.days)))
    if kind == "uuid":
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))
    if kind == "enum":
        return pick(rng, prop.choices)
    if kind == "strings":
        return [pick(rng, _WORDS)]
    if kind in ("model", "models") and prop.model is not None:
        if depth + 1 > _MAX_DEPTH:
            return _OMIT if kind == "model" else []
        nested = shape(prop.model)
        if kind == "model":
            return _build(nested, rng, depth + 1, {}, prop.wire)
        count = between(rng, 1, 2) if depth == 0 else between(rng, 0, 1)
        return [_build(nested, rng, depth + 1, {}, prop.wire) for _ in range(count)]
    return _OMIT


def _text(wire: str, parent: str, rng: random.Random) -> str:
    """A plausible string for a property, by its name and its parent's (``country.id``)."""
    lowered = wire.lower()
    context = parent.lower()
    if "country" in lowered or ("country" in context and lowered == "id"):
        return pick(rng, ("NO", "SE", "DK"))
    if "currency" in lowered or ("currency" in context and lowered == "id"):
        return pick(rng, ("NOK", "SEK", "EUR"))
    if "email" in lowered:
        return f"post{between(rng, 1, 999)}@example.no"
    if "phone" in lowered or "fax" in lowered:
        return f"+47 {between(rng, 20, 99)} {between(rng, 10, 99)} {between(rng, 10, 99)} {between(rng, 10, 99)}"
    if lowered.startswith("addressline"):
        return f"{pick(rng, _STREETS)} {between(rng, 1, 120)}"
    if lowered == "postalcode":
        return pick(rng, _CITIES)[0]
    if lowered == "city":
        return pick(rng, _CITIES)[1]
    if "year" in lowered:
        return str(between(rng, 2023, 2025))
    if "period" in lowered:
        return f"{between(rng, 2023, 2025)}{between(rng, 1, 12):02d}"
    if "description" in lowered or "descr" in lowered or "name" in lowered or "text" in lowered:
        return f"{pick(rng, _WORDS)} {wire[:1].upper()}{wire[1:]} {between(rng, 1, 99)}"
    return f"{between(rng, 1, 99999):05d}"
