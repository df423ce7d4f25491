from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DtoSegmentValue")


@_attrs_define
class DtoSegmentValue:
    """
    Attributes:
        internal_id (UUID | Unset): Unique identifier for the segment value
        segment_id (int | Unset): The top part &gt; Segment ID &gt; The system-generated number representing the order
            of the segment in the segmented key.
        value_id (str | Unset): The table &gt; Value &gt; The string that is the value of the selected segment.
        description (str | Unset): The table &gt; Description &gt; The user-defined segment description.
        public_id (UUID | Unset):  Example: 00000000-0000-0000-0000-000000000000.
        active (bool | Unset): The table &gt; Active &gt; A check box that indicates (if selected) that the value is
            active.
        time_stamp (str | Unset):
        last_modified (datetime.datetime | Unset):
        mapped_seg_value (str | Unset):
    """

    internal_id: UUID | Unset = UNSET
    segment_id: int | Unset = UNSET
    value_id: str | Unset = UNSET
    description: str | Unset = UNSET
    public_id: UUID | Unset = UNSET
    active: bool | Unset = UNSET
    time_stamp: str | Unset = UNSET
    last_modified: datetime.datetime | Unset = UNSET
    mapped_seg_value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        internal_id: str | Unset = UNSET
        if not isinstance(self.internal_id, Unset):
            internal_id = str(self.internal_id)

        segment_id = self.segment_id

        value_id = self.value_id

        description = self.description

        public_id: str | Unset = UNSET
        if not isinstance(self.public_id, Unset):
            public_id = str(self.public_id)

        active = self.active

        time_stamp = self.time_stamp

        last_modified: str | Unset = UNSET
        if not isinstance(self.last_modified, Unset):
            last_modified = self.last_modified.isoformat()

        mapped_seg_value = self.mapped_seg_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if internal_id is not UNSET:
            field_dict["internalId"] = internal_id
        if segment_id is not UNSET:
            field_dict["segmentId"] = segment_id
        if value_id is not UNSET:
            field_dict["valueId"] = value_id
        if description is not UNSET:
            field_dict["description"] = description
        if public_id is not UNSET:
            field_dict["publicId"] = public_id
        if active is not UNSET:
            field_dict["active"] = active
        if time_stamp is not UNSET:
            field_dict["timeStamp"] = time_stamp
        if last_modified is not UNSET:
            field_dict["lastModified"] = last_modified
        if mapped_seg_value is not UNSET:
            field_dict["mappedSegValue"] = mapped_seg_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _internal_id = d.pop("internalId", UNSET)
        internal_id: UUID | Unset
        if isinstance(_internal_id, Unset):
            internal_id = UNSET
        else:
            internal_id = UUID(_internal_id)

        segment_id = d.pop("segmentId", UNSET)

        value_id = d.pop("valueId", UNSET)

        description = d.pop("description", UNSET)

        _public_id = d.pop("publicId", UNSET)
        public_id: UUID | Unset
        if isinstance(_public_id, Unset):
            public_id = UNSET
        else:
            public_id = UUID(_public_id)

        active = d.pop("active", UNSET)

        time_stamp = d.pop("timeStamp", UNSET)

        _last_modified = d.pop("lastModified", UNSET)
        last_modified: datetime.datetime | Unset
        if isinstance(_last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = datetime.datetime.fromisoformat(_last_modified)

        mapped_seg_value = d.pop("mappedSegValue", UNSET)

        dto_segment_value = cls(
            internal_id=internal_id,
            segment_id=segment_id,
            value_id=value_id,
            description=description,
            public_id=public_id,
            active=active,
            time_stamp=time_stamp,
            last_modified=last_modified,
            mapped_seg_value=mapped_seg_value,
        )

        dto_segment_value.additional_properties = d
        return dto_segment_value

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
