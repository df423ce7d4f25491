from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SegmentUpdateDto")


@_attrs_define
class SegmentUpdateDto:
    """
    Attributes:
        segment_id (int | Unset):
        segment_value (str | Unset):
    """

    segment_id: int | Unset = UNSET
    segment_value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        segment_id = self.segment_id

        segment_value = self.segment_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if segment_id is not UNSET:
            field_dict["segmentId"] = segment_id
        if segment_value is not UNSET:
            field_dict["segmentValue"] = segment_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        segment_id = d.pop("segmentId", UNSET)

        segment_value = d.pop("segmentValue", UNSET)

        segment_update_dto = cls(
            segment_id=segment_id,
            segment_value=segment_value,
        )

        segment_update_dto.additional_properties = d
        return segment_update_dto

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
