from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import parse_uuid as _parse_uuid
from ..types import set_source as _set_source

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
class DtoSegmentValue(GeneratedModel):
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

    internal_id: UUID | Unset | None = UNSET
    segment_id: int | Unset | None = UNSET
    value_id: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    public_id: UUID | Unset | None = UNSET
    active: bool | Unset | None = UNSET
    time_stamp: str | Unset | None = UNSET
    last_modified: datetime.datetime | Unset | None = UNSET
    mapped_seg_value: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.internal_id
        if _value is not UNSET:
            field_dict["internalId"] = str(_value) if isinstance(_value, UUID) else _value
        _value = self.segment_id
        if _value is not UNSET:
            field_dict["segmentId"] = _value
        _value = self.value_id
        if _value is not UNSET:
            field_dict["valueId"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.public_id
        if _value is not UNSET:
            field_dict["publicId"] = str(_value) if isinstance(_value, UUID) else _value
        _value = self.active
        if _value is not UNSET:
            field_dict["active"] = _value
        _value = self.time_stamp
        if _value is not UNSET:
            field_dict["timeStamp"] = _value
        _value = self.last_modified
        if _value is not UNSET:
            field_dict["lastModified"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.mapped_seg_value
        if _value is not UNSET:
            field_dict["mappedSegValue"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not DtoSegmentValue or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("internalId", UNSET)
        self.internal_id = _parse_uuid(_value)
        self.segment_id = _rest.pop("segmentId", UNSET)
        self.value_id = _rest.pop("valueId", UNSET)
        self.description = _rest.pop("description", UNSET)
        _value = _rest.pop("publicId", UNSET)
        self.public_id = _parse_uuid(_value)
        self.active = _rest.pop("active", UNSET)
        self.time_stamp = _rest.pop("timeStamp", UNSET)
        _value = _rest.pop("lastModified", UNSET)
        self.last_modified = _parse_datetime(_value)
        self.mapped_seg_value = _rest.pop("mappedSegValue", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("internal_id", "internalId", False, "uuid"),
        ("segment_id", "segmentId", False, "int"),
        ("value_id", "valueId", False, "str"),
        ("description", "description", False, "str"),
        ("public_id", "publicId", False, "uuid"),
        ("active", "active", False, "bool"),
        ("time_stamp", "timeStamp", False, "str"),
        ("last_modified", "lastModified", False, "datetime"),
        ("mapped_seg_value", "mappedSegValue", False, "str"),
    )
    _vn_extra = None

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


_Lazy = _lazy_twin(DtoSegmentValue)
