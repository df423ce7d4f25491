from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LocationInFixedAssetDto")


@_attrs_define
class LocationInFixedAssetDto:
    """The current location of this fixed asset

    Attributes:
        department_id (str | Unset): The current department id of this fixed asset
        branch_id (str | Unset): The current branch id of this fixed asset
    """

    department_id: str | Unset = UNSET
    branch_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        department_id = self.department_id

        branch_id = self.branch_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if department_id is not UNSET:
            field_dict["departmentID"] = department_id
        if branch_id is not UNSET:
            field_dict["branchID"] = branch_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        department_id = d.pop("departmentID", UNSET)

        branch_id = d.pop("branchID", UNSET)

        location_in_fixed_asset_dto = cls(
            department_id=department_id,
            branch_id=branch_id,
        )

        location_in_fixed_asset_dto.additional_properties = d
        return location_in_fixed_asset_dto

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
