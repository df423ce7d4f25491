"""JSON decoding of response bodies and the CLI's JSON-lines encoding: orjson when installed, else the stdlib.

``pip install vismanet[fast]`` adds orjson; the stdlib stays the default without it, and
``VISMANET_JSON=stdlib`` forces the stdlib even when orjson is installed (for comparisons; read once, at
import). Either way the *results* are the stdlib's, byte for byte and value for value; orjson is only used
where it gives the same answer:

* `loads`: orjson turns integers outside 64 bits into floats (silently losing digits) and rejects what
  the stdlib accepts (``NaN``, ``Infinity``, numbers that overflow a double, lone surrogates, a UTF-8 BOM,
  UTF-16/32). A body with a run of 19 or more digits anywhere (a possible out-of-range integer) and a body
  orjson rejects are decoded by the stdlib instead, so values and errors are the stdlib's.
* `dumps_line`: the stdlib's ``json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)``.
  orjson writes the same bytes for strings (incl. non-ASCII and control characters), ints and most floats,
  but not floats below 1e-4 (``0.00001`` for ``1e-05``), NaN/Infinity (``null``), ints outside 64 bits,
  surrogates, or anything ``default=str`` would stringify (datetimes, dataclasses, subclasses of str/int/
  dict/list); those records are written by the stdlib. Enum members are not JSON values and are not
  expected here (orjson writes their value, the stdlib ``str(member)``).

Measured (benchmarks/run.py, README "Performance"): a 1,000-record page decodes in 0.5-0.75x the stdlib's time
(the 19-digit probe is about 0.4 ms of it), a record encodes in about 0.7x (orjson is 0.4x; the same-bytes
checks are the rest), and ``vismanet export`` needs about 0.65x the CPU of a hand-written stdlib loop.
"""

from __future__ import annotations

import json
import math
import os
import re
from typing import Any

__all__ = ["BACKEND", "dumps_line", "dumps_line_bytes", "dumps_lines_bytes", "loads"]

_STDLIB_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str)
_DIGITS_TO_ZERO = bytes.maketrans(b"123456789", b"000000000")
_LONG_INTEGER = b"0" * 19  # 19 digits reach past int64 (negative) and 20 past uint64: orjson's range
_SAMPLED_RUN = b"0" * 4  # what a 19-digit run leaves in a sample of every 4th byte (19 // 4 = 4)
#: A number token orjson may write differently from ``repr(float)``: in exponent form (orjson always writes
#: ``e+`` or ``e-``, never ``E``), or below 1e-4.
_RISKY_FLOAT = re.compile(rb"[:,\[]-?(?:[0-9.]+[eE]|0\.0000)")


def _stdlib_loads(data: bytes | str) -> Any:
    return json.loads(data)


def _stdlib_dumps_line(value: Any) -> str:
    return _STDLIB_ENCODER.encode(value)


def _stdlib_dumps_line_bytes(value: Any, errors: str = "strict") -> bytes:
    return (_STDLIB_ENCODER.encode(value) + "\n").encode("utf-8", errors)


def _stdlib_dumps_lines_bytes(values: list[Any], *, decoded: bool = False, errors: str = "strict") -> bytes:
    encode = _STDLIB_ENCODER.encode
    return "".join([encode(value) + "\n" for value in values]).encode("utf-8", errors)


#: Bodies the stdlib decoded although orjson is the backend (it refused them, or a 19-digit run). Only those
#: can hold NaN or an infinity (orjson rejects both), which orjson would write as ``null``: while this is
#: 0, values `loads` returned need no search for them (see `dumps_lines_bytes`).
stdlib_decodes = 0


def _wanted() -> str:
    choice = os.environ.get("VISMANET_JSON", "").strip().lower()
    return "stdlib" if choice == "stdlib" else "auto"


try:
    if _wanted() == "stdlib":
        raise ImportError("VISMANET_JSON=stdlib")
    import orjson
except ImportError:
    BACKEND = "stdlib"
    loads = _stdlib_loads
    dumps_line = _stdlib_dumps_line
    dumps_line_bytes = _stdlib_dumps_line_bytes
    dumps_lines_bytes = _stdlib_dumps_lines_bytes
