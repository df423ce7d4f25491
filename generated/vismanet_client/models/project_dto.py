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
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import parse_uuid as _parse_uuid
from ..types import set_source as _set_source

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
class ProjectDto(GeneratedModel):
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

    internal_id: int | Unset | None = UNSET
    project_id: str | Unset | None = UNSET
    customer: CustomerInProjectDto | Unset | None = UNSET
    hold: bool | Unset | None = UNSET
    status: ProjectDtoStatus | Unset | None = UNSET
    template: TemplateInProjectDto | Unset | None = UNSET
    description: str | Unset | None = UNSET
    assets: float | Unset | None = UNSET
    liability: float | Unset | None = UNSET
    income: float | Unset | None = UNSET
    expenses: float | Unset | None = UNSET
    start_date: datetime.datetime | Unset | None = UNSET
    end_date: datetime.datetime | Unset | None = UNSET
    project_manager: ProjectManagerInProjectDto | Unset | None = UNSET
    restrict_employees: bool | Unset | None = UNSET
    restrict_equipment: bool | Unset | None = UNSET
    visibility: VisibilityInProjectDto | Unset | None = UNSET
    def_account: DefAccountInProjectDto | Unset | None = UNSET
    def_sub: DefSubInProjectDto | Unset | None = UNSET
    def_accrual_account: DefAccrualAccountInProjectDto | Unset | None = UNSET
    def_accrual_sub: DefAccrualSubInProjectDto | Unset | None = UNSET
    billing_period: ProjectDtoBillingPeriod | Unset | None = UNSET
    next_billing_date: datetime.datetime | Unset | None = UNSET
    last_billing_date: datetime.datetime | Unset | None = UNSET
    customer_location: CustomerLocationInProjectDto | Unset | None = UNSET
    allocation_rule: AllocationRuleInProjectDto | Unset | None = UNSET
    billing_rule: BillingRuleInProjectDto | Unset | None = UNSET
    branch: BranchInProjectDto | Unset | None = UNSET
    rate_table: RateTableInProjectDto | Unset | None = UNSET
    auto_allocate: bool | Unset | None = UNSET
    automatic_release_ar: bool | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    tasks: list[TaskDto] | Unset | None = UNSET
    employees: list[EmployeeDto] | Unset | None = UNSET
    public_id: UUID | Unset | None = UNSET
    system_template: bool | Unset | None = UNSET
    attributes: list[AttributeIdValueDto] | Unset | None = UNSET
    error_info: str | Unset | None = UNSET
    metadata: MetadataDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.internal_id
        if _value is not UNSET:
            field_dict["internalID"] = _value
        _value = self.project_id
        if _value is not UNSET:
            field_dict["projectID"] = _value
        _value = self.customer
        if _value is not UNSET:
            field_dict["customer"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.hold
        if _value is not UNSET:
            field_dict["hold"] = _value
        _value = self.status
        if _value is not UNSET:
            field_dict["status"] = _value
        _value = self.template
        if _value is not UNSET:
            field_dict["template"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.assets
        if _value is not UNSET:
            field_dict["assets"] = _value
        _value = self.liability
        if _value is not UNSET:
            field_dict["liability"] = _value
        _value = self.income
        if _value is not UNSET:
            field_dict["income"] = _value
        _value = self.expenses
        if _value is not UNSET:
            field_dict["expenses"] = _value
        _value = self.start_date
        if _value is not UNSET:
            field_dict["startDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.end_date
        if _value is not UNSET:
            field_dict["endDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.project_manager
        if _value is not UNSET:
            field_dict["projectManager"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.restrict_employees
        if _value is not UNSET:
            field_dict["restrictEmployees"] = _value
        _value = self.restrict_equipment
        if _value is not UNSET:
            field_dict["restrictEquipment"] = _value
        _value = self.visibility
        if _value is not UNSET:
            field_dict["visibility"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.def_account
        if _value is not UNSET:
            field_dict["defAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.def_sub
        if _value is not UNSET:
            field_dict["defSub"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.def_accrual_account
        if _value is not UNSET:
            field_dict["defAccrualAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.def_accrual_sub
        if _value is not UNSET:
            field_dict["defAccrualSub"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.billing_period
        if _value is not UNSET:
            field_dict["billingPeriod"] = _value
        _value = self.next_billing_date
        if _value is not UNSET:
            field_dict["nextBillingDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.last_billing_date
        if _value is not UNSET:
            field_dict["lastBillingDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.customer_location
        if _value is not UNSET:
            field_dict["customerLocation"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.allocation_rule
        if _value is not UNSET:
            field_dict["allocationRule"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.billing_rule
        if _value is not UNSET:
            field_dict["billingRule"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.branch
        if _value is not UNSET:
            field_dict["branch"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.rate_table
        if _value is not UNSET:
            field_dict["rateTable"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.auto_allocate
        if _value is not UNSET:
            field_dict["autoAllocate"] = _value
        _value = self.automatic_release_ar
        if _value is not UNSET:
            field_dict["automaticReleaseAr"] = _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.tasks
        if _value is not UNSET:
            field_dict["tasks"] = (
                [
                    tasks_item_data.to_dict() if isinstance(tasks_item_data, GeneratedModel) else tasks_item_data
                    for tasks_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
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
        _value = self.public_id
        if _value is not UNSET:
            field_dict["publicId"] = str(_value) if isinstance(_value, UUID) else _value
        _value = self.system_template
        if _value is not UNSET:
            field_dict["systemTemplate"] = _value
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
        _value = self.error_info
        if _value is not UNSET:
            field_dict["errorInfo"] = _value
        _value = self.metadata
        if _value is not UNSET:
            field_dict["metadata"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not ProjectDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.internal_id = _rest.pop("internalID", UNSET)
        self.project_id = _rest.pop("projectID", UNSET)
        _value = _rest.pop("customer", UNSET)
        self.customer = (
            _models.CustomerInProjectDto._vn_fill(_new(_models.CustomerInProjectDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.hold = _rest.pop("hold", UNSET)
        self.status = _rest.pop("status", UNSET)
        _value = _rest.pop("template", UNSET)
        self.template = (
            _models.TemplateInProjectDto._vn_fill(_new(_models.TemplateInProjectDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.description = _rest.pop("description", UNSET)
        self.assets = _rest.pop("assets", UNSET)
        self.liability = _rest.pop("liability", UNSET)
        self.income = _rest.pop("income", UNSET)
        self.expenses = _rest.pop("expenses", UNSET)
        _value = _rest.pop("startDate", UNSET)
        self.start_date = _parse_datetime(_value)
        _value = _rest.pop("endDate", UNSET)
        self.end_date = _parse_datetime(_value)
        _value = _rest.pop("projectManager", UNSET)
        self.project_manager = (
            _models.ProjectManagerInProjectDto._vn_fill(_new(_models.ProjectManagerInProjectDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.restrict_employees = _rest.pop("restrictEmployees", UNSET)
        self.restrict_equipment = _rest.pop("restrictEquipment", UNSET)
        _value = _rest.pop("visibility", UNSET)
        self.visibility = (
            _models.VisibilityInProjectDto._vn_fill(_new(_models.VisibilityInProjectDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("defAccount", UNSET)
        self.def_account = (
            _models.DefAccountInProjectDto._vn_fill(_new(_models.DefAccountInProjectDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("defSub", UNSET)
        self.def_sub = (
            _models.DefSubInProjectDto._vn_fill(_new(_models.DefSubInProjectDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("defAccrualAccount", UNSET)
        self.def_accrual_account = (
            _models.DefAccrualAccountInProjectDto._vn_fill(_new(_models.DefAccrualAccountInProjectDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("defAccrualSub", UNSET)
        self.def_accrual_sub = (
            _models.DefAccrualSubInProjectDto._vn_fill(_new(_models.DefAccrualSubInProjectDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.billing_period = _rest.pop("billingPeriod", UNSET)
        _value = _rest.pop("nextBillingDate", UNSET)
        self.next_billing_date = _parse_datetime(_value)
        _value = _rest.pop("lastBillingDate", UNSET)
        self.last_billing_date = _parse_datetime(_value)
        _value = _rest.pop("customerLocation", UNSET)
        self.customer_location = (
            _models.CustomerLocationInProjectDto._vn_fill(_new(_models.CustomerLocationInProjectDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("allocationRule", UNSET)
        self.allocation_rule = (
            _models.AllocationRuleInProjectDto._vn_fill(_new(_models.AllocationRuleInProjectDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("billingRule", UNSET)
        self.billing_rule = (
            _models.BillingRuleInProjectDto._vn_fill(_new(_models.BillingRuleInProjectDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("branch", UNSET)
        self.branch = (
            _models.BranchInProjectDto._vn_fill(_new(_models.BranchInProjectDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("rateTable", UNSET)
        self.rate_table = (
            _models.RateTableInProjectDto._vn_fill(_new(_models.RateTableInProjectDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.auto_allocate = _rest.pop("autoAllocate", UNSET)
        self.automatic_release_ar = _rest.pop("automaticReleaseAr", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        _value = _rest.pop("tasks", UNSET)
        self.tasks = (
            [
                _models.TaskDto._vn_fill(_new(_models.TaskDto), tasks_item_data)
                if isinstance(tasks_item_data, dict)
                else tasks_item_data
                for tasks_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
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
        _value = _rest.pop("publicId", UNSET)
        self.public_id = _parse_uuid(_value)
        self.system_template = _rest.pop("systemTemplate", UNSET)
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
        self.error_info = _rest.pop("errorInfo", UNSET)
        _value = _rest.pop("metadata", UNSET)
        self.metadata = (
            _models.MetadataDto._vn_fill(_new(_models.MetadataDto), _value) if isinstance(_value, dict) else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("internal_id", "internalID", False, "int"),
        ("project_id", "projectID", False, "str"),
        ("customer", "customer", False, ("model", "CustomerInProjectDto")),
        ("hold", "hold", False, "bool"),
        ("status", "status", False, "str"),
        ("template", "template", False, ("model", "TemplateInProjectDto")),
        ("description", "description", False, "str"),
        ("assets", "assets", False, "float"),
        ("liability", "liability", False, "float"),
        ("income", "income", False, "float"),
        ("expenses", "expenses", False, "float"),
        ("start_date", "startDate", False, "datetime"),
        ("end_date", "endDate", False, "datetime"),
        ("project_manager", "projectManager", False, ("model", "ProjectManagerInProjectDto")),
        ("restrict_employees", "restrictEmployees", False, "bool"),
        ("restrict_equipment", "restrictEquipment", False, "bool"),
        ("visibility", "visibility", False, ("model", "VisibilityInProjectDto")),
        ("def_account", "defAccount", False, ("model", "DefAccountInProjectDto")),
        ("def_sub", "defSub", False, ("model", "DefSubInProjectDto")),
        ("def_accrual_account", "defAccrualAccount", False, ("model", "DefAccrualAccountInProjectDto")),
        ("def_accrual_sub", "defAccrualSub", False, ("model", "DefAccrualSubInProjectDto")),
        ("billing_period", "billingPeriod", False, "str"),
        ("next_billing_date", "nextBillingDate", False, "datetime"),
        ("last_billing_date", "lastBillingDate", False, "datetime"),
        ("customer_location", "customerLocation", False, ("model", "CustomerLocationInProjectDto")),
        ("allocation_rule", "allocationRule", False, ("model", "AllocationRuleInProjectDto")),
        ("billing_rule", "billingRule", False, ("model", "BillingRuleInProjectDto")),
        ("branch", "branch", False, ("model", "BranchInProjectDto")),
        ("rate_table", "rateTable", False, ("model", "RateTableInProjectDto")),
        ("auto_allocate", "autoAllocate", False, "bool"),
        ("automatic_release_ar", "automaticReleaseAr", False, "bool"),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
        ("tasks", "tasks", False, ("list", ("model", "TaskDto"))),
        ("employees", "employees", False, ("list", ("model", "EmployeeDto"))),
        ("public_id", "publicId", False, "uuid"),
        ("system_template", "systemTemplate", False, "bool"),
        ("attributes", "attributes", False, ("list", ("model", "AttributeIdValueDto"))),
        ("error_info", "errorInfo", False, "str"),
        ("metadata", "metadata", False, ("model", "MetadataDto")),
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


_Lazy = _lazy_twin(ProjectDto)
