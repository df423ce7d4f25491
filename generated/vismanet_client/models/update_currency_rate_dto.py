from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mult_div_in_update_currency_rate_dto import MultDivInUpdateCurrencyRateDto
    from ..models.rate_in_update_currency_rate_dto import RateInUpdateCurrencyRateDto


T = TypeVar("T", bound="UpdateCurrencyRateDto")


@_attrs_define
class UpdateCurrencyRateDto:
    """
    Attributes:
        rate (RateInUpdateCurrencyRateDto | Unset): Currency rate.
        mult_div (MultDivInUpdateCurrencyRateDto | Unset): Mult/Div.
    """

    rate: RateInUpdateCurrencyRateDto | Unset = UNSET
    mult_div: MultDivInUpdateCurrencyRateDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rate, Unset):
            rate = self.rate.to_dict()

        mult_div: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mult_div, Unset):
            mult_div = self.mult_div.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rate is not UNSET:
            field_dict["rate"] = rate
        if mult_div is not UNSET:
            field_dict["multDiv"] = mult_div

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mult_div_in_update_currency_rate_dto import MultDivInUpdateCurrencyRateDto
        from ..models.rate_in_update_currency_rate_dto import RateInUpdateCurrencyRateDto

        d = dict(src_dict)
        _rate = d.pop("rate", UNSET)
        rate: RateInUpdateCurrencyRateDto | Unset
        if isinstance(_rate, Unset):
            rate = UNSET
        else:
            rate = RateInUpdateCurrencyRateDto.from_dict(_rate)

        _mult_div = d.pop("multDiv", UNSET)
        mult_div: MultDivInUpdateCurrencyRateDto | Unset
        if isinstance(_mult_div, Unset):
            mult_div = UNSET
        else:
            mult_div = MultDivInUpdateCurrencyRateDto.from_dict(_mult_div)

        update_currency_rate_dto = cls(
            rate=rate,
            mult_div=mult_div,
        )

        update_currency_rate_dto.additional_properties = d
        return update_currency_rate_dto

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
