from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CurrencyRateParameters")


@_attrs_define
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
        d = dict(src_dict)
        _from_date = d.pop("fromDate", UNSET)
        from_date: datetime.datetime | Unset
        if isinstance(_from_date, Unset):
            from_date = UNSET
        else:
            from_date = datetime.datetime.fromisoformat(_from_date)

        _to_date = d.pop("toDate", UNSET)
        to_date: datetime.datetime | Unset
        if isinstance(_to_date, Unset):
            to_date = UNSET
        else:
            to_date = datetime.datetime.fromisoformat(_to_date)

        from_currency = d.pop("fromCurrency", UNSET)

        to_currency = d.pop("toCurrency", UNSET)

        rate_type = d.pop("rateType", UNSET)

        currency_rate_parameters = cls(
            from_date=from_date,
            to_date=to_date,
            from_currency=from_currency,
            to_currency=to_currency,
            rate_type=rate_type,
        )

        currency_rate_parameters.additional_properties = d
        return currency_rate_parameters

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
