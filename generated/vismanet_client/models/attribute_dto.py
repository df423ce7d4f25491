from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.attribute_dto_control_type import AttributeDtoControlType
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

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
class AttributeDto(GeneratedModel):
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

    attribute_id: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    control_type: AttributeDtoControlType | Unset | None = UNSET
    internal: bool | Unset | None = UNSET
    entry_mask: str | Unset | None = UNSET
    reg_exp: str | Unset | None = UNSET
    details: list[AttributeDetailDto] | Unset | None = UNSET
    created_date_time: datetime.datetime | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    error_info: str | Unset | None = UNSET
    metadata: MetadataDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.attribute_id
        if _value is not UNSET:
            field_dict["attributeID"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.control_type
        if _value is not UNSET:
            field_dict["controlType"] = _value
        _value = self.internal
        if _value is not UNSET:
            field_dict["internal"] = _value
        _value = self.entry_mask
        if _value is not UNSET:
            field_dict["entryMask"] = _value
        _value = self.reg_exp
        if _value is not UNSET:
            field_dict["regExp"] = _value
        _value = self.details
        if _value is not UNSET:
            field_dict["details"] = (
                [
                    details_item_data.to_dict() if isinstance(details_item_data, GeneratedModel) else details_item_data
                    for details_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.created_date_time
        if _value is not UNSET:
            field_dict["createdDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
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
        if cls is not AttributeDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.attribute_id = _rest.pop("attributeID", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.control_type = _rest.pop("controlType", UNSET)
        self.internal = _rest.pop("internal", UNSET)
        self.entry_mask = _rest.pop("entryMask", UNSET)
        self.reg_exp = _rest.pop("regExp", UNSET)
        _value = _rest.pop("details", UNSET)
        self.details = (
            [
                _models.AttributeDetailDto._vn_fill(_new(_models.AttributeDetailDto), details_item_data)
                if isinstance(details_item_data, dict)
                else details_item_data
                for details_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("createdDateTime", UNSET)
        self.created_date_time = _parse_datetime(_value)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
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
        ("attribute_id", "attributeID", False, "str"),
        ("description", "description", False, "str"),
        ("control_type", "controlType", False, "str"),
        ("internal", "internal", False, "bool"),
        ("entry_mask", "entryMask", False, "str"),
        ("reg_exp", "regExp", False, "str"),
        ("details", "details", False, ("list", ("model", "AttributeDetailDto"))),
        ("created_date_time", "createdDateTime", False, "datetime"),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
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


_Lazy = _lazy_twin(AttributeDto)
