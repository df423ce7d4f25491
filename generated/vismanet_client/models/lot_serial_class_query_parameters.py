from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lot_serial_class_query_parameters_assignment_method import (
    LotSerialClassQueryParametersAssignmentMethod,
)
from ..models.lot_serial_class_query_parameters_issue_method import (
    LotSerialClassQueryParametersIssueMethod,
)
from ..models.lot_serial_class_query_parameters_tracking_method import (
    LotSerialClassQueryParametersTrackingMethod,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="LotSerialClassQueryParameters")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
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
    "last_modified_date_time_condition",
    "page_number",
    "page_size",
)


@_attrs_define(repr=False)
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.description = _rest.pop("description", UNSET)
        _instance.tracking_method = _rest.pop("trackingMethod", UNSET)
        _instance.track_expiration_date = _rest.pop("trackExpirationDate", UNSET)
        _instance.required_for_drop_ship = _rest.pop("requiredForDropShip", UNSET)
        _instance.assignment_method = _rest.pop("assignmentMethod", UNSET)
        _instance.issue_method = _rest.pop("issueMethod", UNSET)
        _instance.auto_incremental_value_between_classes = _rest.pop("autoIncrementalValueBetweenClasses", UNSET)
        _instance.auto_incremental_value = _rest.pop("autoIncrementalValue", UNSET)
        _instance.auto_generate_next_number = _rest.pop("autoGenerateNextNumber", UNSET)
        _instance.last_modified_date_time = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time_condition = _rest.pop("lastModifiedDateTimeCondition", UNSET)
        _instance.page_number = _rest.pop("pageNumber", UNSET)
        _instance.page_size = _rest.pop("pageSize", UNSET)
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
