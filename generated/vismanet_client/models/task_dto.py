from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.task_dto_status import TaskDtoStatus
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

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
class TaskDto(GeneratedModel):
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

    task_id: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    planned_start: datetime.datetime | Unset | None = UNSET
    planned_end: datetime.datetime | Unset | None = UNSET
    start_date: datetime.datetime | Unset | None = UNSET
    end_date: datetime.datetime | Unset | None = UNSET
    branch: BranchInTaskDto | Unset | None = UNSET
    rate_table: RateTableIdDescriptionDto | Unset | None = UNSET
    status: TaskDtoStatus | Unset | None = UNSET
    restrict_employees: bool | Unset | None = UNSET
    visibility: VisibilityDto | Unset | None = UNSET
    employees: list[EmployeeDto] | Unset | None = UNSET
    attributes: list[AttributeIdValueDto] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.task_id
        if _value is not UNSET:
            field_dict["taskId"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.planned_start
        if _value is not UNSET:
            field_dict["plannedStart"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.planned_end
        if _value is not UNSET:
            field_dict["plannedEnd"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.start_date
        if _value is not UNSET:
            field_dict["startDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.end_date
        if _value is not UNSET:
            field_dict["endDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.branch
        if _value is not UNSET:
            field_dict["branch"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.rate_table
        if _value is not UNSET:
            field_dict["rateTable"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.status
        if _value is not UNSET:
            field_dict["status"] = _value
        _value = self.restrict_employees
        if _value is not UNSET:
            field_dict["restrictEmployees"] = _value
        _value = self.visibility
        if _value is not UNSET:
            field_dict["visibility"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.employees
        if _value is not UNSET:
            field_dict["employees"] = (
                [
                    employees_item_data.to_dict()
                    if isinstance(employees_item_data, GeneratedModel)
                    else employees_item_data
                    for employees_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.attributes
        if _value is not UNSET:
            field_dict["attributes"] = (
                [
                    attributes_item_data.to_dict()
                    if isinstance(attributes_item_data, GeneratedModel)
                    else attributes_item_data
                    for attributes_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not TaskDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.task_id = _rest.pop("taskId", UNSET)
        self.description = _rest.pop("description", UNSET)
        _value = _rest.pop("plannedStart", UNSET)
        self.planned_start = _parse_datetime(_value)
        _value = _rest.pop("plannedEnd", UNSET)
        self.planned_end = _parse_datetime(_value)
        _value = _rest.pop("startDate", UNSET)
        self.start_date = _parse_datetime(_value)
        _value = _rest.pop("endDate", UNSET)
        self.end_date = _parse_datetime(_value)
        _value = _rest.pop("branch", UNSET)
        self.branch = (
            _models.BranchInTaskDto._vn_fill(_new(_models.BranchInTaskDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("rateTable", UNSET)
        self.rate_table = (
            _models.RateTableIdDescriptionDto._vn_fill(_new(_models.RateTableIdDescriptionDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.status = _rest.pop("status", UNSET)
        self.restrict_employees = _rest.pop("restrictEmployees", UNSET)
        _value = _rest.pop("visibility", UNSET)
        self.visibility = (
            _models.VisibilityDto._vn_fill(_new(_models.VisibilityDto), _value) if isinstance(_value, dict) else _value
        )
        _value = _rest.pop("employees", UNSET)
        self.employees = (
            [
                _models.EmployeeDto._vn_fill(_new(_models.EmployeeDto), employees_item_data)
                if isinstance(employees_item_data, dict)
                else employees_item_data
                for employees_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("attributes", UNSET)
        self.attributes = (
            [
                _models.AttributeIdValueDto._vn_fill(_new(_models.AttributeIdValueDto), attributes_item_data)
                if isinstance(attributes_item_data, dict)
                else attributes_item_data
                for attributes_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("task_id", "taskId", False, "str"),
        ("description", "description", False, "str"),
        ("planned_start", "plannedStart", False, "datetime"),
        ("planned_end", "plannedEnd", False, "datetime"),
        ("start_date", "startDate", False, "datetime"),
        ("end_date", "endDate", False, "datetime"),
        ("branch", "branch", False, ("model", "BranchInTaskDto")),
        ("rate_table", "rateTable", False, ("model", "RateTableIdDescriptionDto")),
        ("status", "status", False, "str"),
        ("restrict_employees", "restrictEmployees", False, "bool"),
        ("visibility", "visibility", False, ("model", "VisibilityDto")),
        ("employees", "employees", False, ("list", ("model", "EmployeeDto"))),
        ("attributes", "attributes", False, ("list", ("model", "AttributeIdValueDto"))),
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


_Lazy = _lazy_twin(TaskDto)
