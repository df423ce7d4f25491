"""Is a request body JSON? Checked before any request, so a bad value is an `InvalidArgument` naming it.

httpx would raise a bare ``TypeError`` for a ``date``, ``bytes``, ``set`` or ``object()``, a ``ValueError``
for ``NaN``/``inf`` (it encodes with ``allow_nan=False``), a ``UnicodeEncodeError`` for a lone surrogate,
and only after the client had started the request. Allowed: ``None``, ``bool``, ``int``, finite
``float``, ``str`` (encodable as UTF-8), lists/tuples of those, and dicts with ``str`` keys, nested up to
`MAX_DEPTH` levels (a deeper or cyclic structure is refused too). Dates in ``body=`` dicts are turned
into ISO text earlier, by :mod:`vismanet_ext.bodies`; ``json=`` is sent exactly as given, so it must
already be JSON.
"""

from __future__ import annotations

import math
from typing import Any

from .errors import InvalidArgument

__all__ = ["MAX_DEPTH", "check_json_body"]

MAX_DEPTH = 100

_SCALARS = (str, bool, int, float, type(None))


def _path(parts: tuple[str | int, ...]) -> str:
    text = "body"
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text


def _bad_scalar(value: Any) -> str | None:
    if isinstance(value, float) and not math.isfinite(value):
        return f"the float {value!r} (JSON has no NaN or infinity)"
    if isinstance(value, str) and not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return "a str that is not valid Unicode (a lone surrogate)"
    return None


def check_json_body(body: Any, *, where: str) -> None:
    """Raise `InvalidArgument` naming the first value in ``body`` that cannot be sent as JSON."""
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(body, ())]
    while stack:
        value, parts = stack.pop()
        if isinstance(value, _SCALARS):
            problem = _bad_scalar(value)
            if problem is not None:
                raise InvalidArgument(f"{where}: {_path(parts)} is {problem}; it cannot be sent as JSON")
            continue
        if len(parts) >= MAX_DEPTH:
            raise InvalidArgument(f"{where}: {_path(parts[:3])}... is nested deeper than {MAX_DEPTH} levels (or cyclic)")
        if isinstance(value, dict):
            for key, item in value.items():
                if not isinstance(key, str):
                    raise InvalidArgument(
                        f"{where}: {_path(parts)} has the key {key!r} ({type(key).__name__}); JSON keys are str"
                    )
                stack.append((item, (*parts, key)))
        elif isinstance(value, (list, tuple)):
            for index, item in enumerate(value):
                stack.append((item, (*parts, index)))
        else:
            hint = " (pass it as ISO text, e.g. value.isoformat())" if hasattr(value, "isoformat") else ""
            raise InvalidArgument(
                f"{where}: {_path(parts)} is a {type(value).__module__}.{type(value).__qualname__}"
                .replace("builtins.", "")
                + f"{hint}; it cannot be sent as JSON"
            )
