from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PropertyTaxInFixedAssetDto")


@_attrs_define
class PropertyTaxInFixedAssetDto:
    """The property tax group this fixed asset is conntected to

    Attributes:
        property_tax_id (str | Unset): The property tax group id of this fixed asset
        description (str | Unset): The description of the property tax group of this fixed asset
    """

    property_tax_id: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_tax_id = self.property_tax_id

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if property_tax_id is not UNSET:
            field_dict["propertyTaxID"] = property_tax_id
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        property_tax_id = d.pop("propertyTaxID", UNSET)

        description = d.pop("description", UNSET)

        property_tax_in_fixed_asset_dto = cls(
            property_tax_id=property_tax_id,
            description=description,
        )

        property_tax_in_fixed_asset_dto.additional_properties = d
        return property_tax_in_fixed_asset_dto

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
