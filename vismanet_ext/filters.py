"""Date filters and their ``...Condition`` operators, checked before a request leaves the process.

Visma pairs a filter value with an operator: ``lastModifiedDateTime=2025-05-25`` only means something
with ``lastModifiedDateTimeCondition=>=``. The server's answer to a malformed date or a missing operator
is an unhelpful 400 (or, worse, a silently unfiltered result), so we check locally:

* A date filter is a query parameter named ``date`` or ``...Date`` / ``...DateTime`` (string-typed).
  It accepts :class:`datetime.date`, naive :class:`datetime.datetime` and strings. Objects are sent as
  ``yyyy-MM-dd`` or ``yyyy-MM-dd HH:mm:ss[.fff]`` (microseconds truncated to milliseconds). A
  timezone-aware datetime is refused: Visma filters carry no offset, so any conversion would be a guess.
* When the filter has a sibling ``<name>Condition`` (Visma calls the pair "mutually inclusive"), strings
  are validated against Visma's accepted formats (``yyyy-MM-dd``, ``yyyy-MM-dd HH:mm:ss``,
  ``yyyy-MM-dd HH:mm:ss.FFF`` and the ``T`` forms) and the value and operator must come together.
* Every ``...Condition`` accepts ``> < >= <=`` and the words ``gt lt gte lte`` (sent as symbols).

For generated operations the rules come from the operation index (:meth:`FilterRules.for_params`);
for raw ``"METHOD /path"`` calls on routes the index does not know, from the names (:meth:`for_names`).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, MutableMapping
from dataclasses import dataclass
from typing import Any, Protocol

from .errors import InvalidArgument

__all__ = [
    "CONDITION_OPERATORS",
    "FilterRules",
    "format_date",
    "is_date_filter_name",
    "normalize_condition",
]

#: Accepted operator spellings and what is sent on the wire.
CONDITION_OPERATORS: dict[str, str] = {
    ">": ">",
    "<": "<",
    ">=": ">=",
    "<=": "<=",
    "gt": ">",
    "lt": "<",
    "gte": ">=",
    "lte": "<=",
}

_CONDITION_SUFFIX = "Condition"
_ACCEPTED_FORMATS = "yyyy-MM-dd, yyyy-MM-dd HH:mm:ss, yyyy-MM-dd HH:mm:ss.FFF (or with 'T' instead of the space)"
_DATE_STRING = re.compile(r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?)?\Z")


class _ParamLike(Protocol):
    @property
    def wire(self) -> str: ...

    @property
    def location(self) -> str: ...

    @property
    def schema_type(self) -> str: ...


def is_date_filter_name(name: str) -> bool:
    """Whether a query parameter name denotes a date filter (``date``, ``...Date``, ``...DateTime``)."""
    return name == "date" or name.endswith("Date") or name.endswith("DateTime")


def format_date(name: str, value: Any, *, validate_strings: bool = True) -> str:
    """The wire form of a date filter value; InvalidArgument for anything Visma would not accept."""
    if isinstance(value, _dt.datetime):
        if value.tzinfo is not None and value.utcoffset() is not None:
            raise InvalidArgument(
                f"{name}: timezone-aware datetime {value.isoformat()!r} is not accepted; Visma date filters carry "
                "no UTC offset, so pass a naive datetime in the company's local time"
            )
        text = (
            f"{value.year:04d}-{value.month:02d}-{value.day:02d} "
            f"{value.hour:02d}:{value.minute:02d}:{value.second:02d}"
        )
        if value.microsecond:
            text += f".{value.microsecond // 1000:03d}"
        return text
    if isinstance(value, _dt.date):
        return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
    if isinstance(value, str):
        if validate_strings and not _valid_date_string(value):
            raise InvalidArgument(f"{name}: {value!r} is not a date Visma accepts; use {_ACCEPTED_FORMATS}")
        return value
    raise InvalidArgument(
        f"{name}: expected a date, a naive datetime or a string ({_ACCEPTED_FORMATS}), got {type(value).__name__}"
    )


def _valid_date_string(value: str) -> bool:
    if _DATE_STRING.match(value) is None:
        return False
    try:
        _dt.datetime.fromisoformat(value)
    except ValueError:  # well-shaped but not a calendar date/time, e.g. 2025-02-30
        return False
    return True


def normalize_condition(name: str, value: Any) -> str:
    """The wire operator for a ``...Condition`` value (accepts ``> < >= <=`` and ``gt lt gte lte``)."""
    if isinstance(value, str):
        op = CONDITION_OPERATORS.get(value.strip().lower())
        if op is not None:
            return op
    raise InvalidArgument(f"{name}: {value!r} is not a condition; use one of > < >= <= (or gt lt gte lte)")


@dataclass(frozen=True, slots=True)
class FilterRules:
    """Which query parameters of one operation are date filters and which are value/condition pairs."""

    dates: frozenset[str]
    strict_dates: frozenset[str]
    conditions: frozenset[str]
    pairs: tuple[tuple[str, str], ...]

    @property
    def empty(self) -> bool:
        return not (self.dates or self.conditions)

    @classmethod
    def for_params(cls, params: Iterable[_ParamLike]) -> FilterRules:
        """Rules from an operation's declared parameters (by wire name)."""
        query = {p.wire: p for p in params if p.location == "query"}
        dates = frozenset(w for w, p in query.items() if p.schema_type == "string" and is_date_filter_name(w))
        cut = len(_CONDITION_SUFFIX)
        conditions = frozenset(w for w in query if w.endswith(_CONDITION_SUFFIX) and w[:-cut] in query)
        pairs = tuple(sorted((c[: -len(_CONDITION_SUFFIX)], c) for c in conditions))
        strict = frozenset(v for v, _ in pairs if v in dates)
        return cls(dates=dates, strict_dates=strict, conditions=conditions, pairs=pairs)

    @classmethod
    def for_names(cls, names: Iterable[str]) -> FilterRules:
        """Rules guessed from the parameter names of a raw call to a route the index does not know.

        Every ``xCondition`` pairs with ``x`` and every date-named ``x`` with ``xCondition``.
        """
        names = [n for n in names]
        conditions = frozenset(n for n in names if n.endswith(_CONDITION_SUFFIX) and len(n) > len(_CONDITION_SUFFIX))
        dates = frozenset(n for n in names if is_date_filter_name(n))
        bases = {c[: -len(_CONDITION_SUFFIX)] for c in conditions} | set(dates)
        pairs = tuple(sorted((b, b + _CONDITION_SUFFIX) for b in bases))
        return cls(dates=dates, strict_dates=dates, conditions=conditions, pairs=pairs)

    def apply(self, query: MutableMapping[str, Any]) -> None:
        """Validate and convert the filters present in ``query`` (wire names) in place."""
        for name in query.keys() & self.dates:
            query[name] = format_date(name, query[name], validate_strings=name in self.strict_dates)
        for name in query.keys() & self.conditions:
            query[name] = normalize_condition(name, query[name])
        for value_name, condition_name in self.pairs:
            has_value = value_name in query
            if has_value != (condition_name in query):
                present, missing = (value_name, condition_name) if has_value else (condition_name, value_name)
                example = "2025-05-25" if value_name in self.dates else "<value>"
                raise InvalidArgument(
                    f"{present} needs {missing}: Visma applies a filter value only together with its "
                    f"condition (e.g. {value_name}={example} and {condition_name}='>=')"
                )


EMPTY_RULES = FilterRules(frozenset(), frozenset(), frozenset(), ())
