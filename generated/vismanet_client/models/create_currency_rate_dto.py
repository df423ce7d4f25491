from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.effective_date_in_create_currency_rate_dto import EffectiveDateInCreateCurrencyRateDto
    from ..models.from_currency_id_in_create_currency_rate_dto import FromCurrencyIdInCreateCurrencyRateDto
    from ..models.mult_div_in_create_currency_rate_dto import MultDivInCreateCurrencyRateDto
    from ..models.rate_in_create_currency_rate_dto import RateInCreateCurrencyRateDto
    from ..models.rate_type_in_create_currency_rate_dto import RateTypeInCreateCurrencyRateDto
    from ..models.to_currency_id_in_create_currency_rate_dto import ToCurrencyIdInCreateCurrencyRateDto


T = TypeVar("T", bound="CreateCurrencyRateDto")


@_attrs_define
class CreateCurrencyRateDto:
    """
    Attributes:
        from_currency_id (FromCurrencyIdInCreateCurrencyRateDto | Unset): From currency id.
        to_currency_id (ToCurrencyIdInCreateCurrencyRateDto | Unset): To currency id.
        rate_type (RateTypeInCreateCurrencyRateDto | Unset): Currency rate type.
        effective_date (EffectiveDateInCreateCurrencyRateDto | Unset): Currency effective date.
        rate (RateInCreateCurrencyRateDto | Unset): Currency rate.
        mult_div (MultDivInCreateCurrencyRateDto | Unset): Mult/Div.
    """

    from_currency_id: FromCurrencyIdInCreateCurrencyRateDto | Unset = UNSET
    to_currency_id: ToCurrencyIdInCreateCurrencyRateDto | Unset = UNSET
    rate_type: RateTypeInCreateCurrencyRateDto | Unset = UNSET
    effective_date: EffectiveDateInCreateCurrencyRateDto | Unset = UNSET
    rate: RateInCreateCurrencyRateDto | Unset = UNSET
    mult_div: MultDivInCreateCurrencyRateDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_currency_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.from_currency_id, Unset):
            from_currency_id = self.from_currency_id.to_dict()

        to_currency_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.to_currency_id, Unset):
            to_currency_id = self.to_currency_id.to_dict()

        rate_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rate_type, Unset):
            rate_type = self.rate_type.to_dict()

        effective_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.effective_date, Unset):
            effective_date = self.effective_date.to_dict()

        rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rate, Unset):
            rate = self.rate.to_dict()

        mult_div: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mult_div, Unset):
            mult_div = self.mult_div.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_currency_id is not UNSET:
            field_dict["fromCurrencyId"] = from_currency_id
        if to_currency_id is not UNSET:
            field_dict["toCurrencyId"] = to_currency_id
        if rate_type is not UNSET:
            field_dict["rateType"] = rate_type
        if effective_date is not UNSET:
            field_dict["effectiveDate"] = effective_date
        if rate is not UNSET:
            field_dict["rate"] = rate
        if mult_div is not UNSET:
            field_dict["multDiv"] = mult_div

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.effective_date_in_create_currency_rate_dto import EffectiveDateInCreateCurrencyRateDto
        from ..models.from_currency_id_in_create_currency_rate_dto import FromCurrencyIdInCreateCurrencyRateDto
        from ..models.mult_div_in_create_currency_rate_dto import MultDivInCreateCurrencyRateDto
        from ..models.rate_in_create_currency_rate_dto import RateInCreateCurrencyRateDto
        from ..models.rate_type_in_create_currency_rate_dto import RateTypeInCreateCurrencyRateDto
        from ..models.to_currency_id_in_create_currency_rate_dto import ToCurrencyIdInCreateCurrencyRateDto

        d = dict(src_dict)
        _from_currency_id = d.pop("fromCurrencyId", UNSET)
        from_currency_id: FromCurrencyIdInCreateCurrencyRateDto | Unset
        if isinstance(_from_currency_id, Unset):
            from_currency_id = UNSET
        else:
            from_currency_id = FromCurrencyIdInCreateCurrencyRateDto.from_dict(_from_currency_id)

        _to_currency_id = d.pop("toCurrencyId", UNSET)
        to_currency_id: ToCurrencyIdInCreateCurrencyRateDto | Unset
        if isinstance(_to_currency_id, Unset):
            to_currency_id = UNSET
        else:
            to_currency_id = ToCurrencyIdInCreateCurrencyRateDto.from_dict(_to_currency_id)

        _rate_type = d.pop("rateType", UNSET)
        rate_type: RateTypeInCreateCurrencyRateDto | Unset
        if isinstance(_rate_type, Unset):
            rate_type = UNSET
        else:
            rate_type = RateTypeInCreateCurrencyRateDto.from_dict(_rate_type)

        _effective_date = d.pop("effectiveDate", UNSET)
        effective_date: EffectiveDateInCreateCurrencyRateDto | Unset
        if isinstance(_effective_date, Unset):
            effective_date = UNSET
        else:
            effective_date = EffectiveDateInCreateCurrencyRateDto.from_dict(_effective_date)

        _rate = d.pop("rate", UNSET)
        rate: RateInCreateCurrencyRateDto | Unset
        if isinstance(_rate, Unset):
            rate = UNSET
        else:
            rate = RateInCreateCurrencyRateDto.from_dict(_rate)

        _mult_div = d.pop("multDiv", UNSET)
        mult_div: MultDivInCreateCurrencyRateDto | Unset
        if isinstance(_mult_div, Unset):
            mult_div = UNSET
        else:
            mult_div = MultDivInCreateCurrencyRateDto.from_dict(_mult_div)

        create_currency_rate_dto = cls(
            from_currency_id=from_currency_id,
            to_currency_id=to_currency_id,
            rate_type=rate_type,
            effective_date=effective_date,
            rate=rate,
            mult_div=mult_div,
        )

        create_currency_rate_dto.additional_properties = d
        return create_currency_rate_dto

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
