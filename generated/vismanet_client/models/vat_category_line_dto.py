from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vat_category_line_dto_calculate_on import (
    VatCategoryLineDtoCalculateOn,
    check_vat_category_line_dto_calculate_on,
)
from ..models.vat_category_line_dto_cash_discount import (
    VatCategoryLineDtoCashDiscount,
    check_vat_category_line_dto_cash_discount,
)
from ..models.vat_category_line_dto_type import VatCategoryLineDtoType, check_vat_category_line_dto_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vat_rate_line_dto import VatRateLineDto


T = TypeVar("T", bound="VatCategoryLineDto")


@_attrs_define
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
        from ..models.vat_rate_line_dto import VatRateLineDto

        d = dict(src_dict)
        vat_id = d.pop("vatId", UNSET)

        description = d.pop("description", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: VatCategoryLineDtoType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_vat_category_line_dto_type(_type_)

        _calculate_on = d.pop("calculateOn", UNSET)
        calculate_on: VatCategoryLineDtoCalculateOn | Unset
        if isinstance(_calculate_on, Unset):
            calculate_on = UNSET
        else:
            calculate_on = check_vat_category_line_dto_calculate_on(_calculate_on)

        _cash_discount = d.pop("cashDiscount", UNSET)
        cash_discount: VatCategoryLineDtoCashDiscount | Unset
        if isinstance(_cash_discount, Unset):
            cash_discount = UNSET
        else:
            cash_discount = check_vat_category_line_dto_cash_discount(_cash_discount)

        _vat_rates = d.pop("vatRates", UNSET)
        vat_rates: list[VatRateLineDto] | Unset = UNSET
        if _vat_rates is not UNSET:
            vat_rates = []
            for vat_rates_item_data in _vat_rates:
                vat_rates_item = VatRateLineDto.from_dict(vat_rates_item_data)

                vat_rates.append(vat_rates_item)

        vat_category_line_dto = cls(
            vat_id=vat_id,
            description=description,
            type_=type_,
            calculate_on=calculate_on,
            cash_discount=cash_discount,
            vat_rates=vat_rates,
        )

        vat_category_line_dto.additional_properties = d
        return vat_category_line_dto

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
