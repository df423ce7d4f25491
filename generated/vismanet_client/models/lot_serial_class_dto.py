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
from ..types import UNSET, Unset

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
class LotSerialClassDto:
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

    id: str | Unset = UNSET
    description: str | Unset = UNSET
    tracking_method: LotSerialClassDtoTrackingMethod | Unset = UNSET
    track_expiration_date: bool | Unset = UNSET
    required_for_drop_ship: bool | Unset = UNSET
    assignment_method: LotSerialClassDtoAssignmentMethod | Unset = UNSET
    issue_method: LotSerialClassDtoIssueMethod | Unset = UNSET
    auto_incremental_value_between_classes: bool | Unset = UNSET
    auto_incremental_value: str | Unset = UNSET
    auto_generate_next_number: bool | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    details: list[LotSerialClassDetailDto] | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        tracking_method: str | Unset = UNSET
        if not isinstance(self.tracking_method, Unset):
            tracking_method = self.tracking_method

        track_expiration_date = self.track_expiration_date

        required_for_drop_ship = self.required_for_drop_ship

        assignment_method: str | Unset = UNSET
        if not isinstance(self.assignment_method, Unset):
            assignment_method = self.assignment_method

        issue_method: str | Unset = UNSET
        if not isinstance(self.issue_method, Unset):
            issue_method = self.issue_method

        auto_incremental_value_between_classes = self.auto_incremental_value_between_classes

        auto_incremental_value = self.auto_incremental_value

        auto_generate_next_number = self.auto_generate_next_number

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if tracking_method is not UNSET:
            field_dict["trackingMethod"] = tracking_method
        if track_expiration_date is not UNSET:
            field_dict["trackExpirationDate"] = track_expiration_date
        if required_for_drop_ship is not UNSET:
            field_dict["requiredForDropShip"] = required_for_drop_ship
        if assignment_method is not UNSET:
            field_dict["assignmentMethod"] = assignment_method
        if issue_method is not UNSET:
            field_dict["issueMethod"] = issue_method
        if auto_incremental_value_between_classes is not UNSET:
            field_dict["autoIncrementalValueBetweenClasses"] = auto_incremental_value_between_classes
        if auto_incremental_value is not UNSET:
            field_dict["autoIncrementalValue"] = auto_incremental_value
        if auto_generate_next_number is not UNSET:
            field_dict["autoGenerateNextNumber"] = auto_generate_next_number
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if details is not UNSET:
            field_dict["details"] = details
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
        _instance.id = _rest.pop("id", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.tracking_method = _rest.pop("trackingMethod", UNSET)
        _instance.track_expiration_date = _rest.pop("trackExpirationDate", UNSET)
        _instance.required_for_drop_ship = _rest.pop("requiredForDropShip", UNSET)
        _instance.assignment_method = _rest.pop("assignmentMethod", UNSET)
        _instance.issue_method = _rest.pop("issueMethod", UNSET)
        _instance.auto_incremental_value_between_classes = _rest.pop("autoIncrementalValueBetweenClasses", UNSET)
        _instance.auto_incremental_value = _rest.pop("autoIncrementalValue", UNSET)
        _instance.auto_generate_next_number = _rest.pop("autoGenerateNextNumber", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("details", UNSET)
        _instance.details = (
            UNSET
            if _value is UNSET
            else [_models.LotSerialClassDetailDto.from_dict(details_item_data) for details_item_data in _value]
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
