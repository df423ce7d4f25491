from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute_id_value_dto import AttributeIdValueDto
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="ProjectAccountGroupDto")


@_attrs_define
class ProjectAccountGroupDto:
    """
    Attributes:
        account_group_id (str | Unset): The unique identifier of the account group.
        active (bool | Unset): A check box that indicates that the account group is active.
        description (str | Unset): An alphanumeric string that describes the account group.
        attributes (list[AttributeIdValueDto] | Unset): Attributes
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    account_group_id: str | Unset = UNSET
    active: bool | Unset = UNSET
    description: str | Unset = UNSET
    attributes: list[AttributeIdValueDto] | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_group_id = self.account_group_id

        active = self.active

        description = self.description

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_group_id is not UNSET:
            field_dict["accountGroupId"] = account_group_id
        if active is not UNSET:
            field_dict["active"] = active
        if description is not UNSET:
            field_dict["description"] = description
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if error_info is not UNSET:
            field_dict["errorInfo"] = error_info
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.attribute_id_value_dto import AttributeIdValueDto
        from ..models.metadata_dto import MetadataDto

        d = dict(src_dict)
        account_group_id = d.pop("accountGroupId", UNSET)

        active = d.pop("active", UNSET)

        description = d.pop("description", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: list[AttributeIdValueDto] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for attributes_item_data in _attributes:
                attributes_item = AttributeIdValueDto.from_dict(attributes_item_data)

                attributes.append(attributes_item)

        error_info = d.pop("errorInfo", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: MetadataDto | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MetadataDto.from_dict(_metadata)

        project_account_group_dto = cls(
            account_group_id=account_group_id,
            active=active,
            description=description,
            attributes=attributes,
            error_info=error_info,
            metadata=metadata,
        )

        project_account_group_dto.additional_properties = d
        return project_account_group_dto

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
