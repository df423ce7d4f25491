from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerPaymentMethodDetailDto")


@_attrs_define
class CustomerPaymentMethodDetailDto:
    """
    Attributes:
        detail_id (str | Unset):
        description (str | Unset): Payment method details tab &gt; Description &gt; A description of the selected
            payment method.
        value (str | Unset): Payment method details tab &gt; Value &gt; The value you enter. This must match the input
            validation mask set for the column.
    """

    detail_id: str | Unset = UNSET
    description: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detail_id = self.detail_id

        description = self.description

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if detail_id is not UNSET:
            field_dict["detailId"] = detail_id
        if description is not UNSET:
            field_dict["description"] = description
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        detail_id = d.pop("detailId", UNSET)

        description = d.pop("description", UNSET)

        value = d.pop("value", UNSET)

        customer_payment_method_detail_dto = cls(
            detail_id=detail_id,
            description=description,
            value=value,
        )

        customer_payment_method_detail_dto.additional_properties = d
        return customer_payment_method_detail_dto

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
