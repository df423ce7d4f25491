from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="CustomerDefaultPaymentMethodUpdateDto")


@_attrs_define
class CustomerDefaultPaymentMethodUpdateDto:
    """
    Attributes:
        payment_method_id (DtoValueOfString | Unset):
        is_default (DtoValueOfNullableOfBoolean | Unset):
    """

    payment_method_id: DtoValueOfString | Unset = UNSET
    is_default: DtoValueOfNullableOfBoolean | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_method_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method_id, Unset):
            payment_method_id = self.payment_method_id.to_dict()

        is_default: dict[str, Any] | Unset = UNSET
        if not isinstance(self.is_default, Unset):
            is_default = self.is_default.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_method_id is not UNSET:
            field_dict["paymentMethodId"] = payment_method_id
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _payment_method_id = d.pop("paymentMethodId", UNSET)
        payment_method_id: DtoValueOfString | Unset
        if isinstance(_payment_method_id, Unset):
            payment_method_id = UNSET
        else:
            payment_method_id = DtoValueOfString.from_dict(_payment_method_id)

        _is_default = d.pop("isDefault", UNSET)
        is_default: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_is_default, Unset):
            is_default = UNSET
        else:
            is_default = DtoValueOfNullableOfBoolean.from_dict(_is_default)

        customer_default_payment_method_update_dto = cls(
            payment_method_id=payment_method_id,
            is_default=is_default,
        )

        customer_default_payment_method_update_dto.additional_properties = d
        return customer_default_payment_method_update_dto

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
