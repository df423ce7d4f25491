from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.effective_date_in_create_currency_rate_dto import EffectiveDateInCreateCurrencyRateDto
    from ..models.from_currency_id_in_create_currency_rate_dto import FromCurrencyIdInCreateCurrencyRateDto
    from ..models.mult_div_in_create_currency_rate_dto import MultDivInCreateCurrencyRateDto
    from ..models.rate_in_create_currency_rate_dto import RateInCreateCurrencyRateDto
    from ..models.rate_type_in_create_currency_rate_dto import RateTypeInCreateCurrencyRateDto
    from ..models.to_currency_id_in_create_currency_rate_dto import ToCurrencyIdInCreateCurrencyRateDto


T = TypeVar("T", bound="CreateCurrencyRateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "from_currency_id",
    "to_currency_id",
    "rate_type",
    "effective_date",
    "rate",
    "mult_div",
)


@_attrs_define(repr=False)
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("fromCurrencyId", UNSET)
        _instance.from_currency_id = (
            UNSET if _value is UNSET else _models.FromCurrencyIdInCreateCurrencyRateDto.from_dict(_value)
        )
        _value = _rest.pop("toCurrencyId", UNSET)
        _instance.to_currency_id = (
            UNSET if _value is UNSET else _models.ToCurrencyIdInCreateCurrencyRateDto.from_dict(_value)
        )
        _value = _rest.pop("rateType", UNSET)
        _instance.rate_type = UNSET if _value is UNSET else _models.RateTypeInCreateCurrencyRateDto.from_dict(_value)
        _value = _rest.pop("effectiveDate", UNSET)
        _instance.effective_date = (
            UNSET if _value is UNSET else _models.EffectiveDateInCreateCurrencyRateDto.from_dict(_value)
        )
        _value = _rest.pop("rate", UNSET)
        _instance.rate = UNSET if _value is UNSET else _models.RateInCreateCurrencyRateDto.from_dict(_value)
        _value = _rest.pop("multDiv", UNSET)
        _instance.mult_div = UNSET if _value is UNSET else _models.MultDivInCreateCurrencyRateDto.from_dict(_value)
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
