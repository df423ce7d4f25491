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
from ..types import UNSET, Unset

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
class VatCategoryLineDto:
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

    vat_id: str | Unset = UNSET
    description: str | Unset = UNSET
    type_: VatCategoryLineDtoType | Unset = UNSET
    calculate_on: VatCategoryLineDtoCalculateOn | Unset = UNSET
    cash_discount: VatCategoryLineDtoCashDiscount | Unset = UNSET
    vat_rates: list[VatRateLineDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vat_id = self.vat_id

        description = self.description

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        calculate_on: str | Unset = UNSET
        if not isinstance(self.calculate_on, Unset):
            calculate_on = self.calculate_on

        cash_discount: str | Unset = UNSET
        if not isinstance(self.cash_discount, Unset):
            cash_discount = self.cash_discount

        vat_rates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vat_rates, Unset):
            vat_rates = []
            for vat_rates_item_data in self.vat_rates:
                vat_rates_item = vat_rates_item_data.to_dict()
                vat_rates.append(vat_rates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vat_id is not UNSET:
            field_dict["vatId"] = vat_id
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if calculate_on is not UNSET:
            field_dict["calculateOn"] = calculate_on
        if cash_discount is not UNSET:
            field_dict["cashDiscount"] = cash_discount
        if vat_rates is not UNSET:
            field_dict["vatRates"] = vat_rates

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.vat_id = _rest.pop("vatId", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.type_ = _rest.pop("type", UNSET)
        _instance.calculate_on = _rest.pop("calculateOn", UNSET)
        _instance.cash_discount = _rest.pop("cashDiscount", UNSET)
        _value = _rest.pop("vatRates", UNSET)
        _instance.vat_rates = (
            UNSET
            if _value is UNSET
            else [_models.VatRateLineDto.from_dict(vat_rates_item_data) for vat_rates_item_data in _value]
        )
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
