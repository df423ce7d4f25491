"""POST/PUT JSON bodies checked against the operation's body schema, as model binding would.

The body model comes from the generated operation index, its shape from the generated
models (:mod:`schema_data`). Visma's write DTOs wrap values (``DtoValueOfString``, or
inline wrappers like ``ItemTypeInCustomerInvoiceLinesUpdateDto``: a schema whose only
property is ``value``), so a plain ``"Acme"`` where ``{"value": "Acme"}`` is declared
does not bind on the real server: here it is a 400 naming the field and showing the
wrapped form. Values are checked leniently, as Json.NET converts (a number for a string,
``"12.5"`` for a decimal); an object or list where a scalar belongs, a value that cannot
be converted, or an unknown enum value is a 400.

Unknown members: ASP.NET's Json.NET ignores them by default, so a misspelt field would
be lost silently on the real server. The sandbox refuses them (400 naming the field and
close matches) so such a mistake fails in tests; ``Sandbox(strict_bodies=False)`` ignores
them as the server does.
"""

from __future__ import annotations

import difflib
import json
import math
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING, Any

from .errors import bad_request
from .schema_data import Prop, Shape, shape

if TYPE_CHECKING:
    from vismanet_client._operations import Operation

_MAX_DEPTH = 12


@cache
def _operations_by_id() -> dict[str, Operation]:
    from vismanet_client._operations import OPERATIONS

    return {op.operation_id: op for op in OPERATIONS}


def body_model(operation_id: str) -> str | None:
    """The JSON body model of an operation (None: no JSON body)."""
    op = _operations_by_id().get(operation_id)
    if op is None or op.body_is_multipart:
        return None
    return op.body_model


def is_wrapper(model: Shape) -> bool:
    return len(model.props) == 1 and model.props[0].wire == "value"


def check(model_name: str, body: Any, *, unknown_fields: bool = True) -> Any:
    """The body as the server binds it (member names and enum values in the schema's case),
    or a 400 ``ApiError`` for the first member the schema does not accept."""
    return _object(shape(model_name), body, "", unknown_fields, 0)


def _object(model: Shape, value: Any, where: str, strict: bool, depth: int) -> Any:
    if not isinstance(value, dict):
        raise bad_request(f"The value {_json(value)} is not valid for '{where}': expected an object "
                          f"({model.name})." if where else "The request body must be a JSON object.")
    if depth > _MAX_DEPTH:
        return value
    props = {p.wire.lower(): p for p in model.props}  # Json.NET binds names case-insensitively
    bound: dict[str, Any] = {}
    for name, member in value.items():
        path = f"{where}.{name}" if where else name
        prop = props.get(name.lower())
        if prop is None:
            if strict:
                close = difflib.get_close_matches(name, [p.wire for p in model.props], n=3, cutoff=0.6)
                hint = f" Did you mean {', '.join(repr(c) for c in close)}?" if close else ""
                raise bad_request(f"'{path}' is not a member of {model.name}.{hint} (The real server "
                                  "ignores unknown members; the sandbox refuses them so nothing is lost silently.)")
            continue
        if member is None and prop.kind in ("model", "models"):
            continue  # a null wrapper or object binds to "not sent": the field stays as it is
        bound[prop.wire] = _value(prop, member, path, strict, depth)
    return bound


def _value(prop: Prop, value: Any, where: str, strict: bool, depth: int) -> Any:
    if value is None:
        return None  # null: a DTO value of null clears the field, a null wrapper means "unchanged"
    kind = prop.kind
    if kind in ("model", "models") and prop.model is not None:
        nested = shape(prop.model)
        if kind == "models":
            if not isinstance(value, list):
                raise bad_request(f"The value {_json(value)} is not valid for '{where}': expected an array.")
            return [_member(nested, item, f"{where}[{position}]", strict, depth + 1)
                    for position, item in enumerate(value)]
        return _member(nested, value, where, strict, depth + 1)
    return _scalar(prop, value, where)


def _member(nested: Shape, value: Any, where: str, strict: bool, depth: int) -> Any:
    if is_wrapper(nested) and not (isinstance(value, dict) and "value" in value):
        name = where.rsplit(".", 1)[-1]
        raise bad_request(
            f"The value {_json(value)} is not valid for '{where}': Visma write DTOs wrap values "
            f"({nested.name}), send {{\"{name}\": {{\"value\": {_json(value)}}}}}."
        )
    return _object(nested, value, where, strict, depth)


def _scalar(prop: Prop, value: Any, where: str) -> Any:
    kind = prop.kind
    if isinstance(value, (dict, list)) and kind != "any":
        raise bad_request(f"The value {_json(value)} is not valid for '{where}': expected "
                          f"{'a list of strings' if kind == 'strings' else 'a single value'}.")
    if kind in ("int", "float"):
        if isinstance(value, bool) or not _number(value, integral=kind == "int"):
            raise bad_request(f"The value {_json(value)} is not valid for '{where}': expected "
                              f"{'an integer' if kind == 'int' else 'a number'}.")
    elif kind == "bool":
        if not isinstance(value, bool) and str(value).lower() not in ("true", "false"):
            raise bad_request(f"The value {_json(value)} is not valid for '{where}': expected true or false.")
    elif kind in ("datetime", "date"):
        if not isinstance(value, str) or not _date(value):
            raise bad_request(f"The value {_json(value)} is not valid for '{where}': expected a date "
                              "(yyyy-MM-dd or yyyy-MM-ddTHH:mm:ss).")
    elif kind == "enum":
        canonical = {c.lower(): c for c in prop.choices}
        if not isinstance(value, str) or value.lower() not in canonical:
            raise bad_request(f"The value {_json(value)} is not valid for '{where}'. Allowed values: "
                              f"{', '.join(prop.choices)}.")
        return canonical[value.lower()]
    elif kind == "strings" and not isinstance(value, list):
        raise bad_request(f"The value {_json(value)} is not valid for '{where}': expected a list of strings.")
    return value


def _number(value: Any, *, integral: bool) -> bool:
    if isinstance(value, (int, float)):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            return False
    else:
        return False
    return math.isfinite(number) and (not integral or number.is_integer())


def _date(text: str) -> bool:
    try:
        datetime.fromisoformat(text.strip())
    except ValueError:
        return False
    return True


def _json(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 80 else text[:77] + "..."
