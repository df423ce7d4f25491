from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.branch_in_project_update_dto import BranchInProjectUpdateDto
    from ..models.description_in_project_update_dto import DescriptionInProjectUpdateDto
    from ..models.dto_value_of_nullable_of_billing_period import DtoValueOfNullableOfBillingPeriod
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
    from ..models.dto_value_of_nullable_of_int_32 import DtoValueOfNullableOfInt32
    from ..models.dto_value_of_nullable_of_project_status import DtoValueOfNullableOfProjectStatus
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.project_employee_update_dto import ProjectEmployeeUpdateDto
    from ..models.segment_update_dto import SegmentUpdateDto
    from ..models.start_date_in_project_update_dto import StartDateInProjectUpdateDto
    from ..models.task_update_dto import TaskUpdateDto
    from ..models.visibility_update_dto import VisibilityUpdateDto


T = TypeVar("T", bound="ProjectUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "description",
    "start_date",
    "project_id",
    "internal_id",
    "customer",
    "hold",
    "template",
    "status",
    "def_account",
    "def_sub",
    "def_accrual_account",
    "def_accrual_sub",
    "end_date",
    "billing_period",
    "allocation_rule",
    "billing_rule",
    "branch",
    "rate_table",
    "project_manger",
    "project_manager_internal_id",
    "auto_allocate",
    "automatic_release_ar_doc",
    "restric_employees",
    "restric_equipment",
    "customer_location",
    "visibility",
    "tasks",
    "employees",
)


