"""Plain values for Visma's wrapped write bodies: ``{"name": "Acme"}`` -> ``{"name": {"value": "Acme"}}``.

Visma's update DTOs wrap nearly every field as ``{"value": X}`` (``DtoValueOfString`` and friends), and a
``null`` inside a wrapper *clears* the field. Writing wrappers by hand is noisy and a bare value does not
bind on the server, so dict bodies given as ``body=`` are shaped here, field by field, from the generated
table ``vismanet_client._body_shapes`` (built from the spec's schemas by ``scripts/codegen/body_shapes.py``):

* a plain value where the schema wants a wrapper is wrapped, recursively into nested objects and lists
  (invoice lines, addresses inside ``DtoValueOfAddressUpdateDto``);
* a value that is already ``{"value": ...}`` is left as it is (its inner object is still shaped);
* ``None`` is dropped (the field is not sent, so the server leaves it alone); to clear a field send
  :data:`CLEAR` (or ``{"value": None}``), which becomes ``{"value": null}`` (``null`` for a plain field);
* an unknown field name is an :class:`~vismanet_ext.errors.InvalidArgument` naming close matches;
* ``date``/``datetime`` become ISO text, ``Decimal`` a JSON number (refused when a float cannot hold it).

Typed bodies (generated models) are not touched: they serialise themselves. ``json=`` on a raw route is
always sent exactly as given. The same idea as the value-wrapper transformer of Pionect's PHP SDK.
"""

from __future__ import annotations

import datetime as _dt
import decimal
from collections.abc import Mapping
from functools import cache
from typing import Any

from .errors import InvalidArgument

__all__ = ["CLEAR", "body_schema", "shape_body"]


class _Clear:
    """The explicit "clear this field" value (``{"value": null}`` on the wire)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "vismanet_ext.CLEAR"

    def __reduce__(self) -> str:
        return "CLEAR"


#: Send as a field's value to clear it on the server (``None`` means "leave the field out").
CLEAR: Any = _Clear()

_WRAPPED = "v"
_LIST_OF_WRAPPED = "[]v"
_MAX_SUGGESTIONS = 3


@cache
def _table() -> tuple[Mapping[str, str], Mapping[str, Mapping[str, str]]]:
    """The generated table, imported on first use (about 2,500 lines; most programs never write)."""
    try:
        from vismanet_client import _body_shapes
    except ImportError:  # a client generated before the table existed: send bodies as given
        return {}, {}
    return _body_shapes.BODIES, _body_shapes.SHAPES


def body_schema(operation_id: str) -> str | None:
    """The schema name of an operation's JSON body (``"[]:S"`` for a list), or None when not known."""
    return _table()[0].get(operation_id)


def shape_body(operation_id: str, body: Any, *, where: str) -> Any:
    """``body`` in wire form for ``operation_id`` (see the module docstring); unknown operations pass through.

    ``where`` names the operation in error messages.
    """
    root = body_schema(operation_id)
    if root is None:
        return body
    shapes = _table()[1]
    if root.startswith("[]:"):
        return _shape_list(shapes, root[3:], body, where, "body")
    return _shape_object(shapes, root, body, where, "body")


def _shape_list(shapes: Mapping[str, Mapping[str, str]], schema: str, value: Any, where: str, path: str) -> Any:
    if not isinstance(value, (list, tuple)):
        raise InvalidArgument(f"{where}: {path} must be a list of {schema} objects, got {type(value).__name__}")
    return [_shape_object(shapes, schema, item, where, f"{path}[{i}]") for i, item in enumerate(value)]


def _shape_object(shapes: Mapping[str, Mapping[str, str]], schema: str, value: Any, where: str, path: str) -> Any:
    if _is_model(value):
        return value.to_dict()
    if not isinstance(value, Mapping):
        raise InvalidArgument(f"{where}: {path} must be an object ({schema}), got {type(value).__name__} {value!r}")
    fields = shapes.get(schema, {})
    out: dict[str, Any] = {}
    for name, item in value.items():
        kind = fields.get(name) if isinstance(name, str) else None
        if kind is None:
            raise InvalidArgument(_unknown_field(where, path, schema, name, fields))
        if item is None:
            continue  # "not given": the server leaves the field as it is
        field_path = name if path == "body" else f"{path}.{name}"
        out[name] = _shape_field(shapes, kind, item, where, field_path)
    return out


