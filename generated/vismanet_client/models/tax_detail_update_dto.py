from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="TaxDetailUpdateDto")


@_attrs_define
class TaxDetailUpdateDto:
    """This class represents a Tax Detail Line. Used to pass data to server for updating a tax line

    Attributes:
        tax_id (DtoValueOfString | Unset):
        taxable_amount (DtoValueOfNullableOfDecimal | Unset):
        vat_amount (DtoValueOfNullableOfDecimal | Unset):
    """

    tax_id: DtoValueOfString | Unset = UNSET
    taxable_amount: DtoValueOfNullableOfDecimal | Unset = UNSET
    vat_amount: DtoValueOfNullableOfDecimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tax_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_id, Unset):
            tax_id = self.tax_id.to_dict()

        taxable_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.taxable_amount, Unset):
            taxable_amount = self.taxable_amount.to_dict()

        vat_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_amount, Unset):
            vat_amount = self.vat_amount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tax_id is not UNSET:
            field_dict["taxId"] = tax_id
        if taxable_amount is not UNSET:
            field_dict["taxableAmount"] = taxable_amount
        if vat_amount is not UNSET:
            field_dict["vatAmount"] = vat_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _tax_id = d.pop("taxId", UNSET)
        tax_id: DtoValueOfString | Unset
        if isinstance(_tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = DtoValueOfString.from_dict(_tax_id)

        _taxable_amount = d.pop("taxableAmount", UNSET)
        taxable_amount: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_taxable_amount, Unset):
            taxable_amount = UNSET
        else:
            taxable_amount = DtoValueOfNullableOfDecimal.from_dict(_taxable_amount)

        _vat_amount = d.pop("vatAmount", UNSET)
        vat_amount: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_vat_amount, Unset):
            vat_amount = UNSET
        else:
            vat_amount = DtoValueOfNullableOfDecimal.from_dict(_vat_amount)

        tax_detail_update_dto = cls(
            tax_id=tax_id,
            taxable_amount=taxable_amount,
            vat_amount=vat_amount,
        )

        tax_detail_update_dto.additional_properties = d
        return tax_detail_update_dto

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
