from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lot_serial_class_dto_assignment_method import (
    LotSerialClassDtoAssignmentMethod,
    check_lot_serial_class_dto_assignment_method,
)
from ..models.lot_serial_class_dto_issue_method import (
    LotSerialClassDtoIssueMethod,
    check_lot_serial_class_dto_issue_method,
)
from ..models.lot_serial_class_dto_tracking_method import (
    LotSerialClassDtoTrackingMethod,
    check_lot_serial_class_dto_tracking_method,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lot_serial_class_detail_dto import LotSerialClassDetailDto
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="LotSerialClassDto")


@_attrs_define
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
        from ..models.lot_serial_class_detail_dto import LotSerialClassDetailDto
        from ..models.metadata_dto import MetadataDto

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        description = d.pop("description", UNSET)

        _tracking_method = d.pop("trackingMethod", UNSET)
        tracking_method: LotSerialClassDtoTrackingMethod | Unset
        if isinstance(_tracking_method, Unset):
            tracking_method = UNSET
        else:
            tracking_method = check_lot_serial_class_dto_tracking_method(_tracking_method)

        track_expiration_date = d.pop("trackExpirationDate", UNSET)

        required_for_drop_ship = d.pop("requiredForDropShip", UNSET)

        _assignment_method = d.pop("assignmentMethod", UNSET)
        assignment_method: LotSerialClassDtoAssignmentMethod | Unset
        if isinstance(_assignment_method, Unset):
            assignment_method = UNSET
        else:
            assignment_method = check_lot_serial_class_dto_assignment_method(_assignment_method)

        _issue_method = d.pop("issueMethod", UNSET)
        issue_method: LotSerialClassDtoIssueMethod | Unset
        if isinstance(_issue_method, Unset):
            issue_method = UNSET
        else:
            issue_method = check_lot_serial_class_dto_issue_method(_issue_method)

        auto_incremental_value_between_classes = d.pop("autoIncrementalValueBetweenClasses", UNSET)

        auto_incremental_value = d.pop("autoIncrementalValue", UNSET)

        auto_generate_next_number = d.pop("autoGenerateNextNumber", UNSET)

        _last_modified_date_time = d.pop("lastModifiedDateTime", UNSET)
        last_modified_date_time: datetime.datetime | Unset
        if isinstance(_last_modified_date_time, Unset):
            last_modified_date_time = UNSET
        else:
            last_modified_date_time = datetime.datetime.fromisoformat(_last_modified_date_time)

        _details = d.pop("details", UNSET)
        details: list[LotSerialClassDetailDto] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = LotSerialClassDetailDto.from_dict(details_item_data)

                details.append(details_item)

        error_info = d.pop("errorInfo", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: MetadataDto | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MetadataDto.from_dict(_metadata)

        lot_serial_class_dto = cls(
            id=id,
            description=description,
            tracking_method=tracking_method,
            track_expiration_date=track_expiration_date,
            required_for_drop_ship=required_for_drop_ship,
            assignment_method=assignment_method,
            issue_method=issue_method,
            auto_incremental_value_between_classes=auto_incremental_value_between_classes,
            auto_incremental_value=auto_incremental_value,
            auto_generate_next_number=auto_generate_next_number,
            last_modified_date_time=last_modified_date_time,
            details=details,
            error_info=error_info,
            metadata=metadata,
        )

        lot_serial_class_dto.additional_properties = d
        return lot_serial_class_dto

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
