from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentMethodDetailDto")


@_attrs_define
class PaymentMethodDetailDto:
    """
    Attributes:
        detail_id (str | Unset): Mandatory field: Table column &gt; ID* &gt; The identifier of the payment method
            element.
        description (str | Unset): Table column &gt; Description &gt; The name for the payment method element.
        banking_detail_type (str | Unset): Table column &gt; BankingDetailType &gt; The bank account type
    """

    detail_id: str | Unset = UNSET
    description: str | Unset = UNSET
    banking_detail_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detail_id = self.detail_id

        description = self.description

        banking_detail_type = self.banking_detail_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if detail_id is not UNSET:
            field_dict["detailID"] = detail_id
        if description is not UNSET:
            field_dict["description"] = description
        if banking_detail_type is not UNSET:
            field_dict["bankingDetailType"] = banking_detail_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        detail_id = d.pop("detailID", UNSET)

        description = d.pop("description", UNSET)

        banking_detail_type = d.pop("bankingDetailType", UNSET)

        payment_method_detail_dto = cls(
            detail_id=detail_id,
            description=description,
            banking_detail_type=banking_detail_type,
        )

        payment_method_detail_dto.additional_properties = d
        return payment_method_detail_dto

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
