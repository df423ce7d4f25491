"""Strict checking of parsed responses: ``validate(value)`` and the client's ``strict=True``.

The generated models parse leniently (Stainless-style): a JSON null is None and a value of another JSON
type than Visma's spec documents is kept in the attribute as received, so a surprise in a live response
never crashes an export or loses a value. For your own tests, and for code that would rather stop than carry
a surprise along, ``validate()`` walks a parsed model (or a list of them, e.g. a page) against the documented
types and raises :class:`~vismanet_ext.errors.ResponseValidationError` naming the model, the field path and
the value. Null is accepted everywhere: Visma sends it for "no value" in fields its spec never marks nullable
(e.g. ``responseHeaders`` of a finished background job). The check lives with the generated models
(``vismanet_client.types.find_problems``); parsing records nothing, so clean data costs nothing extra.
"""

from __future__ import annotations

from typing import Any, TypeVar

from .errors import ResponseValidationError

__all__ = ["problems", "validate"]

T = TypeVar("T")

_SHOWN = 5


def problems(value: Any) -> list[Any]:
    """Every value inside ``value`` (a model, or a list of models) that does not fit its documented type.

    Each is a ``vismanet_client.types.Problem`` (``model``, ``field``, ``path``, ``value``, ``expected``);
    anything that is not a generated model (a raw dict, None) has none.
    """
    from vismanet_client.types import find_problems

    found: list[Any] = find_problems(value)
    return found


def validate(value: T) -> T:
    """Return ``value`` unchanged if every field fits Visma's documented types, else raise.

    Raises ResponseValidationError whose message names each problem as ``path: expected ..., got ...``
    (``CustomerDto.mainAddress.country: expected a CountryInAddressDto (a JSON object) ..., got a list [...]``).
    """
    found = problems(value)
    if found:
        raise ResponseValidationError(_message(found), problems=found)
    return value


def _message(found: list[Any]) -> str:
    shown = "; ".join(str(problem) for problem in found[:_SHOWN])
    more = f" (and {len(found) - _SHOWN} more)" if len(found) > _SHOWN else ""
    noun = "value does" if len(found) == 1 else "values do"
    return f"{len(found)} {noun} not fit the documented model: {shown}{more}"
