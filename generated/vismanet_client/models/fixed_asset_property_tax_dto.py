from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fixed_asset_property_tax_details_dto import FixedAssetPropertyTaxDetailsDto
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="FixedAssetPropertyTaxDto")


@_attrs_define
class FixedAssetPropertyTaxDto:
    """This class represents an attribute in FixedAssetPropertyTaxGroup. Used for getting data.

    Attributes:
        property_tax_id (str | Unset): The property tax id of this property tax group
        description (str | Unset): The description of this property tax group
        active (bool | Unset): A flag that indicates whether this fixed asset property tax group is active.
        details (list[FixedAssetPropertyTaxDetailsDto] | Unset): Fixed Asset Property Tax Details
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    property_tax_id: str | Unset = UNSET
    description: str | Unset = UNSET
    active: bool | Unset = UNSET
    details: list[FixedAssetPropertyTaxDetailsDto] | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_tax_id = self.property_tax_id

        description = self.description

        active = self.active

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if property_tax_id is not UNSET:
            field_dict["propertyTaxID"] = property_tax_id
        if description is not UNSET:
            field_dict["description"] = description
        if active is not UNSET:
            field_dict["active"] = active
        if details is not UNSET:
            field_dict["details"] = details
        if error_info is not UNSET:
            field_dict["errorInfo"] = error_info
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fixed_asset_property_tax_details_dto import FixedAssetPropertyTaxDetailsDto
        from ..models.metadata_dto import MetadataDto

        d = dict(src_dict)
        property_tax_id = d.pop("propertyTaxID", UNSET)

        description = d.pop("description", UNSET)

        active = d.pop("active", UNSET)

        _details = d.pop("details", UNSET)
        details: list[FixedAssetPropertyTaxDetailsDto] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = FixedAssetPropertyTaxDetailsDto.from_dict(details_item_data)

                details.append(details_item)

        error_info = d.pop("errorInfo", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: MetadataDto | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MetadataDto.from_dict(_metadata)

        fixed_asset_property_tax_dto = cls(
            property_tax_id=property_tax_id,
            description=description,
            active=active,
            details=details,
            error_info=error_info,
            metadata=metadata,
        )

        fixed_asset_property_tax_dto.additional_properties = d
        return fixed_asset_property_tax_dto

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
