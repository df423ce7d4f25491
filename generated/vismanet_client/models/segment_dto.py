from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SegmentDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "segment_id",
    "segment_description",
    "segment_value",
    "segment_value_description",
)


@_attrs_define(repr=False)
class SegmentDto:
    """
    Attributes:
        segment_id (int | Unset): The Segment values window &gt; The Top part &gt; The ID of the segment.
        segment_description (str | Unset): The Segment values window &gt; The Top part &gt; The description of the
            segment.
        segment_value (str | Unset): The Segment values window &gt; The table &gt; The value of the segment,
            alphanumeric.
        segment_value_description (str | Unset): The Segment values window &gt; The table &gt; The description of the
            segment value.
    """

    segment_id: int | Unset = UNSET
    segment_description: str | Unset = UNSET
    segment_value: str | Unset = UNSET
    segment_value_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        segment_id = self.segment_id

        segment_description = self.segment_description

        segment_value = self.segment_value

        segment_value_description = self.segment_value_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if segment_id is not UNSET:
            field_dict["segmentId"] = segment_id
        if segment_description is not UNSET:
            field_dict["segmentDescription"] = segment_description
        if segment_value is not UNSET:
            field_dict["segmentValue"] = segment_value
        if segment_value_description is not UNSET:
            field_dict["segmentValueDescription"] = segment_value_description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.segment_id = _rest.pop("segmentId", UNSET)
        _instance.segment_description = _rest.pop("segmentDescription", UNSET)
        _instance.segment_value = _rest.pop("segmentValue", UNSET)
        _instance.segment_value_description = _rest.pop("segmentValueDescription", UNSET)
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
