from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_payment_method_dto import CustomerPaymentMethodDto


T = TypeVar("T", bound="CustomerPaymentMethodsDto")


@_attrs_define
class CustomerPaymentMethodsDto:
    """
    Attributes:
        customer_id (str | Unset):
        payment_methods (list[CustomerPaymentMethodDto] | Unset):
    """

    customer_id: str | Unset = UNSET
    payment_methods: list[CustomerPaymentMethodDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        payment_methods: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_methods, Unset):
            payment_methods = []
            for payment_methods_item_data in self.payment_methods:
                payment_methods_item = payment_methods_item_data.to_dict()
                payment_methods.append(payment_methods_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if payment_methods is not UNSET:
            field_dict["paymentMethods"] = payment_methods

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.customer_payment_method_dto import CustomerPaymentMethodDto

        d = dict(src_dict)
        customer_id = d.pop("customerId", UNSET)

        _payment_methods = d.pop("paymentMethods", UNSET)
        payment_methods: list[CustomerPaymentMethodDto] | Unset = UNSET
        if _payment_methods is not UNSET:
            payment_methods = []
            for payment_methods_item_data in _payment_methods:
                payment_methods_item = CustomerPaymentMethodDto.from_dict(payment_methods_item_data)

                payment_methods.append(payment_methods_item)

        customer_payment_methods_dto = cls(
            customer_id=customer_id,
            payment_methods=payment_methods,
        )

        customer_payment_methods_dto.additional_properties = d
        return customer_payment_methods_dto

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
