from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.attribute_dto_control_type import AttributeDtoControlType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute_detail_dto import AttributeDetailDto
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="AttributeDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "attribute_id",
    "description",
    "control_type",
    "internal",
    "entry_mask",
    "reg_exp",
    "details",
    "created_date_time",
    "last_modified_date_time",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class AttributeDto:
    """This class represents an attribute in AttributeController. Used for getting data.

    Attributes:
        attribute_id (str | Unset):
        description (str | Unset):
        control_type (AttributeDtoControlType | Unset):
        internal (bool | Unset):
        entry_mask (str | Unset):
        reg_exp (str | Unset):
        details (list[AttributeDetailDto] | Unset):
        created_date_time (datetime.datetime | Unset):
        last_modified_date_time (datetime.datetime | Unset):
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    attribute_id: str | Unset = UNSET
    description: str | Unset = UNSET
    control_type: AttributeDtoControlType | Unset = UNSET
    internal: bool | Unset = UNSET
    entry_mask: str | Unset = UNSET
    reg_exp: str | Unset = UNSET
    details: list[AttributeDetailDto] | Unset = UNSET
    created_date_time: datetime.datetime | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attribute_id = self.attribute_id

        description = self.description

        control_type: str | Unset = UNSET
        if not isinstance(self.control_type, Unset):
            control_type = self.control_type

        internal = self.internal

        entry_mask = self.entry_mask

        reg_exp = self.reg_exp

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        created_date_time: str | Unset = UNSET
        if not isinstance(self.created_date_time, Unset):
            created_date_time = self.created_date_time.isoformat()

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attribute_id is not UNSET:
            field_dict["attributeID"] = attribute_id
        if description is not UNSET:
            field_dict["description"] = description
        if control_type is not UNSET:
            field_dict["controlType"] = control_type
        if internal is not UNSET:
            field_dict["internal"] = internal
        if entry_mask is not UNSET:
            field_dict["entryMask"] = entry_mask
        if reg_exp is not UNSET:
            field_dict["regExp"] = reg_exp
        if details is not UNSET:
            field_dict["details"] = details
        if created_date_time is not UNSET:
            field_dict["createdDateTime"] = created_date_time
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
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
        _instance.attribute_id = _rest.pop("attributeID", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.control_type = _rest.pop("controlType", UNSET)
        _instance.internal = _rest.pop("internal", UNSET)
        _instance.entry_mask = _rest.pop("entryMask", UNSET)
        _instance.reg_exp = _rest.pop("regExp", UNSET)
        _value = _rest.pop("details", UNSET)
        _instance.details = (
            UNSET
            if _value is UNSET
            else [_models.AttributeDetailDto.from_dict(details_item_data) for details_item_data in _value]
        )
        _value = _rest.pop("createdDateTime", UNSET)
        _instance.created_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
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
