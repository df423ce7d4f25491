from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.void_payment_action_dto_type import VoidPaymentActionDtoType, check_void_payment_action_dto_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="VoidPaymentActionDto")


@_attrs_define
class VoidPaymentActionDto:
    """
    Attributes:
        type_ (VoidPaymentActionDtoType | Unset):
        return_void_payment (bool | Unset):
    """

    type_: VoidPaymentActionDtoType | Unset = UNSET
    return_void_payment: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        return_void_payment = self.return_void_payment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if return_void_payment is not UNSET:
            field_dict["returnVoidPayment"] = return_void_payment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: VoidPaymentActionDtoType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_void_payment_action_dto_type(_type_)

        return_void_payment = d.pop("returnVoidPayment", UNSET)

        void_payment_action_dto = cls(
            type_=type_,
            return_void_payment=return_void_payment,
        )

        void_payment_action_dto.additional_properties = d
        return void_payment_action_dto

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
