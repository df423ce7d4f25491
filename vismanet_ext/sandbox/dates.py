"""Date-time filter values and conditions, exactly as strict as the real API.

Accepted: ``yyyy-MM-dd``, ``yyyy-MM-dd HH:mm:ss``, ``yyyy-MM-dd HH:mm:ss.FFF``
and the ``T`` forms. Anything else (a trailing ``Z``, an offset, a bad month)
is a 400 naming the parameter, so client code that formats dates wrongly fails
here rather than against production.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from .errors import bad_request

_FILTER_RE = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?)?$"
)

Compare = Callable[[Any, Any], bool]

CONDITIONS: dict[str, Compare] = {
    ">": operator.gt,
    "<": operator.lt,
    ">=": operator.ge,
    "<=": operator.le,
}

ACCEPTED_FORMATS = (
    "yyyy-MM-dd, yyyy-MM-dd HH:mm:ss, yyyy-MM-dd HH:mm:ss.FFF, "
    "yyyy-MM-ddTHH:mm:ss, yyyy-MM-ddTHH:mm:ss.FFF"
)


def parse_filter_datetime(param: str, value: str) -> datetime:
    match = _FILTER_RE.match(value.strip())
    if match is None:
        raise bad_request(
            f"The value '{value}' is not valid for {param}. Accepted formats: {ACCEPTED_FORMATS}."
        )
    year, month, day, hour, minute, second, fraction = match.groups()
    try:
        return datetime(
            int(year),
            int(month),
            int(day),
            int(hour or 0),
            int(minute or 0),
            int(second or 0),
            int((fraction or "0").ljust(3, "0")) * 1000,
        )
    except ValueError:
        raise bad_request(f"The value '{value}' is not a valid date for {param}.") from None


def parse_condition(param: str, value: str) -> Compare:
    try:
        return CONDITIONS[value.strip()]
    except KeyError:
        raise bad_request(
            f"The value '{value}' is not valid for {param}. Accepted values: >, <, >=, <=."
        ) from None


def parse_record_datetime(value: object) -> datetime | None:
    """Record dates are ISO strings without offset; tolerate a trailing Z from writes."""
    if not isinstance(value, str) or not value:
        return None
    text = value.removesuffix("Z")
    try:
        return datetime.fromisoformat(text).replace(tzinfo=None)
    except ValueError:
        return None


def format_datetime(moment: datetime) -> str:
    """The API's own style: local time, milliseconds, no offset."""
    return moment.replace(tzinfo=None).isoformat(timespec="milliseconds")


def format_date(moment: datetime) -> str:
    return f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}T00:00:00"
