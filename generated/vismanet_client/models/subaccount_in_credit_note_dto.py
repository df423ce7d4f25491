from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_dto import MetadataDto
    from ..models.segment_dto import SegmentDto


T = TypeVar("T", bound="SubaccountInCreditNoteDto")


@_attrs_define
class SubaccountInCreditNoteDto:
    """The Document details tab &gt; Subaccount* &gt; The corresponding subaccount used for this transaction.

    Attributes:
        subaccount_number (str | Unset): Mandatory field: Subaccount* &gt; The subaccount number. Format 9-XX.
        subaccount_id (int | Unset): SubID &gt; The  identifier of the subaccount.
        description (str | Unset): Description &gt; The description of the identifier.
        last_modified_date_time (datetime.datetime | Unset): System generated information.
        active (bool | Unset): Active &gt; The status of the identifier.
        segments (list[SegmentDto] | Unset): Segments are entities that you use to define the structure of IDs for the
            subaccount.  This information is collected from window CS202000.
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    subaccount_number: str | Unset = UNSET
    subaccount_id: int | Unset = UNSET
    description: str | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    active: bool | Unset = UNSET
    segments: list[SegmentDto] | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subaccount_number = self.subaccount_number

        subaccount_id = self.subaccount_id

        description = self.description

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        active = self.active

        segments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.segments, Unset):
            segments = []
            for segments_item_data in self.segments:
                segments_item = segments_item_data.to_dict()
                segments.append(segments_item)

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subaccount_number is not UNSET:
            field_dict["subaccountNumber"] = subaccount_number
        if subaccount_id is not UNSET:
            field_dict["subaccountId"] = subaccount_id
        if description is not UNSET:
            field_dict["description"] = description
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if active is not UNSET:
            field_dict["active"] = active
        if segments is not UNSET:
            field_dict["segments"] = segments
        if error_info is not UNSET:
            field_dict["errorInfo"] = error_info
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metadata_dto import MetadataDto
        from ..models.segment_dto import SegmentDto

        d = dict(src_dict)
        subaccount_number = d.pop("subaccountNumber", UNSET)

        subaccount_id = d.pop("subaccountId", UNSET)

        description = d.pop("description", UNSET)

        _last_modified_date_time = d.pop("lastModifiedDateTime", UNSET)
        last_modified_date_time: datetime.datetime | Unset
        if isinstance(_last_modified_date_time, Unset):
            last_modified_date_time = UNSET
        else:
            last_modified_date_time = datetime.datetime.fromisoformat(_last_modified_date_time)

        active = d.pop("active", UNSET)

        _segments = d.pop("segments", UNSET)
        segments: list[SegmentDto] | Unset = UNSET
        if _segments is not UNSET:
            segments = []
            for segments_item_data in _segments:
                segments_item = SegmentDto.from_dict(segments_item_data)

                segments.append(segments_item)

        error_info = d.pop("errorInfo", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: MetadataDto | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MetadataDto.from_dict(_metadata)

        subaccount_in_credit_note_dto = cls(
            subaccount_number=subaccount_number,
            subaccount_id=subaccount_id,
            description=description,
            last_modified_date_time=last_modified_date_time,
            active=active,
            segments=segments,
            error_info=error_info,
            metadata=metadata,
        )

        subaccount_in_credit_note_dto.additional_properties = d
        return subaccount_in_credit_note_dto

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
