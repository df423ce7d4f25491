from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.void_payment_action_result_dto_action_result import (
    VoidPaymentActionResultDtoActionResult,
    check_void_payment_action_result_dto_action_result,
)
from ..models.void_payment_action_result_dto_type import (
    VoidPaymentActionResultDtoType,
    check_void_payment_action_result_dto_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_dto import PaymentDto


T = TypeVar("T", bound="VoidPaymentActionResultDto")


@_attrs_define
class VoidPaymentActionResultDto:
    """
    Attributes:
        type_ (VoidPaymentActionResultDtoType | Unset):
        ref_nbr (str | Unset):
        void_payment (PaymentDto | Unset): This class represents a Payment in PaymentController. Used by getting data.
        action_id (UUID | Unset):
        action_result (VoidPaymentActionResultDtoActionResult | Unset):
        error_info (str | Unset):
    """

    type_: VoidPaymentActionResultDtoType | Unset = UNSET
    ref_nbr: str | Unset = UNSET
    void_payment: PaymentDto | Unset = UNSET
    action_id: UUID | Unset = UNSET
    action_result: VoidPaymentActionResultDtoActionResult | Unset = UNSET
    error_info: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        ref_nbr = self.ref_nbr

        void_payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.void_payment, Unset):
            void_payment = self.void_payment.to_dict()

        action_id: str | Unset = UNSET
        if not isinstance(self.action_id, Unset):
            action_id = str(self.action_id)

        action_result: str | Unset = UNSET
        if not isinstance(self.action_result, Unset):
            action_result = self.action_result

        error_info = self.error_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if ref_nbr is not UNSET:
            field_dict["refNbr"] = ref_nbr
        if void_payment is not UNSET:
            field_dict["voidPayment"] = void_payment
        if action_id is not UNSET:
            field_dict["actionId"] = action_id
        if action_result is not UNSET:
            field_dict["actionResult"] = action_result
        if error_info is not UNSET:
            field_dict["errorInfo"] = error_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payment_dto import PaymentDto

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: VoidPaymentActionResultDtoType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_void_payment_action_result_dto_type(_type_)

        ref_nbr = d.pop("refNbr", UNSET)

        _void_payment = d.pop("voidPayment", UNSET)
        void_payment: PaymentDto | Unset
        if isinstance(_void_payment, Unset):
            void_payment = UNSET
        else:
            void_payment = PaymentDto.from_dict(_void_payment)

        _action_id = d.pop("actionId", UNSET)
        action_id: UUID | Unset
        if isinstance(_action_id, Unset):
            action_id = UNSET
        else:
            action_id = UUID(_action_id)

        _action_result = d.pop("actionResult", UNSET)
        action_result: VoidPaymentActionResultDtoActionResult | Unset
        if isinstance(_action_result, Unset):
            action_result = UNSET
        else:
            action_result = check_void_payment_action_result_dto_action_result(_action_result)

        error_info = d.pop("errorInfo", UNSET)

        void_payment_action_result_dto = cls(
            type_=type_,
            ref_nbr=ref_nbr,
            void_payment=void_payment,
            action_id=action_id,
            action_result=action_result,
            error_info=error_info,
        )

        void_payment_action_result_dto.additional_properties = d
        return void_payment_action_result_dto

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
