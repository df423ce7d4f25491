from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="SupplierPaymentMethodDetailUpdateDto")


@_attrs_define
class SupplierPaymentMethodDetailUpdateDto:
    """This class represents a Payment Method Detail in SupplierController. Used to update SupplierPaymentMethodDetails
    when creating or updating a Supplier.

        Attributes:
            payment_method_detail_description (str | Unset):
            payment_method_detail_value (DtoValueOfString | Unset):
    """

    payment_method_detail_description: str | Unset = UNSET
    payment_method_detail_value: DtoValueOfString | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_method_detail_description = self.payment_method_detail_description

        payment_method_detail_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method_detail_value, Unset):
            payment_method_detail_value = self.payment_method_detail_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_method_detail_description is not UNSET:
            field_dict["paymentMethodDetailDescription"] = payment_method_detail_description
        if payment_method_detail_value is not UNSET:
            field_dict["paymentMethodDetailValue"] = payment_method_detail_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        payment_method_detail_description = d.pop("paymentMethodDetailDescription", UNSET)

        _payment_method_detail_value = d.pop("paymentMethodDetailValue", UNSET)
        payment_method_detail_value: DtoValueOfString | Unset
        if isinstance(_payment_method_detail_value, Unset):
            payment_method_detail_value = UNSET
        else:
            payment_method_detail_value = DtoValueOfString.from_dict(_payment_method_detail_value)

        supplier_payment_method_detail_update_dto = cls(
            payment_method_detail_description=payment_method_detail_description,
            payment_method_detail_value=payment_method_detail_value,
        )

        supplier_payment_method_detail_update_dto.additional_properties = d
        return supplier_payment_method_detail_update_dto

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
