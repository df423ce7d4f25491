from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.task_update_dto_operation import TaskUpdateDtoOperation
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
    from ..models.dto_value_of_nullable_of_proj_task_status import DtoValueOfNullableOfProjTaskStatus
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.task_employee_update_dto import TaskEmployeeUpdateDto


T = TypeVar("T", bound="TaskUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "operation",
    "task_id",
    "description",
    "planned_start",
    "planned_end",
    "start_date",
    "rate_table",
    "status",
    "restrict_employees",
    "employees",
)


@_attrs_define(repr=False)
class TaskUpdateDto:
    """
    Attributes:
        operation (TaskUpdateDtoOperation | Unset):
        task_id (DtoValueOfString | Unset):
        description (DtoValueOfString | Unset):
        planned_start (DtoValueOfNullableOfDateTime | Unset):
        planned_end (DtoValueOfNullableOfDateTime | Unset):
        start_date (DtoValueOfNullableOfDateTime | Unset):
        rate_table (DtoValueOfString | Unset):
        status (DtoValueOfNullableOfProjTaskStatus | Unset):
        restrict_employees (DtoValueOfNullableOfBoolean | Unset):
        employees (list[TaskEmployeeUpdateDto] | Unset):
    """

    operation: TaskUpdateDtoOperation | Unset = UNSET
    task_id: DtoValueOfString | Unset = UNSET
    description: DtoValueOfString | Unset = UNSET
    planned_start: DtoValueOfNullableOfDateTime | Unset = UNSET
    planned_end: DtoValueOfNullableOfDateTime | Unset = UNSET
    start_date: DtoValueOfNullableOfDateTime | Unset = UNSET
    rate_table: DtoValueOfString | Unset = UNSET
    status: DtoValueOfNullableOfProjTaskStatus | Unset = UNSET
    restrict_employees: DtoValueOfNullableOfBoolean | Unset = UNSET
    employees: list[TaskEmployeeUpdateDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        task_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task_id, Unset):
            task_id = self.task_id.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        planned_start: dict[str, Any] | Unset = UNSET
        if not isinstance(self.planned_start, Unset):
            planned_start = self.planned_start.to_dict()

        planned_end: dict[str, Any] | Unset = UNSET
        if not isinstance(self.planned_end, Unset):
            planned_end = self.planned_end.to_dict()

        start_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.to_dict()

        rate_table: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rate_table, Unset):
            rate_table = self.rate_table.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        restrict_employees: dict[str, Any] | Unset = UNSET
        if not isinstance(self.restrict_employees, Unset):
            restrict_employees = self.restrict_employees.to_dict()

        employees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.employees, Unset):
            employees = []
            for employees_item_data in self.employees:
                employees_item = employees_item_data.to_dict()
                employees.append(employees_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation
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
        if rate_table is not UNSET:
            field_dict["rateTable"] = rate_table
        if status is not UNSET:
            field_dict["status"] = status
        if restrict_employees is not UNSET:
            field_dict["restrictEmployees"] = restrict_employees
        if employees is not UNSET:
            field_dict["employees"] = employees

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("taskId", UNSET)
        _instance.task_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("description", UNSET)
        _instance.description = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("plannedStart", UNSET)
        _instance.planned_start = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDateTime.from_dict(_value)
        _value = _rest.pop("plannedEnd", UNSET)
        _instance.planned_end = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDateTime.from_dict(_value)
        _value = _rest.pop("startDate", UNSET)
        _instance.start_date = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDateTime.from_dict(_value)
        _value = _rest.pop("rateTable", UNSET)
        _instance.rate_table = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("status", UNSET)
        _instance.status = UNSET if _value is UNSET else _models.DtoValueOfNullableOfProjTaskStatus.from_dict(_value)
        _value = _rest.pop("restrictEmployees", UNSET)
        _instance.restrict_employees = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        )
        _value = _rest.pop("employees", UNSET)
        _instance.employees = (
            UNSET
            if _value is UNSET
            else [_models.TaskEmployeeUpdateDto.from_dict(employees_item_data) for employees_item_data in _value]
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
