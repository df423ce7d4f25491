from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CurrencyRateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "id",
    "from_currency_id",
    "to_currency_id",
    "rate_type",
    "rate",
    "effective_date",
    "mult_div",
    "rate_reciprocal",
)


@_attrs_define(repr=False)
class CurrencyRateDto:
    """
    Attributes:
        id (int | Unset): Currency rate Id.
        from_currency_id (str | Unset): From Currency Id.
        to_currency_id (str | Unset): To Currency Id.
        rate_type (str | Unset): Currency rate type.
        rate (float | Unset): Currency rate.
        effective_date (datetime.datetime | Unset): EffectiveDate
        mult_div (str | Unset): Mult/Div
        rate_reciprocal (float | Unset): Rate reciprocal
    """

    id: int | Unset = UNSET
    from_currency_id: str | Unset = UNSET
    to_currency_id: str | Unset = UNSET
    rate_type: str | Unset = UNSET
    rate: float | Unset = UNSET
    effective_date: datetime.datetime | Unset = UNSET
    mult_div: str | Unset = UNSET
    rate_reciprocal: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        from_currency_id = self.from_currency_id

        to_currency_id = self.to_currency_id

        rate_type = self.rate_type

        rate = self.rate

        effective_date: str | Unset = UNSET
        if not isinstance(self.effective_date, Unset):
            effective_date = self.effective_date.isoformat()

        mult_div = self.mult_div

        rate_reciprocal = self.rate_reciprocal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if from_currency_id is not UNSET:
            field_dict["fromCurrencyId"] = from_currency_id
        if to_currency_id is not UNSET:
            field_dict["toCurrencyId"] = to_currency_id
        if rate_type is not UNSET:
            field_dict["rateType"] = rate_type
        if rate is not UNSET:
            field_dict["rate"] = rate
        if effective_date is not UNSET:
            field_dict["effectiveDate"] = effective_date
        if mult_div is not UNSET:
            field_dict["multDiv"] = mult_div
        if rate_reciprocal is not UNSET:
            field_dict["rateReciprocal"] = rate_reciprocal

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.id = _rest.pop("id", UNSET)
        _instance.from_currency_id = _rest.pop("fromCurrencyId", UNSET)
        _instance.to_currency_id = _rest.pop("toCurrencyId", UNSET)
        _instance.rate_type = _rest.pop("rateType", UNSET)
        _instance.rate = _rest.pop("rate", UNSET)
        _value = _rest.pop("effectiveDate", UNSET)
        _instance.effective_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.mult_div = _rest.pop("multDiv", UNSET)
        _instance.rate_reciprocal = _rest.pop("rateReciprocal", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        _instance.additional_properties = dict(_rest) if _rest else {}
        return _instance

    def __repr__(self) -> str:
        """Only the fields that are set: a Visma DTO has dozens of fields and a record usually fills a few."""
        fields = [f"{name}={value!r}" for name in _FIELD_NAMES if (value := getattr(self, name)) is not UNSET]
        if self.additional_properties:
            fields.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
