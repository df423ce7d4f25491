from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.primary_item_valid_in_warehouse_location_update_dto_value import (
    PrimaryItemValidInWarehouseLocationUpdateDtoValue,
    check_primary_item_valid_in_warehouse_location_update_dto_value,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PrimaryItemValidInWarehouseLocationUpdateDto")


@_attrs_define
class PrimaryItemValidInWarehouseLocationUpdateDto:
    """Primary item validation &gt; An option indicating whether the operations with the primary item should be validated
    for this location and how.

        Attributes:
            value (PrimaryItemValidInWarehouseLocationUpdateDtoValue | Unset):
    """

    value: PrimaryItemValidInWarehouseLocationUpdateDtoValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value: str | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _value = d.pop("value", UNSET)
        value: PrimaryItemValidInWarehouseLocationUpdateDtoValue | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = check_primary_item_valid_in_warehouse_location_update_dto_value(_value)

        primary_item_valid_in_warehouse_location_update_dto = cls(
            value=value,
        )

        primary_item_valid_in_warehouse_location_update_dto.additional_properties = d
        return primary_item_valid_in_warehouse_location_update_dto

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
