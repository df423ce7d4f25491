from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CashAccountInCustomerPaymentMethodDto")


@_attrs_define
class CashAccountInCustomerPaymentMethodDto:
    """The top part &gt; Cash account &gt; The cash account to accrue customer payments made by this payment method, if it
    differs from the default cash account specified for the payment method selected.

        Attributes:
            id (str | Unset): Click on the magnifier. &gt; The identifier.
            description (str | Unset): Click on the magnifier. &gt; The description.
    """

    id: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        description = d.pop("description", UNSET)

        cash_account_in_customer_payment_method_dto = cls(
            id=id,
            description=description,
        )

        cash_account_in_customer_payment_method_dto.additional_properties = d
        return cash_account_in_customer_payment_method_dto

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
