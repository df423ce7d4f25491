from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.vat_category_line_dto_calculate_on import (
    VatCategoryLineDtoCalculateOn,
)
from ..models.vat_category_line_dto_cash_discount import (
    VatCategoryLineDtoCashDiscount,
)
from ..models.vat_category_line_dto_type import VatCategoryLineDtoType
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.vat_rate_line_dto import VatRateLineDto


T = TypeVar("T", bound="VatCategoryLineDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "vat_id",
    "description",
    "type_",
    "calculate_on",
    "cash_discount",
    "vat_rates",
)


@_attrs_define(repr=False)
class VatCategoryLineDto(GeneratedModel):
    """
    Attributes:
        vat_id (str | Unset): Mandatory field: VAT ID* &gt; The ID of the VAT included in the category.
        description (str | Unset): Description &gt; The detailed description of the VAT item.
        type_ (VatCategoryLineDtoType | Unset): VAT type &gt; The type of VAT, which defines how it is processed.
        calculate_on (VatCategoryLineDtoCalculateOn | Unset): Calculate on &gt; The way the VAT amount is calculated,
            which can be one of the following options: Extract from item amount, Document amount, Document and VAT amount.
        cash_discount (VatCategoryLineDtoCashDiscount | Unset): Cash discount &gt; The method of calculating the taxable
            amount if a discount is applied (based on the credit terms). It can be one of the following options: Reduce VAT
            amount, Does not affect VAT amount.
        vat_rates (list[VatRateLineDto] | Unset):
    """

    vat_id: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    type_: VatCategoryLineDtoType | Unset | None = UNSET
    calculate_on: VatCategoryLineDtoCalculateOn | Unset | None = UNSET
    cash_discount: VatCategoryLineDtoCashDiscount | Unset | None = UNSET
    vat_rates: list[VatRateLineDto] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.vat_id
        if _value is not UNSET:
            field_dict["vatId"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.type_
        if _value is not UNSET:
            field_dict["type"] = _value
        _value = self.calculate_on
        if _value is not UNSET:
            field_dict["calculateOn"] = _value
        _value = self.cash_discount
        if _value is not UNSET:
            field_dict["cashDiscount"] = _value
        _value = self.vat_rates
        if _value is not UNSET:
            field_dict["vatRates"] = (
                [
                    vat_rates_item_data.to_dict()
                    if isinstance(vat_rates_item_data, GeneratedModel)
                    else vat_rates_item_data
                    for vat_rates_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not VatCategoryLineDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.vat_id = _rest.pop("vatId", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.type_ = _rest.pop("type", UNSET)
        self.calculate_on = _rest.pop("calculateOn", UNSET)
        self.cash_discount = _rest.pop("cashDiscount", UNSET)
        _value = _rest.pop("vatRates", UNSET)
        self.vat_rates = (
            [
                _models.VatRateLineDto._vn_fill(_new(_models.VatRateLineDto), vat_rates_item_data)
                if isinstance(vat_rates_item_data, dict)
                else vat_rates_item_data
                for vat_rates_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("vat_id", "vatId", False, "str"),
        ("description", "description", False, "str"),
        ("type_", "type", False, "str"),
        ("calculate_on", "calculateOn", False, "str"),
        ("cash_discount", "cashDiscount", False, "str"),
        ("vat_rates", "vatRates", False, ("list", ("model", "VatRateLineDto"))),
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


_Lazy = _lazy_twin(VatCategoryLineDto)
