from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lot_serial_class_detail_dto_type import (
    LotSerialClassDetailDtoType,
    check_lot_serial_class_detail_dto_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="LotSerialClassDetailDto")


@_attrs_define
class LotSerialClassDetailDto:
    """
    Attributes:
        id (str | Unset): The Id of the Lot Serial Class
        segment_number (int | Unset): Segment number for the Lot Serial segment
        type_ (LotSerialClassDetailDtoType | Unset): Segment type for the Lot Serial segment
        value (str | Unset): Segment value for the Lot Serial segment
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    id: str | Unset = UNSET
    segment_number: int | Unset = UNSET
    type_: LotSerialClassDetailDtoType | Unset = UNSET
    value: str | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        segment_number = self.segment_number

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        value = self.value

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if segment_number is not UNSET:
            field_dict["segmentNumber"] = segment_number
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value
        if error_info is not UNSET:
            field_dict["errorInfo"] = error_info
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metadata_dto import MetadataDto

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        segment_number = d.pop("segmentNumber", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: LotSerialClassDetailDtoType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_lot_serial_class_detail_dto_type(_type_)

        value = d.pop("value", UNSET)

        error_info = d.pop("errorInfo", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: MetadataDto | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MetadataDto.from_dict(_metadata)

        lot_serial_class_detail_dto = cls(
            id=id,
            segment_number=segment_number,
            type_=type_,
            value=value,
            error_info=error_info,
            metadata=metadata,
        )

        lot_serial_class_detail_dto.additional_properties = d
        return lot_serial_class_detail_dto

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
