from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="CustomerPaymentMethodDetailUpdateDto")


@_attrs_define
class CustomerPaymentMethodDetailUpdateDto:
    """
    Attributes:
        detail_id (DtoValueOfString | Unset):
        value (DtoValueOfString | Unset):
    """

    detail_id: DtoValueOfString | Unset = UNSET
    value: DtoValueOfString | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detail_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.detail_id, Unset):
            detail_id = self.detail_id.to_dict()

        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if detail_id is not UNSET:
            field_dict["detailId"] = detail_id
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _detail_id = d.pop("detailId", UNSET)
        detail_id: DtoValueOfString | Unset
        if isinstance(_detail_id, Unset):
            detail_id = UNSET
        else:
            detail_id = DtoValueOfString.from_dict(_detail_id)

        _value = d.pop("value", UNSET)
        value: DtoValueOfString | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = DtoValueOfString.from_dict(_value)

        customer_payment_method_detail_update_dto = cls(
            detail_id=detail_id,
            value=value,
        )

        customer_payment_method_detail_update_dto.additional_properties = d
        return customer_payment_method_detail_update_dto

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
