from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.metadata_dto import MetadataDto
    from ..models.segment_dto import SegmentDto


T = TypeVar("T", bound="SubaccountInCreditNoteLineDto")

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
class SubaccountInCreditNoteLineDto(GeneratedModel):
    """Mandatory field: Subaccount* &gt; The corresponding subaccount used for this transaction.

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

    subaccount_number: str | Unset | None = UNSET
    subaccount_id: int | Unset | None = UNSET
    description: str | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    active: bool | Unset | None = UNSET
    segments: list[SegmentDto] | Unset | None = UNSET
    error_info: str | Unset | None = UNSET
    metadata: MetadataDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.subaccount_number
        if _value is not UNSET:
            field_dict["subaccountNumber"] = _value
        _value = self.subaccount_id
        if _value is not UNSET:
            field_dict["subaccountId"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.active
        if _value is not UNSET:
            field_dict["active"] = _value
        _value = self.segments
        if _value is not UNSET:
            field_dict["segments"] = (
                [
                    segments_item_data.to_dict()
                    if isinstance(segments_item_data, GeneratedModel)
                    else segments_item_data
                    for segments_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.error_info
        if _value is not UNSET:
            field_dict["errorInfo"] = _value
        _value = self.metadata
        if _value is not UNSET:
            field_dict["metadata"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not SubaccountInCreditNoteLineDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.subaccount_number = _rest.pop("subaccountNumber", UNSET)
        self.subaccount_id = _rest.pop("subaccountId", UNSET)
        self.description = _rest.pop("description", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        self.active = _rest.pop("active", UNSET)
        _value = _rest.pop("segments", UNSET)
        self.segments = (
            [
                _models.SegmentDto._vn_fill(_new(_models.SegmentDto), segments_item_data)
                if isinstance(segments_item_data, dict)
                else segments_item_data
                for segments_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        self.error_info = _rest.pop("errorInfo", UNSET)
        _value = _rest.pop("metadata", UNSET)
        self.metadata = (
            _models.MetadataDto._vn_fill(_new(_models.MetadataDto), _value) if isinstance(_value, dict) else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("subaccount_number", "subaccountNumber", False, "str"),
        ("subaccount_id", "subaccountId", False, "int"),
        ("description", "description", False, "str"),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
        ("active", "active", False, "bool"),
        ("segments", "segments", False, ("list", ("model", "SegmentDto"))),
        ("error_info", "errorInfo", False, "str"),
        ("metadata", "metadata", False, ("model", "MetadataDto")),
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


_Lazy = _lazy_twin(SubaccountInCreditNoteLineDto)
