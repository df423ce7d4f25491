from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DtoSegmentValue")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "internal_id",
    "segment_id",
    "value_id",
    "description",
    "public_id",
    "active",
    "time_stamp",
    "last_modified",
    "mapped_seg_value",
)


@_attrs_define(repr=False)
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("internalId", UNSET)
        _instance.internal_id = UNSET if _value is UNSET else UUID(_value)
        _instance.segment_id = _rest.pop("segmentId", UNSET)
        _instance.value_id = _rest.pop("valueId", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _value = _rest.pop("publicId", UNSET)
        _instance.public_id = UNSET if _value is UNSET else UUID(_value)
        _instance.active = _rest.pop("active", UNSET)
        _instance.time_stamp = _rest.pop("timeStamp", UNSET)
        _value = _rest.pop("lastModified", UNSET)
        _instance.last_modified = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.mapped_seg_value = _rest.pop("mappedSegValue", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        _instance.additional_properties = dict(_rest) if _rest else {}
        return _instance

    def __repr__(self) -> str:
        """Only the fields that are set: a Visma DTO has dozens of fields and a record usually fills a few."""
        fields = [f"{name}={value!r}" for name in _FIELD_NAMES if (value := getattr(self, name)) is not UNSET]
        if self.additional_properties:
            fields.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

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
