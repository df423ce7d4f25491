from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="AttributeDetailDto")


@_attrs_define
class AttributeDetailDto:
    """
    Attributes:
        value_id (str | Unset):
        description (str | Unset):
        sort_order (int | Unset):
        disabled (bool | Unset):
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    value_id: str | Unset = UNSET
    description: str | Unset = UNSET
    sort_order: int | Unset = UNSET
    disabled: bool | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value_id = self.value_id

        description = self.description

        sort_order = self.sort_order

        disabled = self.disabled

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value_id is not UNSET:
            field_dict["valueId"] = value_id
        if description is not UNSET:
            field_dict["description"] = description
        if sort_order is not UNSET:
            field_dict["sortOrder"] = sort_order
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if error_info is not UNSET:
            field_dict["errorInfo"] = error_info
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metadata_dto import MetadataDto

        d = dict(src_dict)
        value_id = d.pop("valueId", UNSET)

        description = d.pop("description", UNSET)

        sort_order = d.pop("sortOrder", UNSET)

        disabled = d.pop("disabled", UNSET)

        error_info = d.pop("errorInfo", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: MetadataDto | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MetadataDto.from_dict(_metadata)

        attribute_detail_dto = cls(
            value_id=value_id,
            description=description,
            sort_order=sort_order,
            disabled=disabled,
            error_info=error_info,
            metadata=metadata,
        )

        attribute_detail_dto.additional_properties = d
        return attribute_detail_dto

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