else:
    BACKEND = "orjson"
    _orjson_loads = orjson.loads
    _orjson_dumps = orjson.dumps
    _OrjsonDecodeError = orjson.JSONDecodeError
    _PASSTHROUGH = orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_PASSTHROUGH_SUBCLASS

    class _NotPlainJson(Exception):
        """Raised by `_refuse` when orjson meets a value the stdlib would pass to ``default=str``."""

    def _refuse(value: Any) -> Any:
        raise _NotPlainJson

    def loads(data: bytes | str) -> Any:  # the same signature as _stdlib_loads
        """Decode JSON exactly as ``json.loads`` does (values and errors), faster when orjson can."""
        global stdlib_decodes
        probe = data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass")
        if not _may_hold_long_integer(probe):
            try:
                return _orjson_loads(data)
            except _OrjsonDecodeError:
                pass
        # A possible integer outside 64 bits (orjson would make it a float), or what orjson refuses: what the
        # stdlib accepts, it decodes; what it rejects, it explains.
        stdlib_decodes += 1
        return json.loads(data)

    def dumps_line(value: Any) -> str:  # the same signature as _stdlib_dumps_line
        """``json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)``, byte for byte."""
        out = _orjson_line(value, _PASSTHROUGH)
        return _STDLIB_ENCODER.encode(value) if out is None else out.decode("utf-8")

    def dumps_line_bytes(value: Any, errors: str = "strict") -> bytes:  # the signature of _stdlib_dumps_line_bytes
        """`dumps_line` plus a newline, as UTF-8: what a JSON-lines file holds (no str in between).

        ``errors``: the text stream's error handler, for the lone surrogates only the stdlib writes (orjson's
        bytes are valid UTF-8, the same under every handler)."""
        return _line_bytes(value, errors, True)

    def _line_bytes(value: Any, errors: str, non_finite_possible: bool) -> bytes:
        out = _orjson_line(value, _PASSTHROUGH_LINE, non_finite_possible)
        return (_STDLIB_ENCODER.encode(value) + "\n").encode("utf-8", errors) if out is None else out

    _PASSTHROUGH_LINE = _PASSTHROUGH | orjson.OPT_APPEND_NEWLINE

    def dumps_lines_bytes(values: list[Any], *, decoded: bool = False, errors: str = "strict") -> bytes:
        """`dumps_line_bytes` of each value, joined: a page of records in one call, checked once.

        ``decoded=True`` says the values are what `loads` returned (keys may have been deleted, nothing
        added): then, until the stdlib has decoded a body in this process, they cannot hold NaN or an
        infinity, and a ``null`` in the output needs no walk through the values. Real Visma records carry
        many nulls; the walk cost several times the encoding.
        """
        dumps = _orjson_dumps
        option = _PASSTHROUGH_LINE
        non_finite_possible = not decoded or stdlib_decodes > 0
        try:
            lines = b"".join([dumps(value, default=_refuse, option=option) for value in values])
        except (TypeError, _NotPlainJson):
            pass  # some value needs the stdlib
        else:
            risky = b"e-" in lines or b"0.0000" in lines  # see _orjson_line
            if not risky and not (non_finite_possible and b"null" in lines):
                return lines
        return b"".join([_line_bytes(value, errors, non_finite_possible) for value in values])  # value by value

    def _orjson_line(value: Any, option: int, non_finite_possible: bool = True) -> bytes | None:
        """orjson's encoding when it is the stdlib's, else None (the caller asks the stdlib)."""
        try:
            out = _orjson_dumps(value, default=_refuse, option=option)
        except (TypeError, _NotPlainJson):  # orjson.JSONEncodeError is a TypeError
            return None
        # orjson writes floats below 1e-4 as 0.0000... or with e-, repr(float) always with e-; larger ones
        # alike. The substring tests are 20x cheaper than the search alone.
        if (b"e-" in out or b"0.0000" in out) and _RISKY_FLOAT.search(out) is not None:
            return None
        if non_finite_possible and b"null" in out and _has_non_finite(value):
            return None
        return out


def _may_hold_long_integer(data: bytes) -> bool:
    """True when ``data`` may hold a run of 19+ digits; False only when it certainly holds none.

    A run of 19 digits covers at least 4 consecutive positions of every 4th byte, so a sample of every 4th
    byte with no 4 digits in a row proves there is none (about half the cost of scanning every byte:
    timestamps, dates and amounts never put 4 digits on consecutive sample positions). Only when the
    sample finds such a row is every byte scanned.
    """
    if data[::4].translate(_DIGITS_TO_ZERO).find(_SAMPLED_RUN) < 0:
        return False
    return data.translate(_DIGITS_TO_ZERO).find(_LONG_INTEGER) >= 0


def _has_non_finite(value: Any) -> bool:
    """True when ``value`` holds a NaN or an infinity (orjson writes ``null``, the stdlib ``NaN``)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if type(item) is float:
            if not math.isfinite(item):
                return True
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend(item)
    return False
