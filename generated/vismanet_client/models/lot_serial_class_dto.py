from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.lot_serial_class_dto_assignment_method import (
    LotSerialClassDtoAssignmentMethod,
)
from ..models.lot_serial_class_dto_issue_method import (
    LotSerialClassDtoIssueMethod,
)
from ..models.lot_serial_class_dto_tracking_method import (
    LotSerialClassDtoTrackingMethod,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.lot_serial_class_detail_dto import LotSerialClassDetailDto
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="LotSerialClassDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "id",
    "description",
    "tracking_method",
    "track_expiration_date",
    "required_for_drop_ship",
    "assignment_method",
    "issue_method",
    "auto_incremental_value_between_classes",
    "auto_incremental_value",
    "auto_generate_next_number",
    "last_modified_date_time",
    "details",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class LotSerialClassDto(GeneratedModel):
    """
    Attributes:
        id (str | Unset): The Id of the Lot Serial Class
        description (str | Unset): The description of the Lot Serial Class
        tracking_method (LotSerialClassDtoTrackingMethod | Unset): Method used to track the Lot Serial Class
        track_expiration_date (bool | Unset): Option for enable/disable expiration date tracking of the Lot Serial Class
        required_for_drop_ship (bool | Unset): Option for enable/disable require drop shipping of the Lot Serial Class
        assignment_method (LotSerialClassDtoAssignmentMethod | Unset): Assignment method used for the Lot Serial Class
            (When Used, When Received)
        issue_method (LotSerialClassDtoIssueMethod | Unset): Issue method used for the Lot Serial Class (FIFO, LIFO,
            Sequential, Expiration, User-Enterable)
        auto_incremental_value_between_classes (bool | Unset): Option for enable/disable auto incremental values between
            classes for the Lot Serial Class
        auto_incremental_value (str | Unset): Value used for the auto incremental value when
            AutoIncrementalValueBetweenClasses is enabled
        auto_generate_next_number (bool | Unset): Option for enable/disable auto generating the next number for the Lot
            Serial Class
        last_modified_date_time (datetime.datetime | Unset): System generated information.
        details (list[LotSerialClassDetailDto] | Unset): Lot Serial Class details (Segment Number, Type, Value)
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    id: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    tracking_method: LotSerialClassDtoTrackingMethod | Unset | None = UNSET
    track_expiration_date: bool | Unset | None = UNSET
    required_for_drop_ship: bool | Unset | None = UNSET
    assignment_method: LotSerialClassDtoAssignmentMethod | Unset | None = UNSET
    issue_method: LotSerialClassDtoIssueMethod | Unset | None = UNSET
    auto_incremental_value_between_classes: bool | Unset | None = UNSET
    auto_incremental_value: str | Unset | None = UNSET
    auto_generate_next_number: bool | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    details: list[LotSerialClassDetailDto] | Unset | None = UNSET
    error_info: str | Unset | None = UNSET
    metadata: MetadataDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.id
        if _value is not UNSET:
            field_dict["id"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.tracking_method
        if _value is not UNSET:
            field_dict["trackingMethod"] = _value
        _value = self.track_expiration_date
        if _value is not UNSET:
            field_dict["trackExpirationDate"] = _value
        _value = self.required_for_drop_ship
        if _value is not UNSET:
            field_dict["requiredForDropShip"] = _value
        _value = self.assignment_method
        if _value is not UNSET:
            field_dict["assignmentMethod"] = _value
        _value = self.issue_method
        if _value is not UNSET:
            field_dict["issueMethod"] = _value
        _value = self.auto_incremental_value_between_classes
        if _value is not UNSET:
            field_dict["autoIncrementalValueBetweenClasses"] = _value
        _value = self.auto_incremental_value
        if _value is not UNSET:
            field_dict["autoIncrementalValue"] = _value
        _value = self.auto_generate_next_number
        if _value is not UNSET:
            field_dict["autoGenerateNextNumber"] = _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
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
        if cls is not LotSerialClassDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.id = _rest.pop("id", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.tracking_method = _rest.pop("trackingMethod", UNSET)
        self.track_expiration_date = _rest.pop("trackExpirationDate", UNSET)
        self.required_for_drop_ship = _rest.pop("requiredForDropShip", UNSET)
        self.assignment_method = _rest.pop("assignmentMethod", UNSET)
        self.issue_method = _rest.pop("issueMethod", UNSET)
        self.auto_incremental_value_between_classes = _rest.pop("autoIncrementalValueBetweenClasses", UNSET)
        self.auto_incremental_value = _rest.pop("autoIncrementalValue", UNSET)
        self.auto_generate_next_number = _rest.pop("autoGenerateNextNumber", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        _value = _rest.pop("details", UNSET)
        self.details = (
            [
                _models.LotSerialClassDetailDto._vn_fill(_new(_models.LotSerialClassDetailDto), details_item_data)
                if isinstance(details_item_data, dict)
                else details_item_data
                for details_item_data in _value
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
        ("id", "id", False, "str"),
        ("description", "description", False, "str"),
        ("tracking_method", "trackingMethod", False, "str"),
        ("track_expiration_date", "trackExpirationDate", False, "bool"),
        ("required_for_drop_ship", "requiredForDropShip", False, "bool"),
        ("assignment_method", "assignmentMethod", False, "str"),
        ("issue_method", "issueMethod", False, "str"),
        ("auto_incremental_value_between_classes", "autoIncrementalValueBetweenClasses", False, "bool"),
        ("auto_incremental_value", "autoIncrementalValue", False, "str"),
        ("auto_generate_next_number", "autoGenerateNextNumber", False, "bool"),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
        ("details", "details", False, ("list", ("model", "LotSerialClassDetailDto"))),
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


_Lazy = _lazy_twin(LotSerialClassDto)
