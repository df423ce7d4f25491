from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_update_dto_operation import TaskUpdateDtoOperation, check_task_update_dto_operation
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
    from ..models.dto_value_of_nullable_of_proj_task_status import DtoValueOfNullableOfProjTaskStatus
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.task_employee_update_dto import TaskEmployeeUpdateDto


T = TypeVar("T", bound="TaskUpdateDto")


@_attrs_define
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
        from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
        from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
        from ..models.dto_value_of_nullable_of_proj_task_status import DtoValueOfNullableOfProjTaskStatus
        from ..models.dto_value_of_string import DtoValueOfString
        from ..models.task_employee_update_dto import TaskEmployeeUpdateDto

        d = dict(src_dict)
        _operation = d.pop("operation", UNSET)
        operation: TaskUpdateDtoOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = check_task_update_dto_operation(_operation)

        _task_id = d.pop("taskId", UNSET)
        task_id: DtoValueOfString | Unset
        if isinstance(_task_id, Unset):
            task_id = UNSET
        else:
            task_id = DtoValueOfString.from_dict(_task_id)

        _description = d.pop("description", UNSET)
        description: DtoValueOfString | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = DtoValueOfString.from_dict(_description)

        _planned_start = d.pop("plannedStart", UNSET)
        planned_start: DtoValueOfNullableOfDateTime | Unset
        if isinstance(_planned_start, Unset):
            planned_start = UNSET
        else:
            planned_start = DtoValueOfNullableOfDateTime.from_dict(_planned_start)

        _planned_end = d.pop("plannedEnd", UNSET)
        planned_end: DtoValueOfNullableOfDateTime | Unset
        if isinstance(_planned_end, Unset):
            planned_end = UNSET
        else:
            planned_end = DtoValueOfNullableOfDateTime.from_dict(_planned_end)

        _start_date = d.pop("startDate", UNSET)
        start_date: DtoValueOfNullableOfDateTime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = DtoValueOfNullableOfDateTime.from_dict(_start_date)

        _rate_table = d.pop("rateTable", UNSET)
        rate_table: DtoValueOfString | Unset
        if isinstance(_rate_table, Unset):
            rate_table = UNSET
        else:
            rate_table = DtoValueOfString.from_dict(_rate_table)

        _status = d.pop("status", UNSET)
        status: DtoValueOfNullableOfProjTaskStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DtoValueOfNullableOfProjTaskStatus.from_dict(_status)

        _restrict_employees = d.pop("restrictEmployees", UNSET)
        restrict_employees: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_restrict_employees, Unset):
            restrict_employees = UNSET
        else:
            restrict_employees = DtoValueOfNullableOfBoolean.from_dict(_restrict_employees)

        _employees = d.pop("employees", UNSET)
        employees: list[TaskEmployeeUpdateDto] | Unset = UNSET
        if _employees is not UNSET:
            employees = []
            for employees_item_data in _employees:
                employees_item = TaskEmployeeUpdateDto.from_dict(employees_item_data)

                employees.append(employees_item)

        task_update_dto = cls(
            operation=operation,
            task_id=task_id,
            description=description,
            planned_start=planned_start,
            planned_end=planned_end,
            start_date=start_date,
            rate_table=rate_table,
            status=status,
            restrict_employees=restrict_employees,
            employees=employees,
        )

        task_update_dto.additional_properties = d
        return task_update_dto

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
