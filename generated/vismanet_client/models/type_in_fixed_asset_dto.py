from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TypeInFixedAssetDto")


@_attrs_define
class TypeInFixedAssetDto:
    """The type of this fixed asset

    Attributes:
        asset_type_id (str | Unset): The type id of this fixed asset
        description (str | Unset): The type description
    """

    asset_type_id: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_type_id = self.asset_type_id

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset_type_id is not UNSET:
            field_dict["assetTypeID"] = asset_type_id
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        asset_type_id = d.pop("assetTypeID", UNSET)

        description = d.pop("description", UNSET)

        type_in_fixed_asset_dto = cls(
            asset_type_id=asset_type_id,
            description=description,
        )

        type_in_fixed_asset_dto.additional_properties = d
        return type_in_fixed_asset_dto

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
