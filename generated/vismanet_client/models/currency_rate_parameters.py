from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CurrencyRateParameters")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "from_date",
    "to_date",
    "from_currency",
    "to_currency",
    "rate_type",
)


@_attrs_define(repr=False)
class CurrencyRateParameters:
    """
    Attributes:
        from_date (datetime.datetime | Unset): From effective date.
        to_date (datetime.datetime | Unset): To effective date.
        from_currency (str | Unset): Identifies from currency.
        to_currency (str | Unset): Identifies to currency.
        rate_type (str | Unset): Identifies rate type.
    """

    from_date: datetime.datetime | Unset = UNSET
    to_date: datetime.datetime | Unset = UNSET
    from_currency: str | Unset = UNSET
    to_currency: str | Unset = UNSET
    rate_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_date: str | Unset = UNSET
        if not isinstance(self.from_date, Unset):
            from_date = self.from_date.isoformat()

        to_date: str | Unset = UNSET
        if not isinstance(self.to_date, Unset):
            to_date = self.to_date.isoformat()

        from_currency = self.from_currency

        to_currency = self.to_currency

        rate_type = self.rate_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_date is not UNSET:
            field_dict["fromDate"] = from_date
        if to_date is not UNSET:
            field_dict["toDate"] = to_date
        if from_currency is not UNSET:
            field_dict["fromCurrency"] = from_currency
        if to_currency is not UNSET:
            field_dict["toCurrency"] = to_currency
        if rate_type is not UNSET:
            field_dict["rateType"] = rate_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("fromDate", UNSET)
        _instance.from_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("toDate", UNSET)
        _instance.to_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.from_currency = _rest.pop("fromCurrency", UNSET)
        _instance.to_currency = _rest.pop("toCurrency", UNSET)
        _instance.rate_type = _rest.pop("rateType", UNSET)
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
