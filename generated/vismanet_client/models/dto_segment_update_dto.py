from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_segment_value_update_dto_base import DtoSegmentValueUpdateDtoBase
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="DtoSegmentUpdateDto")


@_attrs_define
class DtoSegmentUpdateDto:
    """
    Attributes:
        segment_values (list[DtoSegmentValueUpdateDtoBase] | Unset):
        dimension_id (str | Unset):
        segement_id (int | Unset):
        description (DtoValueOfString | Unset):
    """

    segment_values: list[DtoSegmentValueUpdateDtoBase] | Unset = UNSET
    dimension_id: str | Unset = UNSET
    segement_id: int | Unset = UNSET
    description: DtoValueOfString | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        segment_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.segment_values, Unset):
            segment_values = []
            for segment_values_item_data in self.segment_values:
                segment_values_item = segment_values_item_data.to_dict()
                segment_values.append(segment_values_item)

        dimension_id = self.dimension_id

        segement_id = self.segement_id

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if segment_values is not UNSET:
            field_dict["segmentValues"] = segment_values
        if dimension_id is not UNSET:
            field_dict["dimensionId"] = dimension_id
        if segement_id is not UNSET:
            field_dict["segementId"] = segement_id
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_segment_value_update_dto_base import DtoSegmentValueUpdateDtoBase
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _segment_values = d.pop("segmentValues", UNSET)
        segment_values: list[DtoSegmentValueUpdateDtoBase] | Unset = UNSET
        if _segment_values is not UNSET:
            segment_values = []
            for segment_values_item_data in _segment_values:
                segment_values_item = DtoSegmentValueUpdateDtoBase.from_dict(segment_values_item_data)

                segment_values.append(segment_values_item)

        dimension_id = d.pop("dimensionId", UNSET)

        segement_id = d.pop("segementId", UNSET)

        _description = d.pop("description", UNSET)
        description: DtoValueOfString | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = DtoValueOfString.from_dict(_description)

        dto_segment_update_dto = cls(
            segment_values=segment_values,
            dimension_id=dimension_id,
            segement_id=segement_id,
            description=description,
        )

        dto_segment_update_dto.additional_properties = d
        return dto_segment_update_dto

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