@_attrs_define(repr=False)
class ProjectUpdateDto:
    """This class represent a Project in Project Controller. Used to pass data to server for creating or updating an
    project

        Attributes:
            description (DescriptionInProjectUpdateDto): Mandatory field
            start_date (StartDateInProjectUpdateDto): Mandatory field
            project_id (DtoValueOfString | Unset):
            internal_id (DtoValueOfNullableOfInt32 | Unset):
            customer (DtoValueOfString | Unset):
            hold (DtoValueOfNullableOfBoolean | Unset):
            template (DtoValueOfString | Unset):
            status (DtoValueOfNullableOfProjectStatus | Unset):
            def_account (DtoValueOfString | Unset):
            def_sub (list[SegmentUpdateDto] | Unset): Mandatory field when Project Template is not specified.
            def_accrual_account (DtoValueOfString | Unset):
            def_accrual_sub (list[SegmentUpdateDto] | Unset):
            end_date (DtoValueOfNullableOfDateTime | Unset):
            billing_period (DtoValueOfNullableOfBillingPeriod | Unset):
            allocation_rule (DtoValueOfString | Unset):
            billing_rule (DtoValueOfString | Unset):
            branch (BranchInProjectUpdateDto | Unset): Summary tab &gt; Billing and Allocation Settings &gt; The branch
                information: branch number and name.
            rate_table (DtoValueOfString | Unset):
            project_manger (DtoValueOfString | Unset):
            project_manager_internal_id (DtoValueOfNullableOfInt32 | Unset):
            auto_allocate (DtoValueOfNullableOfBoolean | Unset):
            automatic_release_ar_doc (DtoValueOfNullableOfBoolean | Unset):
            restric_employees (DtoValueOfNullableOfBoolean | Unset):
            restric_equipment (DtoValueOfNullableOfBoolean | Unset):
            customer_location (DtoValueOfString | Unset):
            visibility (VisibilityUpdateDto | Unset):
            tasks (list[TaskUpdateDto] | Unset):
            employees (list[ProjectEmployeeUpdateDto] | Unset):
    """

    description: DescriptionInProjectUpdateDto
    start_date: StartDateInProjectUpdateDto
    project_id: DtoValueOfString | Unset = UNSET
    internal_id: DtoValueOfNullableOfInt32 | Unset = UNSET
    customer: DtoValueOfString | Unset = UNSET
    hold: DtoValueOfNullableOfBoolean | Unset = UNSET
    template: DtoValueOfString | Unset = UNSET
    status: DtoValueOfNullableOfProjectStatus | Unset = UNSET
    def_account: DtoValueOfString | Unset = UNSET
    def_sub: list[SegmentUpdateDto] | Unset = UNSET
    def_accrual_account: DtoValueOfString | Unset = UNSET
    def_accrual_sub: list[SegmentUpdateDto] | Unset = UNSET
    end_date: DtoValueOfNullableOfDateTime | Unset = UNSET
    billing_period: DtoValueOfNullableOfBillingPeriod | Unset = UNSET
    allocation_rule: DtoValueOfString | Unset = UNSET
    billing_rule: DtoValueOfString | Unset = UNSET
    branch: BranchInProjectUpdateDto | Unset = UNSET
    rate_table: DtoValueOfString | Unset = UNSET
    project_manger: DtoValueOfString | Unset = UNSET
    project_manager_internal_id: DtoValueOfNullableOfInt32 | Unset = UNSET
    auto_allocate: DtoValueOfNullableOfBoolean | Unset = UNSET
    automatic_release_ar_doc: DtoValueOfNullableOfBoolean | Unset = UNSET
    restric_employees: DtoValueOfNullableOfBoolean | Unset = UNSET
    restric_equipment: DtoValueOfNullableOfBoolean | Unset = UNSET
    customer_location: DtoValueOfString | Unset = UNSET
    visibility: VisibilityUpdateDto | Unset = UNSET
    tasks: list[TaskUpdateDto] | Unset = UNSET
    employees: list[ProjectEmployeeUpdateDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description.to_dict()

        start_date = self.start_date.to_dict()

        project_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_id, Unset):
            project_id = self.project_id.to_dict()

        internal_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.internal_id, Unset):
            internal_id = self.internal_id.to_dict()

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        hold: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hold, Unset):
            hold = self.hold.to_dict()

        template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template, Unset):
            template = self.template.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        def_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.def_account, Unset):
            def_account = self.def_account.to_dict()

        def_sub: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.def_sub, Unset):
            def_sub = []
            for def_sub_item_data in self.def_sub:
                def_sub_item = def_sub_item_data.to_dict()
                def_sub.append(def_sub_item)

        def_accrual_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.def_accrual_account, Unset):
            def_accrual_account = self.def_accrual_account.to_dict()

        def_accrual_sub: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.def_accrual_sub, Unset):
            def_accrual_sub = []
            for def_accrual_sub_item_data in self.def_accrual_sub:
                def_accrual_sub_item = def_accrual_sub_item_data.to_dict()
                def_accrual_sub.append(def_accrual_sub_item)

        end_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.to_dict()

        billing_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_period, Unset):
            billing_period = self.billing_period.to_dict()

        allocation_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.allocation_rule, Unset):
            allocation_rule = self.allocation_rule.to_dict()

        billing_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_rule, Unset):
            billing_rule = self.billing_rule.to_dict()

        branch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch, Unset):
            branch = self.branch.to_dict()

        rate_table: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rate_table, Unset):
            rate_table = self.rate_table.to_dict()

        project_manger: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_manger, Unset):
            project_manger = self.project_manger.to_dict()

        project_manager_internal_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_manager_internal_id, Unset):
            project_manager_internal_id = self.project_manager_internal_id.to_dict()

        auto_allocate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auto_allocate, Unset):
            auto_allocate = self.auto_allocate.to_dict()

        automatic_release_ar_doc: dict[str, Any] | Unset = UNSET
        if not isinstance(self.automatic_release_ar_doc, Unset):
            automatic_release_ar_doc = self.automatic_release_ar_doc.to_dict()

        restric_employees: dict[str, Any] | Unset = UNSET
        if not isinstance(self.restric_employees, Unset):
            restric_employees = self.restric_employees.to_dict()

        restric_equipment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.restric_equipment, Unset):
            restric_equipment = self.restric_equipment.to_dict()

        customer_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_location, Unset):
            customer_location = self.customer_location.to_dict()

        visibility: dict[str, Any] | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.to_dict()

        tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item = tasks_item_data.to_dict()
                tasks.append(tasks_item)

        employees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.employees, Unset):
            employees = []
            for employees_item_data in self.employees:
                employees_item = employees_item_data.to_dict()
                employees.append(employees_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "startDate": start_date,
            }
        )
        if project_id is not UNSET:
            field_dict["projectID"] = project_id
        if internal_id is not UNSET:
            field_dict["internalID"] = internal_id
        if customer is not UNSET:
            field_dict["customer"] = customer
        if hold is not UNSET:
            field_dict["hold"] = hold
        if template is not UNSET:
            field_dict["template"] = template
        if status is not UNSET:
            field_dict["status"] = status
        if def_account is not UNSET:
            field_dict["defAccount"] = def_account
        if def_sub is not UNSET:
            field_dict["defSub"] = def_sub
        if def_accrual_account is not UNSET:
            field_dict["defAccrualAccount"] = def_accrual_account
        if def_accrual_sub is not UNSET:
            field_dict["defAccrualSub"] = def_accrual_sub
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if billing_period is not UNSET:
            field_dict["billingPeriod"] = billing_period
        if allocation_rule is not UNSET:
            field_dict["allocationRule"] = allocation_rule
        if billing_rule is not UNSET:
            field_dict["billingRule"] = billing_rule
        if branch is not UNSET:
            field_dict["branch"] = branch
        if rate_table is not UNSET:
            field_dict["rateTable"] = rate_table
        if project_manger is not UNSET:
            field_dict["projectManger"] = project_manger
        if project_manager_internal_id is not UNSET:
            field_dict["projectManagerInternalId"] = project_manager_internal_id
        if auto_allocate is not UNSET:
            field_dict["autoAllocate"] = auto_allocate
        if automatic_release_ar_doc is not UNSET:
            field_dict["automaticReleaseArDoc"] = automatic_release_ar_doc
        if restric_employees is not UNSET:
            field_dict["restricEmployees"] = restric_employees
        if restric_equipment is not UNSET:
            field_dict["restricEquipment"] = restric_equipment
        if customer_location is not UNSET:
            field_dict["customerLocation"] = customer_location
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if employees is not UNSET:
            field_dict["employees"] = employees

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("description")
        _instance.description = _models.DescriptionInProjectUpdateDto.from_dict(_value)
        _value = _rest.pop("startDate")
        _instance.start_date = _models.StartDateInProjectUpdateDto.from_dict(_value)
        _value = _rest.pop("projectID", UNSET)
        _instance.project_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("internalID", UNSET)
        _instance.internal_id = UNSET if _value is UNSET else _models.DtoValueOfNullableOfInt32.from_dict(_value)
        _value = _rest.pop("customer", UNSET)
        _instance.customer = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("hold", UNSET)
        _instance.hold = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("template", UNSET)
        _instance.template = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("status", UNSET)
        _instance.status = UNSET if _value is UNSET else _models.DtoValueOfNullableOfProjectStatus.from_dict(_value)
        _value = _rest.pop("defAccount", UNSET)
        _instance.def_account = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("defSub", UNSET)
        _instance.def_sub = (
            UNSET
            if _value is UNSET
            else [_models.SegmentUpdateDto.from_dict(def_sub_item_data) for def_sub_item_data in _value]
        )
        _value = _rest.pop("defAccrualAccount", UNSET)
        _instance.def_accrual_account = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("defAccrualSub", UNSET)
        _instance.def_accrual_sub = (
            UNSET
            if _value is UNSET
            else [_models.SegmentUpdateDto.from_dict(def_accrual_sub_item_data) for def_accrual_sub_item_data in _value]
        )
        _value = _rest.pop("endDate", UNSET)
        _instance.end_date = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDateTime.from_dict(_value)
        _value = _rest.pop("billingPeriod", UNSET)
        _instance.billing_period = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfBillingPeriod.from_dict(_value)
        )
        _value = _rest.pop("allocationRule", UNSET)
        _instance.allocation_rule = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("billingRule", UNSET)
        _instance.billing_rule = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("branch", UNSET)
        _instance.branch = UNSET if _value is UNSET else _models.BranchInProjectUpdateDto.from_dict(_value)
        _value = _rest.pop("rateTable", UNSET)
        _instance.rate_table = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("projectManger", UNSET)
        _instance.project_manger = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("projectManagerInternalId", UNSET)
        _instance.project_manager_internal_id = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfInt32.from_dict(_value)
        )
        _value = _rest.pop("autoAllocate", UNSET)
        _instance.auto_allocate = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("automaticReleaseArDoc", UNSET)
        _instance.automatic_release_ar_doc = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        )
        _value = _rest.pop("restricEmployees", UNSET)
        _instance.restric_employees = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        )
        _value = _rest.pop("restricEquipment", UNSET)
        _instance.restric_equipment = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        )
        _value = _rest.pop("customerLocation", UNSET)
        _instance.customer_location = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("visibility", UNSET)
        _instance.visibility = UNSET if _value is UNSET else _models.VisibilityUpdateDto.from_dict(_value)
        _value = _rest.pop("tasks", UNSET)
        _instance.tasks = (
            UNSET
            if _value is UNSET
            else [_models.TaskUpdateDto.from_dict(tasks_item_data) for tasks_item_data in _value]
        )
        _value = _rest.pop("employees", UNSET)
        _instance.employees = (
            UNSET
            if _value is UNSET
            else [_models.ProjectEmployeeUpdateDto.from_dict(employees_item_data) for employees_item_data in _value]
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
