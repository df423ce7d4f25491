from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_payment_method_detail_update_dto import CustomerPaymentMethodDetailUpdateDto
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="CustomerPaymentMethodCreateDto")


@_attrs_define
class CustomerPaymentMethodCreateDto:
    """
    Attributes:
        customer_id (DtoValueOfString | Unset):
        payment_method_id (DtoValueOfString | Unset):
        active (DtoValueOfNullableOfBoolean | Unset):
        cash_account_id (DtoValueOfString | Unset):
        payment_method_details (list[CustomerPaymentMethodDetailUpdateDto] | Unset):
    """

    customer_id: DtoValueOfString | Unset = UNSET
    payment_method_id: DtoValueOfString | Unset = UNSET
    active: DtoValueOfNullableOfBoolean | Unset = UNSET
    cash_account_id: DtoValueOfString | Unset = UNSET
    payment_method_details: list[CustomerPaymentMethodDetailUpdateDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = self.customer_id.to_dict()

        payment_method_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method_id, Unset):
            payment_method_id = self.payment_method_id.to_dict()

        active: dict[str, Any] | Unset = UNSET
        if not isinstance(self.active, Unset):
            active = self.active.to_dict()

        cash_account_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cash_account_id, Unset):
            cash_account_id = self.cash_account_id.to_dict()

        payment_method_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_method_details, Unset):
            payment_method_details = []
            for payment_method_details_item_data in self.payment_method_details:
                payment_method_details_item = payment_method_details_item_data.to_dict()
                payment_method_details.append(payment_method_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if payment_method_id is not UNSET:
            field_dict["paymentMethodId"] = payment_method_id
        if active is not UNSET:
            field_dict["active"] = active
        if cash_account_id is not UNSET:
            field_dict["cashAccountId"] = cash_account_id
        if payment_method_details is not UNSET:
            field_dict["paymentMethodDetails"] = payment_method_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.customer_payment_method_detail_update_dto import CustomerPaymentMethodDetailUpdateDto
        from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _customer_id = d.pop("customerId", UNSET)
        customer_id: DtoValueOfString | Unset
        if isinstance(_customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = DtoValueOfString.from_dict(_customer_id)

        _payment_method_id = d.pop("paymentMethodId", UNSET)
        payment_method_id: DtoValueOfString | Unset
        if isinstance(_payment_method_id, Unset):
            payment_method_id = UNSET
        else:
            payment_method_id = DtoValueOfString.from_dict(_payment_method_id)

        _active = d.pop("active", UNSET)
        active: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_active, Unset):
            active = UNSET
        else:
            active = DtoValueOfNullableOfBoolean.from_dict(_active)

        _cash_account_id = d.pop("cashAccountId", UNSET)
        cash_account_id: DtoValueOfString | Unset
        if isinstance(_cash_account_id, Unset):
            cash_account_id = UNSET
        else:
            cash_account_id = DtoValueOfString.from_dict(_cash_account_id)

        _payment_method_details = d.pop("paymentMethodDetails", UNSET)
        payment_method_details: list[CustomerPaymentMethodDetailUpdateDto] | Unset = UNSET
        if _payment_method_details is not UNSET:
            payment_method_details = []
            for payment_method_details_item_data in _payment_method_details:
                payment_method_details_item = CustomerPaymentMethodDetailUpdateDto.from_dict(
                    payment_method_details_item_data
                )

                payment_method_details.append(payment_method_details_item)

        customer_payment_method_create_dto = cls(
            customer_id=customer_id,
            payment_method_id=payment_method_id,
            active=active,
            cash_account_id=cash_account_id,
            payment_method_details=payment_method_details,
        )

        customer_payment_method_create_dto.additional_properties = d
        return customer_payment_method_create_dto

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
