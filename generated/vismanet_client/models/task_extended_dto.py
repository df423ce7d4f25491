from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.task_extended_dto_status import TaskExtendedDtoStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute_id_value_dto import AttributeIdValueDto
    from ..models.branch_in_task_extended_dto import BranchInTaskExtendedDto
    from ..models.def_account_in_task_extended_dto import DefAccountInTaskExtendedDto
    from ..models.def_accrual_account_in_task_extended_dto import DefAccrualAccountInTaskExtendedDto
    from ..models.def_accrual_sub_in_task_extended_dto import DefAccrualSubInTaskExtendedDto
    from ..models.def_sub_in_task_extended_dto import DefSubInTaskExtendedDto
    from ..models.employee_dto import EmployeeDto
    from ..models.rate_table_in_task_extended_dto import RateTableInTaskExtendedDto
    from ..models.tax_category_in_task_extended_dto import TaxCategoryInTaskExtendedDto
    from ..models.visibility_in_task_extended_dto import VisibilityInTaskExtendedDto


T = TypeVar("T", bound="TaskExtendedDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "internal_id",
    "project_internal_id",
    "def_account",
    "def_sub",
    "def_accrual_account",
    "def_accrual_sub",
    "tax_category",
    "last_modified_date_time",
    "created_date_time",
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
class TaskExtendedDto:
    """
    Attributes:
        internal_id (int | Unset): Internal ID* &gt; The internal ID of the task.
        project_internal_id (int | Unset): Project Internal ID* &gt; The internal ID of the project.
        def_account (DefAccountInTaskExtendedDto | Unset): General ledger accounts tab &gt; Default values section &gt;
            Default account &gt; The account to be used as one of the sources of possible accounts for the invoices and
            transactions for the project task.
        def_sub (DefSubInTaskExtendedDto | Unset): General ledger accounts tab &gt; Default values section &gt; Default
            subaccount* &gt; The subaccount to be used as one of the sources of possible segment values for subaccounts to
            be used in the invoices and transactions for the project task.
        def_accrual_account (DefAccrualAccountInTaskExtendedDto | Unset): General ledger accounts tab &gt; Default
            values section &gt; Accrual account &gt; The default accrual account to be used in project transactions for the
            project task.
        def_accrual_sub (DefAccrualSubInTaskExtendedDto | Unset): General ledger accounts tab &gt; Default values
            section &gt; Accrual subaccount &gt; The default accrual subaccount to be used in project transactions for the
            project task.
        tax_category (TaxCategoryInTaskExtendedDto | Unset): VAT category &gt; The tax category for the project task.
        last_modified_date_time (datetime.datetime | Unset): Information collected from system.
        created_date_time (datetime.datetime | Unset): Information collected from the system. Not visible on the screen.
        task_id (str | Unset): Mandatory field: &gt; Task ID* &gt; The ID of the task.
        description (str | Unset): Mandatory field: Description &gt; The description of the task.
        planned_start (datetime.datetime | Unset):
        planned_end (datetime.datetime | Unset):
        start_date (datetime.datetime | Unset): Start date &gt; The date when the task was actually started.
        end_date (datetime.datetime | Unset): End date &gt; The date when the task was actually finished.
        branch (BranchInTaskExtendedDto | Unset): Summary tab &gt; Billing and Allocation settings &gt; Branch
            information: branch number and name.
        rate_table (RateTableInTaskExtendedDto | Unset): Rate table &gt; The rate table to be used in the allocation
            rules, if applicable.
        status (TaskExtendedDtoStatus | Unset): Mandatory field: Status* &gt; The status of the task, which can be one
            of the following: In planning, Active, Cancelled, Completed.
        restrict_employees (bool | Unset): Summary tab &gt; Task properties section &gt; Restrict employees &gt; A check
            box that indicates (if selected) that only the employees listed on the Employees tab of this window can create
            activities and documents associated with the current task.
        visibility (VisibilityInTaskExtendedDto | Unset): Information retrieved from the Summary tab
        employees (list[EmployeeDto] | Unset): The Employees tab &gt; Information in this tab is retreived from EP203000
            (Employees)
        attributes (list[AttributeIdValueDto] | Unset): Attributes
    """

    internal_id: int | Unset = UNSET
    project_internal_id: int | Unset = UNSET
    def_account: DefAccountInTaskExtendedDto | Unset = UNSET
    def_sub: DefSubInTaskExtendedDto | Unset = UNSET
    def_accrual_account: DefAccrualAccountInTaskExtendedDto | Unset = UNSET
    def_accrual_sub: DefAccrualSubInTaskExtendedDto | Unset = UNSET
    tax_category: TaxCategoryInTaskExtendedDto | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    created_date_time: datetime.datetime | Unset = UNSET
    task_id: str | Unset = UNSET
    description: str | Unset = UNSET
    planned_start: datetime.datetime | Unset = UNSET
    planned_end: datetime.datetime | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    branch: BranchInTaskExtendedDto | Unset = UNSET
    rate_table: RateTableInTaskExtendedDto | Unset = UNSET
    status: TaskExtendedDtoStatus | Unset = UNSET
    restrict_employees: bool | Unset = UNSET
    visibility: VisibilityInTaskExtendedDto | Unset = UNSET
    employees: list[EmployeeDto] | Unset = UNSET
    attributes: list[AttributeIdValueDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        internal_id = self.internal_id

        project_internal_id = self.project_internal_id

        def_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.def_account, Unset):
            def_account = self.def_account.to_dict()

        def_sub: dict[str, Any] | Unset = UNSET
        if not isinstance(self.def_sub, Unset):
            def_sub = self.def_sub.to_dict()

        def_accrual_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.def_accrual_account, Unset):
            def_accrual_account = self.def_accrual_account.to_dict()

        def_accrual_sub: dict[str, Any] | Unset = UNSET
        if not isinstance(self.def_accrual_sub, Unset):
            def_accrual_sub = self.def_accrual_sub.to_dict()

        tax_category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_category, Unset):
            tax_category = self.tax_category.to_dict()

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        created_date_time: str | Unset = UNSET
        if not isinstance(self.created_date_time, Unset):
            created_date_time = self.created_date_time.isoformat()

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
        if internal_id is not UNSET:
            field_dict["internalId"] = internal_id
        if project_internal_id is not UNSET:
            field_dict["projectInternalId"] = project_internal_id
        if def_account is not UNSET:
            field_dict["defAccount"] = def_account
        if def_sub is not UNSET:
            field_dict["defSub"] = def_sub
        if def_accrual_account is not UNSET:
            field_dict["defAccrualAccount"] = def_accrual_account
        if def_accrual_sub is not UNSET:
            field_dict["defAccrualSub"] = def_accrual_sub
        if tax_category is not UNSET:
            field_dict["taxCategory"] = tax_category
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if created_date_time is not UNSET:
            field_dict["createdDateTime"] = created_date_time
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
        _instance.internal_id = _rest.pop("internalId", UNSET)
        _instance.project_internal_id = _rest.pop("projectInternalId", UNSET)
        _value = _rest.pop("defAccount", UNSET)
        _instance.def_account = UNSET if _value is UNSET else _models.DefAccountInTaskExtendedDto.from_dict(_value)
        _value = _rest.pop("defSub", UNSET)
        _instance.def_sub = UNSET if _value is UNSET else _models.DefSubInTaskExtendedDto.from_dict(_value)
        _value = _rest.pop("defAccrualAccount", UNSET)
        _instance.def_accrual_account = (
            UNSET if _value is UNSET else _models.DefAccrualAccountInTaskExtendedDto.from_dict(_value)
        )
        _value = _rest.pop("defAccrualSub", UNSET)
        _instance.def_accrual_sub = (
            UNSET if _value is UNSET else _models.DefAccrualSubInTaskExtendedDto.from_dict(_value)
        )
        _value = _rest.pop("taxCategory", UNSET)
        _instance.tax_category = UNSET if _value is UNSET else _models.TaxCategoryInTaskExtendedDto.from_dict(_value)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("createdDateTime", UNSET)
        _instance.created_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
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
        _instance.branch = UNSET if _value is UNSET else _models.BranchInTaskExtendedDto.from_dict(_value)
        _value = _rest.pop("rateTable", UNSET)
        _instance.rate_table = UNSET if _value is UNSET else _models.RateTableInTaskExtendedDto.from_dict(_value)
        _instance.status = _rest.pop("status", UNSET)
        _instance.restrict_employees = _rest.pop("restrictEmployees", UNSET)
        _value = _rest.pop("visibility", UNSET)
        _instance.visibility = UNSET if _value is UNSET else _models.VisibilityInTaskExtendedDto.from_dict(_value)
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
