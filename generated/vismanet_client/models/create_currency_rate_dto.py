from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

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
class CreateCurrencyRateDto(GeneratedModel):
    """
    Attributes:
        from_currency_id (FromCurrencyIdInCreateCurrencyRateDto | Unset): From currency id.
        to_currency_id (ToCurrencyIdInCreateCurrencyRateDto | Unset): To currency id.
        rate_type (RateTypeInCreateCurrencyRateDto | Unset): Currency rate type.
        effective_date (EffectiveDateInCreateCurrencyRateDto | Unset): Currency effective date.
        rate (RateInCreateCurrencyRateDto | Unset): Currency rate.
        mult_div (MultDivInCreateCurrencyRateDto | Unset): Mult/Div.
    """

    from_currency_id: FromCurrencyIdInCreateCurrencyRateDto | Unset | None = UNSET
    to_currency_id: ToCurrencyIdInCreateCurrencyRateDto | Unset | None = UNSET
    rate_type: RateTypeInCreateCurrencyRateDto | Unset | None = UNSET
    effective_date: EffectiveDateInCreateCurrencyRateDto | Unset | None = UNSET
    rate: RateInCreateCurrencyRateDto | Unset | None = UNSET
    mult_div: MultDivInCreateCurrencyRateDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.from_currency_id
        if _value is not UNSET:
            field_dict["fromCurrencyId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.to_currency_id
        if _value is not UNSET:
            field_dict["toCurrencyId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.rate_type
        if _value is not UNSET:
            field_dict["rateType"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.effective_date
        if _value is not UNSET:
            field_dict["effectiveDate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.rate
        if _value is not UNSET:
            field_dict["rate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.mult_div
        if _value is not UNSET:
            field_dict["multDiv"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not CreateCurrencyRateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("fromCurrencyId", UNSET)
        self.from_currency_id = (
            _models.FromCurrencyIdInCreateCurrencyRateDto._vn_fill(
                _new(_models.FromCurrencyIdInCreateCurrencyRateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("toCurrencyId", UNSET)
        self.to_currency_id = (
            _models.ToCurrencyIdInCreateCurrencyRateDto._vn_fill(
                _new(_models.ToCurrencyIdInCreateCurrencyRateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("rateType", UNSET)
        self.rate_type = (
            _models.RateTypeInCreateCurrencyRateDto._vn_fill(_new(_models.RateTypeInCreateCurrencyRateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("effectiveDate", UNSET)
        self.effective_date = (
            _models.EffectiveDateInCreateCurrencyRateDto._vn_fill(
                _new(_models.EffectiveDateInCreateCurrencyRateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("rate", UNSET)
        self.rate = (
            _models.RateInCreateCurrencyRateDto._vn_fill(_new(_models.RateInCreateCurrencyRateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("multDiv", UNSET)
        self.mult_div = (
            _models.MultDivInCreateCurrencyRateDto._vn_fill(_new(_models.MultDivInCreateCurrencyRateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("from_currency_id", "fromCurrencyId", False, ("model", "FromCurrencyIdInCreateCurrencyRateDto")),
        ("to_currency_id", "toCurrencyId", False, ("model", "ToCurrencyIdInCreateCurrencyRateDto")),
        ("rate_type", "rateType", False, ("model", "RateTypeInCreateCurrencyRateDto")),
        ("effective_date", "effectiveDate", False, ("model", "EffectiveDateInCreateCurrencyRateDto")),
        ("rate", "rate", False, ("model", "RateInCreateCurrencyRateDto")),
        ("mult_div", "multDiv", False, ("model", "MultDivInCreateCurrencyRateDto")),
    )
    _vn_extra = None

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


_Lazy = _lazy_twin(CreateCurrencyRateDto)
