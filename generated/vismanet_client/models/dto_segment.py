from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_segment_value import DtoSegmentValue


T = TypeVar("T", bound="DtoSegment")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "internal_id",
    "segment_id",
    "description",
    "length",
    "public_id",
    "time_stamp",
    "last_modified",
    "validate",
    "segment_values",
    "is_auto_number",
    "consol_num_char",
    "consol_order",
)


@_attrs_define(repr=False)
class DtoSegment:
    """
    Attributes:
        internal_id (UUID | Unset): Unique identifier for the segment.
        segment_id (int | Unset): Segment ID &gt; The system-generated number representing the order of the segment in
            the segmented key.
        description (str | Unset): Mandatory field: Description &gt; The user-defined segment description.
        length (int | Unset): Length &gt; The maximum length of the segment.
        public_id (UUID | Unset):  Example: 00000000-0000-0000-0000-000000000000.
        time_stamp (str | Unset):
        last_modified (datetime.datetime | Unset): System generated information.
        validate (bool | Unset): Validate &gt; A check box that indicates (if selected) that validation of segment
            values is turned on.
        segment_values (list[DtoSegmentValue] | Unset): The table &gt;
        is_auto_number (bool | Unset): Select segment and click View segment &gt; Auto number &gt; A check box that
            indicates (if selected) that the number series selected in the Number series ID field will be used to generate
            values for this segment in IDs.
        consol_num_char (int | Unset): Select segment and click View segment &gt; Number of characters &gt; The length
            (in characters) of the string in the parent's subaccount to which the segment value is mapped; this column is
            displayed for only the SUBACCOUNT key.
        consol_order (int | Unset): Select segment and click View segment &gt; Consol. order &gt; The number that
            represents the order of this string among other strings in the parent company's subaccount; this column is
            displayed for only the SUBACCOUNT key.
    """

    internal_id: UUID | Unset = UNSET
    segment_id: int | Unset = UNSET
    description: str | Unset = UNSET
    length: int | Unset = UNSET
    public_id: UUID | Unset = UNSET
    time_stamp: str | Unset = UNSET
    last_modified: datetime.datetime | Unset = UNSET
    validate: bool | Unset = UNSET
    segment_values: list[DtoSegmentValue] | Unset = UNSET
    is_auto_number: bool | Unset = UNSET
    consol_num_char: int | Unset = UNSET
    consol_order: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        internal_id: str | Unset = UNSET
        if not isinstance(self.internal_id, Unset):
            internal_id = str(self.internal_id)

        segment_id = self.segment_id

        description = self.description

        length = self.length

        public_id: str | Unset = UNSET
        if not isinstance(self.public_id, Unset):
            public_id = str(self.public_id)

        time_stamp = self.time_stamp

        last_modified: str | Unset = UNSET
        if not isinstance(self.last_modified, Unset):
            last_modified = self.last_modified.isoformat()

        validate = self.validate

        segment_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.segment_values, Unset):
            segment_values = []
            for segment_values_item_data in self.segment_values:
                segment_values_item = segment_values_item_data.to_dict()
                segment_values.append(segment_values_item)

        is_auto_number = self.is_auto_number

        consol_num_char = self.consol_num_char

        consol_order = self.consol_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if internal_id is not UNSET:
            field_dict["internalId"] = internal_id
        if segment_id is not UNSET:
            field_dict["segmentId"] = segment_id
        if description is not UNSET:
            field_dict["description"] = description
        if length is not UNSET:
            field_dict["length"] = length
        if public_id is not UNSET:
            field_dict["publicId"] = public_id
        if time_stamp is not UNSET:
            field_dict["timeStamp"] = time_stamp
        if last_modified is not UNSET:
            field_dict["lastModified"] = last_modified
        if validate is not UNSET:
            field_dict["validate"] = validate
        if segment_values is not UNSET:
            field_dict["segmentValues"] = segment_values
        if is_auto_number is not UNSET:
            field_dict["isAutoNumber"] = is_auto_number
        if consol_num_char is not UNSET:
            field_dict["consolNumChar"] = consol_num_char
        if consol_order is not UNSET:
            field_dict["consolOrder"] = consol_order

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
        _instance.description = _rest.pop("description", UNSET)
        _instance.length = _rest.pop("length", UNSET)
        _value = _rest.pop("publicId", UNSET)
        _instance.public_id = UNSET if _value is UNSET else UUID(_value)
        _instance.time_stamp = _rest.pop("timeStamp", UNSET)
        _value = _rest.pop("lastModified", UNSET)
        _instance.last_modified = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.validate = _rest.pop("validate", UNSET)
        _value = _rest.pop("segmentValues", UNSET)
        _instance.segment_values = (
            UNSET
            if _value is UNSET
            else [_models.DtoSegmentValue.from_dict(segment_values_item_data) for segment_values_item_data in _value]
        )
        _instance.is_auto_number = _rest.pop("isAutoNumber", UNSET)
        _instance.consol_num_char = _rest.pop("consolNumChar", UNSET)
        _instance.consol_order = _rest.pop("consolOrder", UNSET)
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
