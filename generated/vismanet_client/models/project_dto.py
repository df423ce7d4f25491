from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.project_dto_billing_period import ProjectDtoBillingPeriod
from ..models.project_dto_status import ProjectDtoStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allocation_rule_in_project_dto import AllocationRuleInProjectDto
    from ..models.attribute_id_value_dto import AttributeIdValueDto
    from ..models.billing_rule_in_project_dto import BillingRuleInProjectDto
    from ..models.branch_in_project_dto import BranchInProjectDto
    from ..models.customer_in_project_dto import CustomerInProjectDto
    from ..models.customer_location_in_project_dto import CustomerLocationInProjectDto
    from ..models.def_account_in_project_dto import DefAccountInProjectDto
    from ..models.def_accrual_account_in_project_dto import DefAccrualAccountInProjectDto
    from ..models.def_accrual_sub_in_project_dto import DefAccrualSubInProjectDto
    from ..models.def_sub_in_project_dto import DefSubInProjectDto
    from ..models.employee_dto import EmployeeDto
    from ..models.metadata_dto import MetadataDto
    from ..models.project_manager_in_project_dto import ProjectManagerInProjectDto
    from ..models.rate_table_in_project_dto import RateTableInProjectDto
    from ..models.task_dto import TaskDto
    from ..models.template_in_project_dto import TemplateInProjectDto
    from ..models.visibility_in_project_dto import VisibilityInProjectDto


