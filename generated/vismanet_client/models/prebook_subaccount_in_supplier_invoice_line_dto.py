from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_dto import MetadataDto
    from ..models.segment_dto import SegmentDto


T = TypeVar("T", bound="PrebookSubaccountInSupplierInvoiceLineDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "subaccount_number",
    "subaccount_id",
    "description",
    "last_modified_date_time",
    "active",
    "segments",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class PrebookSubaccountInSupplierInvoiceLineDto:
    """Prebook subaccount used on the line. Note that this feature is not available in all countries.

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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.subaccount_number = _rest.pop("subaccountNumber", UNSET)
        _instance.subaccount_id = _rest.pop("subaccountId", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.active = _rest.pop("active", UNSET)
        _value = _rest.pop("segments", UNSET)
        _instance.segments = (
            UNSET
            if _value is UNSET
            else [_models.SegmentDto.from_dict(segments_item_data) for segments_item_data in _value]
        )
        _instance.error_info = _rest.pop("errorInfo", UNSET)
        _value = _rest.pop("metadata", UNSET)
        _instance.metadata = UNSET if _value is UNSET else _models.MetadataDto.from_dict(_value)
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