def _shape_field(shapes: Mapping[str, Mapping[str, str]], kind: str, item: Any, where: str, path: str) -> Any:
    if kind == "":
        return None if item is CLEAR else _plain(item, where, path)
    if kind == _WRAPPED or kind.startswith("v:"):
        return _wrap(shapes, kind[2:] or None, item, where, path)
    if kind == _LIST_OF_WRAPPED:
        if not isinstance(item, (list, tuple)):
            raise InvalidArgument(f"{where}: {path} must be a list, got {type(item).__name__}")
        return [_wrap(shapes, None, x, where, f"{path}[{i}]") for i, x in enumerate(item)]
    if item is CLEAR:
        return None
    if kind.startswith("o:"):
        return _shape_object(shapes, kind[2:], item, where, path)
    if kind.startswith("[]:"):
        return _shape_list(shapes, kind[3:], item, where, path)
    return _plain(item, where, path)  # a kind this version does not know: send as given


def _wrap(shapes: Mapping[str, Mapping[str, str]], inner: str | None, item: Any, where: str, path: str) -> Any:
    """``{"value": X}`` for a wrapped field; an already wrapped value keeps its wrapper."""
    if isinstance(item, Mapping) and set(item) == {"value"}:
        item = item["value"]
        if item is None:
            return {"value": None}  # an explicit clear, written the wire way
    if item is CLEAR:
        return {"value": None}
    if inner is not None:
        return {"value": _shape_object(shapes, inner, item, where, path)}
    if isinstance(item, Mapping) or _is_model(item):
        raise InvalidArgument(
            f"{where}: {path} takes a single value (sent as {{\"value\": ...}}), got an object {item!r}"
        )
    return {"value": _plain(item, where, path)}


def _plain(item: Any, where: str, path: str) -> Any:
    """A JSON-ready value: dates as ISO text, Decimals as numbers, tuples as lists."""
    if isinstance(item, (str, bool, int, float)):
        return item
    if isinstance(item, (_dt.date, _dt.datetime)):
        return item.isoformat()
    if isinstance(item, decimal.Decimal):
        number = float(item)
        if not item.is_finite() or decimal.Decimal(repr(number)) != item:
            raise InvalidArgument(f"{where}: {path}={item} does not fit a JSON number exactly; round it first")
        return int(item) if item == item.to_integral_value() and abs(item) < 2**53 else number
    if isinstance(item, (list, tuple)):
        return [_plain(x, where, f"{path}[{i}]") for i, x in enumerate(item)]
    if _is_model(item):
        return item.to_dict()
    return item


def _is_model(value: Any) -> bool:
    return not isinstance(value, Mapping) and callable(getattr(value, "to_dict", None))


def _squash(name: str) -> str:
    return name.replace("_", "").replace("-", "").lower()


def _unknown_field(where: str, path: str, schema: str, name: Any, fields: Mapping[str, str]) -> str:
    place = "the body" if path == "body" else path
    if not isinstance(name, str):
        return f"{where}: field names must be strings, got {name!r} in {place}"
    squashed = {_squash(f): f for f in fields}
    matches = [squashed[_squash(name)]] if _squash(name) in squashed else []
    import difflib  # only when there is a mistake to explain

    matches += [m for m in difflib.get_close_matches(name, list(fields), n=_MAX_SUGGESTIONS) if m not in matches]
    hint = f"; did you mean {', '.join(repr(m) for m in matches[:_MAX_SUGGESTIONS])}?" if matches else ""
    return (
        f"{where}: unknown field {name!r} in {place} ({schema}){hint} "
        f"({len(fields)} fields: {', '.join(sorted(fields)[:12])}{', ...' if len(fields) > 12 else ''})"
    )
