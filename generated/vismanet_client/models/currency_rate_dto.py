from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CurrencyRateDto")


@_attrs_define
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
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        from_currency_id = d.pop("fromCurrencyId", UNSET)

        to_currency_id = d.pop("toCurrencyId", UNSET)

        rate_type = d.pop("rateType", UNSET)

        rate = d.pop("rate", UNSET)

        _effective_date = d.pop("effectiveDate", UNSET)
        effective_date: datetime.datetime | Unset
        if isinstance(_effective_date, Unset):
            effective_date = UNSET
        else:
            effective_date = datetime.datetime.fromisoformat(_effective_date)

        mult_div = d.pop("multDiv", UNSET)

        rate_reciprocal = d.pop("rateReciprocal", UNSET)

        currency_rate_dto = cls(
            id=id,
            from_currency_id=from_currency_id,
            to_currency_id=to_currency_id,
            rate_type=rate_type,
            rate=rate,
            effective_date=effective_date,
            mult_div=mult_div,
            rate_reciprocal=rate_reciprocal,
        )

        currency_rate_dto.additional_properties = d
        return currency_rate_dto

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