T = TypeVar("T", bound="ProjectDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "internal_id",
    "project_id",
    "customer",
    "hold",
    "status",
    "template",
    "description",
    "assets",
    "liability",
    "income",
    "expenses",
    "start_date",
    "end_date",
    "project_manager",
    "restrict_employees",
    "restrict_equipment",
    "visibility",
    "def_account",
    "def_sub",
    "def_accrual_account",
    "def_accrual_sub",
    "billing_period",
    "next_billing_date",
    "last_billing_date",
    "customer_location",
    "allocation_rule",
    "billing_rule",
    "branch",
    "rate_table",
    "auto_allocate",
    "automatic_release_ar",
    "last_modified_date_time",
    "tasks",
    "employees",
    "public_id",
    "system_template",
    "attributes",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class ProjectDto:
    """This class represents a Project in ProjectController. Used for getting data.

    Attributes:
        internal_id (int | Unset):
        project_id (str | Unset): Mandatory field: The top part &gt; Project ID* &gt; The unique ID for the project.
        customer (CustomerInProjectDto | Unset): The top part &gt; Customer &gt; The customer for the project if this
            project is external.
        hold (bool | Unset): The top part &gt; Hold &gt; A check box that you select to indicate that the project should
            have the In planning status.
        status (ProjectDtoStatus | Unset): The top part &gt; Status &gt; The status of the project, which can be one of
            the following options: In planning, Active, Completed, Suspended, Cancelled.
        template (TemplateInProjectDto | Unset): The top part &gt; Templated ID &gt; The template used for creating this
            project, if applicable.
        description (str | Unset): Mandatory field: The top part &gt; Description* &gt; The description of the project.
        assets (float | Unset): The top part &gt; Assest &gt; The actual assets for the project.
        liability (float | Unset): The top part &gt; Liabilities &gt; The actual liabilities for the project.
        income (float | Unset): The top part &gt; Income &gt; The income expected from the project.
        expenses (float | Unset): The top part &gt; Expenses &gt; The total of the current expenses incurred by the
            project.
        start_date (datetime.datetime | Unset): Mandatory field: Summary tab &gt; Project properties section &gt; Start
            date* &gt; The date when the project starts.
        end_date (datetime.datetime | Unset): Summary tab &gt; Project properties section &gt; End date &gt; The date
            when the project is expected to end.
        project_manager (ProjectManagerInProjectDto | Unset): Summary tab &gt; Project properties section &gt; Project
            manager &gt; The person who is responsible for managing the project and authorised to approve the project task
            and task activities.
        restrict_employees (bool | Unset): Summary tab &gt; Project properties section &gt; Restrict employees &gt; A
            check box that indicates (if selected) that only the employees listed on the Employees tab of this window can
            create activities and documents associated with the current project.
        restrict_equipment (bool | Unset):
        visibility (VisibilityInProjectDto | Unset): Summary tab &gt; Visibility settings section &gt;
        def_account (DefAccountInProjectDto | Unset): General ledger accounts tab &gt; Default values section &gt;
            Default account &gt; The account to be used as one of the sources of possible accounts for the invoices and
            transactions for the project.
        def_sub (DefSubInProjectDto | Unset): Mandatory field: General ledger accounts tab &gt; Default values section
            &gt; Default subaccount* &gt; The subaccount to be used as one of the sources of possible segment values for
            subaccounts to be used in the invoices and transactions for the project.
        def_accrual_account (DefAccrualAccountInProjectDto | Unset): General ledger accounts tab &gt; Default values
            section &gt; Accrual account &gt; The default accrual account to be used in project transactions for the
            project.
        def_accrual_sub (DefAccrualSubInProjectDto | Unset): General ledger accounts tab &gt; Default values section
            &gt; Accrual subaccount &gt; The default accrual subaccount to be used in project transactions for the project.
        billing_period (ProjectDtoBillingPeriod | Unset): Summary tab &gt; Invoicing and allocation settings section
            &gt; Invoicing period &gt; The frequency of invoicing, which can be one of the following options: Week, Month,
            Quarter, Year, On demand.
        next_billing_date (datetime.datetime | Unset): Summary tab &gt; Invoicing and allocation settings section &gt;
            Next invoicing date &gt; The date for which the next invoicing is scheduled for the project.
        last_billing_date (datetime.datetime | Unset): Summary tab &gt; Invoicing and allocation settings section &gt;
            Last invoicing date &gt; The date when the latest invoicing was performed for the project.
        customer_location (CustomerLocationInProjectDto | Unset): Summary tab &gt; Invoice to section &gt; Customer
            location &gt; The location of the project's customer.
        allocation_rule (AllocationRuleInProjectDto | Unset): Summary tab &gt; Invoicing and allocation settings section
            &gt; Allocation rule &gt; The default allocation rule that is used for the tasks created for the project.
        billing_rule (BillingRuleInProjectDto | Unset): Summary tab &gt; Invoicing and allocation settings section &gt;
            Invoicing rule &gt; The default invoicing rule that is used for the tasks created for the project.
        branch (BranchInProjectDto | Unset): Summary tab &gt; Billing and Allocation Settings &gt; The branch
            information: branch number and name.
        rate_table (RateTableInProjectDto | Unset): Summary tab &gt; Invoicing and allocation settings section &gt; Rate
            table &gt; The rate table to be used with the allocation rules, if applicable.
        auto_allocate (bool | Unset): Summary tab &gt; Invoicing and allocation settings section &gt; Run allocation
            when you release project transactions &gt; A check box that indicates (if selected) that allocation is run
            automatically during the release of the documents associated with this project.
        automatic_release_ar (bool | Unset): Summary tab &gt; Invoicing and allocation settings section &gt;
            Automatically release customer documents &gt; A check box that indicates (if selected) that invoice documents
            are released automatically after the project invoicing is completed.
        last_modified_date_time (datetime.datetime | Unset): System generated information
        tasks (list[TaskDto] | Unset): Tasks tab &gt;
        employees (list[EmployeeDto] | Unset): The Employees tab &gt; Information in this tab is retreived from EP203000
            (Employees)
        public_id (UUID | Unset):  Example: 00000000-0000-0000-0000-000000000000.
        system_template (bool | Unset):
        attributes (list[AttributeIdValueDto] | Unset): Attributes tab &gt;
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    internal_id: int | Unset = UNSET
    project_id: str | Unset = UNSET
    customer: CustomerInProjectDto | Unset = UNSET
    hold: bool | Unset = UNSET
    status: ProjectDtoStatus | Unset = UNSET
    template: TemplateInProjectDto | Unset = UNSET
    description: str | Unset = UNSET
    assets: float | Unset = UNSET
    liability: float | Unset = UNSET
    income: float | Unset = UNSET
    expenses: float | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    project_manager: ProjectManagerInProjectDto | Unset = UNSET
    restrict_employees: bool | Unset = UNSET
    restrict_equipment: bool | Unset = UNSET
    visibility: VisibilityInProjectDto | Unset = UNSET
    def_account: DefAccountInProjectDto | Unset = UNSET
    def_sub: DefSubInProjectDto | Unset = UNSET
    def_accrual_account: DefAccrualAccountInProjectDto | Unset = UNSET
    def_accrual_sub: DefAccrualSubInProjectDto | Unset = UNSET
    billing_period: ProjectDtoBillingPeriod | Unset = UNSET
    next_billing_date: datetime.datetime | Unset = UNSET
    last_billing_date: datetime.datetime | Unset = UNSET
    customer_location: CustomerLocationInProjectDto | Unset = UNSET
    allocation_rule: AllocationRuleInProjectDto | Unset = UNSET
    billing_rule: BillingRuleInProjectDto | Unset = UNSET
    branch: BranchInProjectDto | Unset = UNSET
    rate_table: RateTableInProjectDto | Unset = UNSET
    auto_allocate: bool | Unset = UNSET
    automatic_release_ar: bool | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    tasks: list[TaskDto] | Unset = UNSET
    employees: list[EmployeeDto] | Unset = UNSET
    public_id: UUID | Unset = UNSET
    system_template: bool | Unset = UNSET
    attributes: list[AttributeIdValueDto] | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        internal_id = self.internal_id

        project_id = self.project_id

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        hold = self.hold

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template, Unset):
            template = self.template.to_dict()

        description = self.description

        assets = self.assets

        liability = self.liability

        income = self.income

        expenses = self.expenses

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        project_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_manager, Unset):
            project_manager = self.project_manager.to_dict()

        restrict_employees = self.restrict_employees

        restrict_equipment = self.restrict_equipment

        visibility: dict[str, Any] | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.to_dict()

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

        billing_period: str | Unset = UNSET
        if not isinstance(self.billing_period, Unset):
            billing_period = self.billing_period

        next_billing_date: str | Unset = UNSET
        if not isinstance(self.next_billing_date, Unset):
            next_billing_date = self.next_billing_date.isoformat()

        last_billing_date: str | Unset = UNSET
        if not isinstance(self.last_billing_date, Unset):
            last_billing_date = self.last_billing_date.isoformat()

        customer_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_location, Unset):
            customer_location = self.customer_location.to_dict()

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

        auto_allocate = self.auto_allocate

        automatic_release_ar = self.automatic_release_ar

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

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

        public_id: str | Unset = UNSET
        if not isinstance(self.public_id, Unset):
            public_id = str(self.public_id)

        system_template = self.system_template

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if internal_id is not UNSET:
            field_dict["internalID"] = internal_id
        if project_id is not UNSET:
            field_dict["projectID"] = project_id
        if customer is not UNSET:
            field_dict["customer"] = customer
        if hold is not UNSET:
            field_dict["hold"] = hold
        if status is not UNSET:
            field_dict["status"] = status
        if template is not UNSET:
            field_dict["template"] = template
        if description is not UNSET:
            field_dict["description"] = description
        if assets is not UNSET:
            field_dict["assets"] = assets
        if liability is not UNSET:
            field_dict["liability"] = liability
        if income is not UNSET:
            field_dict["income"] = income
        if expenses is not UNSET:
            field_dict["expenses"] = expenses
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if project_manager is not UNSET:
            field_dict["projectManager"] = project_manager
        if restrict_employees is not UNSET:
            field_dict["restrictEmployees"] = restrict_employees
        if restrict_equipment is not UNSET:
            field_dict["restrictEquipment"] = restrict_equipment
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if def_account is not UNSET:
            field_dict["defAccount"] = def_account
        if def_sub is not UNSET:
            field_dict["defSub"] = def_sub
        if def_accrual_account is not UNSET:
            field_dict["defAccrualAccount"] = def_accrual_account
        if def_accrual_sub is not UNSET:
            field_dict["defAccrualSub"] = def_accrual_sub
        if billing_period is not UNSET:
            field_dict["billingPeriod"] = billing_period
        if next_billing_date is not UNSET:
            field_dict["nextBillingDate"] = next_billing_date
        if last_billing_date is not UNSET:
            field_dict["lastBillingDate"] = last_billing_date
        if customer_location is not UNSET:
            field_dict["customerLocation"] = customer_location
        if allocation_rule is not UNSET:
            field_dict["allocationRule"] = allocation_rule
        if billing_rule is not UNSET:
            field_dict["billingRule"] = billing_rule
        if branch is not UNSET:
            field_dict["branch"] = branch
        if rate_table is not UNSET:
            field_dict["rateTable"] = rate_table
        if auto_allocate is not UNSET:
            field_dict["autoAllocate"] = auto_allocate
        if automatic_release_ar is not UNSET:
            field_dict["automaticReleaseAr"] = automatic_release_ar
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if employees is not UNSET:
            field_dict["employees"] = employees
        if public_id is not UNSET:
            field_dict["publicId"] = public_id
        if system_template is not UNSET:
            field_dict["systemTemplate"] = system_template
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
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
        _instance.internal_id = _rest.pop("internalID", UNSET)
        _instance.project_id = _rest.pop("projectID", UNSET)
        _value = _rest.pop("customer", UNSET)
        _instance.customer = UNSET if _value is UNSET else _models.CustomerInProjectDto.from_dict(_value)
        _instance.hold = _rest.pop("hold", UNSET)
        _instance.status = _rest.pop("status", UNSET)
        _value = _rest.pop("template", UNSET)
        _instance.template = UNSET if _value is UNSET else _models.TemplateInProjectDto.from_dict(_value)
        _instance.description = _rest.pop("description", UNSET)
        _instance.assets = _rest.pop("assets", UNSET)
        _instance.liability = _rest.pop("liability", UNSET)
        _instance.income = _rest.pop("income", UNSET)
        _instance.expenses = _rest.pop("expenses", UNSET)
        _value = _rest.pop("startDate", UNSET)
        _instance.start_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("endDate", UNSET)
        _instance.end_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("projectManager", UNSET)
        _instance.project_manager = UNSET if _value is UNSET else _models.ProjectManagerInProjectDto.from_dict(_value)
        _instance.restrict_employees = _rest.pop("restrictEmployees", UNSET)
        _instance.restrict_equipment = _rest.pop("restrictEquipment", UNSET)
        _value = _rest.pop("visibility", UNSET)
        _instance.visibility = UNSET if _value is UNSET else _models.VisibilityInProjectDto.from_dict(_value)
        _value = _rest.pop("defAccount", UNSET)
        _instance.def_account = UNSET if _value is UNSET else _models.DefAccountInProjectDto.from_dict(_value)
        _value = _rest.pop("defSub", UNSET)
        _instance.def_sub = UNSET if _value is UNSET else _models.DefSubInProjectDto.from_dict(_value)
        _value = _rest.pop("defAccrualAccount", UNSET)
        _instance.def_accrual_account = (
            UNSET if _value is UNSET else _models.DefAccrualAccountInProjectDto.from_dict(_value)
        )
        _value = _rest.pop("defAccrualSub", UNSET)
        _instance.def_accrual_sub = UNSET if _value is UNSET else _models.DefAccrualSubInProjectDto.from_dict(_value)
        _instance.billing_period = _rest.pop("billingPeriod", UNSET)
        _value = _rest.pop("nextBillingDate", UNSET)
        _instance.next_billing_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("lastBillingDate", UNSET)
        _instance.last_billing_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("customerLocation", UNSET)
        _instance.customer_location = (
            UNSET if _value is UNSET else _models.CustomerLocationInProjectDto.from_dict(_value)
        )
        _value = _rest.pop("allocationRule", UNSET)
        _instance.allocation_rule = UNSET if _value is UNSET else _models.AllocationRuleInProjectDto.from_dict(_value)
        _value = _rest.pop("billingRule", UNSET)
        _instance.billing_rule = UNSET if _value is UNSET else _models.BillingRuleInProjectDto.from_dict(_value)
        _value = _rest.pop("branch", UNSET)
        _instance.branch = UNSET if _value is UNSET else _models.BranchInProjectDto.from_dict(_value)
        _value = _rest.pop("rateTable", UNSET)
        _instance.rate_table = UNSET if _value is UNSET else _models.RateTableInProjectDto.from_dict(_value)
        _instance.auto_allocate = _rest.pop("autoAllocate", UNSET)
        _instance.automatic_release_ar = _rest.pop("automaticReleaseAr", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("tasks", UNSET)
        _instance.tasks = (
            UNSET if _value is UNSET else [_models.TaskDto.from_dict(tasks_item_data) for tasks_item_data in _value]
        )
        _value = _rest.pop("employees", UNSET)
        _instance.employees = (
            UNSET
            if _value is UNSET
            else [_models.EmployeeDto.from_dict(employees_item_data) for employees_item_data in _value]
        )
        _value = _rest.pop("publicId", UNSET)
        _instance.public_id = UNSET if _value is UNSET else UUID(_value)
        _instance.system_template = _rest.pop("systemTemplate", UNSET)
        _value = _rest.pop("attributes", UNSET)
        _instance.attributes = (
            UNSET
            if _value is UNSET
            else [_models.AttributeIdValueDto.from_dict(attributes_item_data) for attributes_item_data in _value]
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
