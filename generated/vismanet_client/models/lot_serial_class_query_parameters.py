from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lot_serial_class_query_parameters_assignment_method import (
    LotSerialClassQueryParametersAssignmentMethod,
    check_lot_serial_class_query_parameters_assignment_method,
)
from ..models.lot_serial_class_query_parameters_issue_method import (
    LotSerialClassQueryParametersIssueMethod,
    check_lot_serial_class_query_parameters_issue_method,
)
from ..models.lot_serial_class_query_parameters_tracking_method import (
    LotSerialClassQueryParametersTrackingMethod,
    check_lot_serial_class_query_parameters_tracking_method,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="LotSerialClassQueryParameters")


@_attrs_define
class LotSerialClassQueryParameters:
    """
    Attributes:
        description (str | Unset):
        tracking_method (LotSerialClassQueryParametersTrackingMethod | Unset):
        track_expiration_date (bool | Unset):
        required_for_drop_ship (bool | Unset):
        assignment_method (LotSerialClassQueryParametersAssignmentMethod | Unset):
        issue_method (LotSerialClassQueryParametersIssueMethod | Unset):
        auto_incremental_value_between_classes (bool | Unset):
        auto_incremental_value (str | Unset):
        auto_generate_next_number (bool | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        page_number (int | Unset): Pagination parameter. Page number.
        page_size (int | Unset): Pagination parameter. Number of items to be collected.
            Please use a page size lower or equal to the allowed max page size which is returned as part of the metadata
            information.
            If requested page size is greater than allowed max page size, request will be limited to max page size.
    """

    description: str | Unset = UNSET
    tracking_method: LotSerialClassQueryParametersTrackingMethod | Unset = UNSET
    track_expiration_date: bool | Unset = UNSET
    required_for_drop_ship: bool | Unset = UNSET
    assignment_method: LotSerialClassQueryParametersAssignmentMethod | Unset = UNSET
    issue_method: LotSerialClassQueryParametersIssueMethod | Unset = UNSET
    auto_incremental_value_between_classes: bool | Unset = UNSET
    auto_incremental_value: str | Unset = UNSET
    auto_generate_next_number: bool | Unset = UNSET
    last_modified_date_time: str | Unset = UNSET
    last_modified_date_time_condition: str | Unset = UNSET
    page_number: int | Unset = UNSET
    page_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        last_modified_date_time = self.last_modified_date_time

        last_modified_date_time_condition = self.last_modified_date_time_condition

        page_number = self.page_number

        page_size = self.page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if last_modified_date_time_condition is not UNSET:
            field_dict["lastModifiedDateTimeCondition"] = last_modified_date_time_condition
        if page_number is not UNSET:
            field_dict["pageNumber"] = page_number
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        _tracking_method = d.pop("trackingMethod", UNSET)
        tracking_method: LotSerialClassQueryParametersTrackingMethod | Unset
        if isinstance(_tracking_method, Unset):
            tracking_method = UNSET
        else:
            tracking_method = check_lot_serial_class_query_parameters_tracking_method(_tracking_method)

        track_expiration_date = d.pop("trackExpirationDate", UNSET)

        required_for_drop_ship = d.pop("requiredForDropShip", UNSET)

        _assignment_method = d.pop("assignmentMethod", UNSET)
        assignment_method: LotSerialClassQueryParametersAssignmentMethod | Unset
        if isinstance(_assignment_method, Unset):
            assignment_method = UNSET
        else:
            assignment_method = check_lot_serial_class_query_parameters_assignment_method(_assignment_method)

        _issue_method = d.pop("issueMethod", UNSET)
        issue_method: LotSerialClassQueryParametersIssueMethod | Unset
        if isinstance(_issue_method, Unset):
            issue_method = UNSET
        else:
            issue_method = check_lot_serial_class_query_parameters_issue_method(_issue_method)

        auto_incremental_value_between_classes = d.pop("autoIncrementalValueBetweenClasses", UNSET)

        auto_incremental_value = d.pop("autoIncrementalValue", UNSET)

        auto_generate_next_number = d.pop("autoGenerateNextNumber", UNSET)

        last_modified_date_time = d.pop("lastModifiedDateTime", UNSET)

        last_modified_date_time_condition = d.pop("lastModifiedDateTimeCondition", UNSET)

        page_number = d.pop("pageNumber", UNSET)

        page_size = d.pop("pageSize", UNSET)

        lot_serial_class_query_parameters = cls(
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
            last_modified_date_time_condition=last_modified_date_time_condition,
            page_number=page_number,
            page_size=page_size,
        )

        lot_serial_class_query_parameters.additional_properties = d
        return lot_serial_class_query_parameters

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
