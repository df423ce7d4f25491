from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.task_dto_status import TaskDtoStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute_id_value_dto import AttributeIdValueDto
    from ..models.branch_in_task_dto import BranchInTaskDto
    from ..models.employee_dto import EmployeeDto
    from ..models.rate_table_id_description_dto import RateTableIdDescriptionDto
    from ..models.visibility_dto import VisibilityDto


T = TypeVar("T", bound="TaskDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "task_id",
    "description",
    "planned_start",
    "planned_end",
    "start_date",
    "end_date",
    "branch",
    "rate_table",
    "status",
    "restrict_employees",
    "visibility",
    "employees",
    "attributes",
)


@_attrs_define(repr=False)
class TaskDto:
    """
    Attributes:
        task_id (str | Unset): Mandatory field: &gt; Task ID* &gt; The ID of the task.
        description (str | Unset): Mandatory field: Description &gt; The description of the task.
        planned_start (datetime.datetime | Unset):
        planned_end (datetime.datetime | Unset):
        start_date (datetime.datetime | Unset): Start date &gt; The date when the task was actually started.
        end_date (datetime.datetime | Unset): End date &gt; The date when the task was actually finished.
        branch (BranchInTaskDto | Unset): Summary tab &gt; Billing and Allocation settings &gt; Branch information:
            branch number and name.
        rate_table (RateTableIdDescriptionDto | Unset):
        status (TaskDtoStatus | Unset): Mandatory field: Status* &gt; The status of the task, which can be one of the
            following: In planning, Active, Cancelled, Completed.
        restrict_employees (bool | Unset): Summary tab &gt; Task properties section &gt; Restrict employees &gt; A check
            box that indicates (if selected) that only the employees listed on the Employees tab of this window can create
            activities and documents associated with the current task.
        visibility (VisibilityDto | Unset):
        employees (list[EmployeeDto] | Unset): The Employees tab &gt; Information in this tab is retreived from EP203000
            (Employees)
        attributes (list[AttributeIdValueDto] | Unset): Attributes
    """

    task_id: str | Unset = UNSET
    description: str | Unset = UNSET
    planned_start: datetime.datetime | Unset = UNSET
    planned_end: datetime.datetime | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    branch: BranchInTaskDto | Unset = UNSET
    rate_table: RateTableIdDescriptionDto | Unset = UNSET
    status: TaskDtoStatus | Unset = UNSET
    restrict_employees: bool | Unset = UNSET
    visibility: VisibilityDto | Unset = UNSET
    employees: list[EmployeeDto] | Unset = UNSET
    attributes: list[AttributeIdValueDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        description = self.description

        planned_start: str | Unset = UNSET
        if not isinstance(self.planned_start, Unset):
            planned_start = self.planned_start.isoformat()

        planned_end: str | Unset = UNSET
        if not isinstance(self.planned_end, Unset):
            planned_end = self.planned_end.isoformat()

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        branch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch, Unset):
            branch = self.branch.to_dict()

        rate_table: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rate_table, Unset):
            rate_table = self.rate_table.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        restrict_employees = self.restrict_employees

        visibility: dict[str, Any] | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.to_dict()

        employees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.employees, Unset):
            employees = []
            for employees_item_data in self.employees:
                employees_item = employees_item_data.to_dict()
                employees.append(employees_item)

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_id is not UNSET:
            field_dict["taskId"] = task_id
        if description is not UNSET:
            field_dict["description"] = description
        if planned_start is not UNSET:
            field_dict["plannedStart"] = planned_start
        if planned_end is not UNSET:
            field_dict["plannedEnd"] = planned_end
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if branch is not UNSET:
            field_dict["branch"] = branch
        if rate_table is not UNSET:
            field_dict["rateTable"] = rate_table
        if status is not UNSET:
            field_dict["status"] = status
        if restrict_employees is not UNSET:
            field_dict["restrictEmployees"] = restrict_employees
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if employees is not UNSET:
            field_dict["employees"] = employees
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.task_id = _rest.pop("taskId", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _value = _rest.pop("plannedStart", UNSET)
        _instance.planned_start = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("plannedEnd", UNSET)
        _instance.planned_end = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("startDate", UNSET)
        _instance.start_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("endDate", UNSET)
        _instance.end_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("branch", UNSET)
        _instance.branch = UNSET if _value is UNSET else _models.BranchInTaskDto.from_dict(_value)
        _value = _rest.pop("rateTable", UNSET)
        _instance.rate_table = UNSET if _value is UNSET else _models.RateTableIdDescriptionDto.from_dict(_value)
        _instance.status = _rest.pop("status", UNSET)
        _instance.restrict_employees = _rest.pop("restrictEmployees", UNSET)
        _value = _rest.pop("visibility", UNSET)
        _instance.visibility = UNSET if _value is UNSET else _models.VisibilityDto.from_dict(_value)
        _value = _rest.pop("employees", UNSET)
        _instance.employees = (
            UNSET
            if _value is UNSET
            else [_models.EmployeeDto.from_dict(employees_item_data) for employees_item_data in _value]
        )
        _value = _rest.pop("attributes", UNSET)
        _instance.attributes = (
            UNSET
            if _value is UNSET
            else [_models.AttributeIdValueDto.from_dict(attributes_item_data) for attributes_item_data in _value]
        )
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
