from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attribute_dto_control_type import AttributeDtoControlType, check_attribute_dto_control_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute_detail_dto import AttributeDetailDto
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="AttributeDto")


@_attrs_define
class AttributeDto:
    """This class represents an attribute in AttributeController. Used for getting data.

    Attributes:
        attribute_id (str | Unset):
        description (str | Unset):
        control_type (AttributeDtoControlType | Unset):
        internal (bool | Unset):
        entry_mask (str | Unset):
        reg_exp (str | Unset):
        details (list[AttributeDetailDto] | Unset):
        created_date_time (datetime.datetime | Unset):
        last_modified_date_time (datetime.datetime | Unset):
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    attribute_id: str | Unset = UNSET
    description: str | Unset = UNSET
    control_type: AttributeDtoControlType | Unset = UNSET
    internal: bool | Unset = UNSET
    entry_mask: str | Unset = UNSET
    reg_exp: str | Unset = UNSET
    details: list[AttributeDetailDto] | Unset = UNSET
    created_date_time: datetime.datetime | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attribute_id = self.attribute_id

        description = self.description

        control_type: str | Unset = UNSET
        if not isinstance(self.control_type, Unset):
            control_type = self.control_type

        internal = self.internal

        entry_mask = self.entry_mask

        reg_exp = self.reg_exp

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        created_date_time: str | Unset = UNSET
        if not isinstance(self.created_date_time, Unset):
            created_date_time = self.created_date_time.isoformat()

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attribute_id is not UNSET:
            field_dict["attributeID"] = attribute_id
        if description is not UNSET:
            field_dict["description"] = description
        if control_type is not UNSET:
            field_dict["controlType"] = control_type
        if internal is not UNSET:
            field_dict["internal"] = internal
        if entry_mask is not UNSET:
            field_dict["entryMask"] = entry_mask
        if reg_exp is not UNSET:
            field_dict["regExp"] = reg_exp
        if details is not UNSET:
            field_dict["details"] = details
        if created_date_time is not UNSET:
            field_dict["createdDateTime"] = created_date_time
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if error_info is not UNSET:
            field_dict["errorInfo"] = error_info
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.attribute_detail_dto import AttributeDetailDto
        from ..models.metadata_dto import MetadataDto

        d = dict(src_dict)
        attribute_id = d.pop("attributeID", UNSET)

        description = d.pop("description", UNSET)

        _control_type = d.pop("controlType", UNSET)
        control_type: AttributeDtoControlType | Unset
        if isinstance(_control_type, Unset):
            control_type = UNSET
        else:
            control_type = check_attribute_dto_control_type(_control_type)

        internal = d.pop("internal", UNSET)

        entry_mask = d.pop("entryMask", UNSET)

        reg_exp = d.pop("regExp", UNSET)

        _details = d.pop("details", UNSET)
        details: list[AttributeDetailDto] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = AttributeDetailDto.from_dict(details_item_data)

                details.append(details_item)

        _created_date_time = d.pop("createdDateTime", UNSET)
        created_date_time: datetime.datetime | Unset
        if isinstance(_created_date_time, Unset):
            created_date_time = UNSET
        else:
            created_date_time = datetime.datetime.fromisoformat(_created_date_time)

        _last_modified_date_time = d.pop("lastModifiedDateTime", UNSET)
        last_modified_date_time: datetime.datetime | Unset
        if isinstance(_last_modified_date_time, Unset):
            last_modified_date_time = UNSET
        else:
            last_modified_date_time = datetime.datetime.fromisoformat(_last_modified_date_time)

        error_info = d.pop("errorInfo", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: MetadataDto | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MetadataDto.from_dict(_metadata)

        attribute_dto = cls(
            attribute_id=attribute_id,
            description=description,
            control_type=control_type,
            internal=internal,
            entry_mask=entry_mask,
            reg_exp=reg_exp,
            details=details,
            created_date_time=created_date_time,
            last_modified_date_time=last_modified_date_time,
            error_info=error_info,
            metadata=metadata,
        )

        attribute_dto.additional_properties = d
        return attribute_dto

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
