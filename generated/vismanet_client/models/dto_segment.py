from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import parse_uuid as _parse_uuid
from ..types import set_source as _set_source

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
class DtoSegment(GeneratedModel):
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

    internal_id: UUID | Unset | None = UNSET
    segment_id: int | Unset | None = UNSET
    description: str | Unset | None = UNSET
    length: int | Unset | None = UNSET
    public_id: UUID | Unset | None = UNSET
    time_stamp: str | Unset | None = UNSET
    last_modified: datetime.datetime | Unset | None = UNSET
    validate: bool | Unset | None = UNSET
    segment_values: list[DtoSegmentValue] | Unset | None = UNSET
    is_auto_number: bool | Unset | None = UNSET
    consol_num_char: int | Unset | None = UNSET
    consol_order: int | Unset | None = UNSET
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
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.length
        if _value is not UNSET:
            field_dict["length"] = _value
        _value = self.public_id
        if _value is not UNSET:
            field_dict["publicId"] = str(_value) if isinstance(_value, UUID) else _value
        _value = self.time_stamp
        if _value is not UNSET:
            field_dict["timeStamp"] = _value
        _value = self.last_modified
        if _value is not UNSET:
            field_dict["lastModified"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.validate
        if _value is not UNSET:
            field_dict["validate"] = _value
        _value = self.segment_values
        if _value is not UNSET:
            field_dict["segmentValues"] = (
                [
                    segment_values_item_data.to_dict()
                    if isinstance(segment_values_item_data, GeneratedModel)
                    else segment_values_item_data
                    for segment_values_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.is_auto_number
        if _value is not UNSET:
            field_dict["isAutoNumber"] = _value
        _value = self.consol_num_char
        if _value is not UNSET:
            field_dict["consolNumChar"] = _value
        _value = self.consol_order
        if _value is not UNSET:
            field_dict["consolOrder"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not DtoSegment or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("internalId", UNSET)
        self.internal_id = _parse_uuid(_value)
        self.segment_id = _rest.pop("segmentId", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.length = _rest.pop("length", UNSET)
        _value = _rest.pop("publicId", UNSET)
        self.public_id = _parse_uuid(_value)
        self.time_stamp = _rest.pop("timeStamp", UNSET)
        _value = _rest.pop("lastModified", UNSET)
        self.last_modified = _parse_datetime(_value)
        self.validate = _rest.pop("validate", UNSET)
        _value = _rest.pop("segmentValues", UNSET)
        self.segment_values = (
            [
                _models.DtoSegmentValue._vn_fill(_new(_models.DtoSegmentValue), segment_values_item_data)
                if isinstance(segment_values_item_data, dict)
                else segment_values_item_data
                for segment_values_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        self.is_auto_number = _rest.pop("isAutoNumber", UNSET)
        self.consol_num_char = _rest.pop("consolNumChar", UNSET)
        self.consol_order = _rest.pop("consolOrder", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("internal_id", "internalId", False, "uuid"),
        ("segment_id", "segmentId", False, "int"),
        ("description", "description", False, "str"),
        ("length", "length", False, "int"),
        ("public_id", "publicId", False, "uuid"),
        ("time_stamp", "timeStamp", False, "str"),
        ("last_modified", "lastModified", False, "datetime"),
        ("validate", "validate", False, "bool"),
        ("segment_values", "segmentValues", False, ("list", ("model", "DtoSegmentValue"))),
        ("is_auto_number", "isAutoNumber", False, "bool"),
        ("consol_num_char", "consolNumChar", False, "int"),
        ("consol_order", "consolOrder", False, "int"),
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


_Lazy = _lazy_twin(DtoSegment)
