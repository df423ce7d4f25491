from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

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
class CurrencyRateDto(GeneratedModel):
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

    id: int | Unset | None = UNSET
    from_currency_id: str | Unset | None = UNSET
    to_currency_id: str | Unset | None = UNSET
    rate_type: str | Unset | None = UNSET
    rate: float | Unset | None = UNSET
    effective_date: datetime.datetime | Unset | None = UNSET
    mult_div: str | Unset | None = UNSET
    rate_reciprocal: float | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.id
        if _value is not UNSET:
            field_dict["id"] = _value
        _value = self.from_currency_id
        if _value is not UNSET:
            field_dict["fromCurrencyId"] = _value
        _value = self.to_currency_id
        if _value is not UNSET:
            field_dict["toCurrencyId"] = _value
        _value = self.rate_type
        if _value is not UNSET:
            field_dict["rateType"] = _value
        _value = self.rate
        if _value is not UNSET:
            field_dict["rate"] = _value
        _value = self.effective_date
        if _value is not UNSET:
            field_dict["effectiveDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.mult_div
        if _value is not UNSET:
            field_dict["multDiv"] = _value
        _value = self.rate_reciprocal
        if _value is not UNSET:
            field_dict["rateReciprocal"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not CurrencyRateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.id = _rest.pop("id", UNSET)
        self.from_currency_id = _rest.pop("fromCurrencyId", UNSET)
        self.to_currency_id = _rest.pop("toCurrencyId", UNSET)
        self.rate_type = _rest.pop("rateType", UNSET)
        self.rate = _rest.pop("rate", UNSET)
        _value = _rest.pop("effectiveDate", UNSET)
        self.effective_date = _parse_datetime(_value)
        self.mult_div = _rest.pop("multDiv", UNSET)
        self.rate_reciprocal = _rest.pop("rateReciprocal", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("id", "id", False, "int"),
        ("from_currency_id", "fromCurrencyId", False, "str"),
        ("to_currency_id", "toCurrencyId", False, "str"),
        ("rate_type", "rateType", False, "str"),
        ("rate", "rate", False, "float"),
        ("effective_date", "effectiveDate", False, "datetime"),
        ("mult_div", "multDiv", False, "str"),
        ("rate_reciprocal", "rateReciprocal", False, "float"),
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


_Lazy = _lazy_twin(CurrencyRateDto)
