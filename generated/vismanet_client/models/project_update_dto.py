from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

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
class ProjectUpdateDto(GeneratedModel):
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

    description: DescriptionInProjectUpdateDto | None
    start_date: StartDateInProjectUpdateDto | None
    project_id: DtoValueOfString | Unset | None = UNSET
    internal_id: DtoValueOfNullableOfInt32 | Unset | None = UNSET
    customer: DtoValueOfString | Unset | None = UNSET
    hold: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    template: DtoValueOfString | Unset | None = UNSET
    status: DtoValueOfNullableOfProjectStatus | Unset | None = UNSET
    def_account: DtoValueOfString | Unset | None = UNSET
    def_sub: list[SegmentUpdateDto] | Unset | None = UNSET
    def_accrual_account: DtoValueOfString | Unset | None = UNSET
    def_accrual_sub: list[SegmentUpdateDto] | Unset | None = UNSET
    end_date: DtoValueOfNullableOfDateTime | Unset | None = UNSET
    billing_period: DtoValueOfNullableOfBillingPeriod | Unset | None = UNSET
    allocation_rule: DtoValueOfString | Unset | None = UNSET
    billing_rule: DtoValueOfString | Unset | None = UNSET
    branch: BranchInProjectUpdateDto | Unset | None = UNSET
    rate_table: DtoValueOfString | Unset | None = UNSET
    project_manger: DtoValueOfString | Unset | None = UNSET
    project_manager_internal_id: DtoValueOfNullableOfInt32 | Unset | None = UNSET
    auto_allocate: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    automatic_release_ar_doc: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    restric_employees: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    restric_equipment: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    customer_location: DtoValueOfString | Unset | None = UNSET
    visibility: VisibilityUpdateDto | Unset | None = UNSET
    tasks: list[TaskUpdateDto] | Unset | None = UNSET
    employees: list[ProjectEmployeeUpdateDto] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.start_date
        if _value is not UNSET:
            field_dict["startDate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.project_id
        if _value is not UNSET:
            field_dict["projectID"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.internal_id
        if _value is not UNSET:
            field_dict["internalID"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.customer
        if _value is not UNSET:
            field_dict["customer"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.hold
        if _value is not UNSET:
            field_dict["hold"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.template
        if _value is not UNSET:
            field_dict["template"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.status
        if _value is not UNSET:
            field_dict["status"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.def_account
        if _value is not UNSET:
            field_dict["defAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.def_sub
        if _value is not UNSET:
            field_dict["defSub"] = (
                [
                    def_sub_item_data.to_dict() if isinstance(def_sub_item_data, GeneratedModel) else def_sub_item_data
                    for def_sub_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.def_accrual_account
        if _value is not UNSET:
            field_dict["defAccrualAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.def_accrual_sub
        if _value is not UNSET:
            field_dict["defAccrualSub"] = (
                [
                    def_accrual_sub_item_data.to_dict()
                    if isinstance(def_accrual_sub_item_data, GeneratedModel)
                    else def_accrual_sub_item_data
                    for def_accrual_sub_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.end_date
        if _value is not UNSET:
            field_dict["endDate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.billing_period
        if _value is not UNSET:
            field_dict["billingPeriod"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
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
        _value = self.project_manger
        if _value is not UNSET:
            field_dict["projectManger"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.project_manager_internal_id
        if _value is not UNSET:
            field_dict["projectManagerInternalId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.auto_allocate
        if _value is not UNSET:
            field_dict["autoAllocate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.automatic_release_ar_doc
        if _value is not UNSET:
            field_dict["automaticReleaseArDoc"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.restric_employees
        if _value is not UNSET:
            field_dict["restricEmployees"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.restric_equipment
        if _value is not UNSET:
            field_dict["restricEquipment"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.customer_location
        if _value is not UNSET:
            field_dict["customerLocation"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.visibility
        if _value is not UNSET:
            field_dict["visibility"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
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
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not ProjectUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("description", UNSET)
        self.description = (
            _models.DescriptionInProjectUpdateDto._vn_fill(_new(_models.DescriptionInProjectUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("startDate", UNSET)
        self.start_date = (
            _models.StartDateInProjectUpdateDto._vn_fill(_new(_models.StartDateInProjectUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("projectID", UNSET)
        self.project_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("internalID", UNSET)
        self.internal_id = (
            _models.DtoValueOfNullableOfInt32._vn_fill(_new(_models.DtoValueOfNullableOfInt32), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customer", UNSET)
        self.customer = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("hold", UNSET)
        self.hold = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("template", UNSET)
        self.template = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("status", UNSET)
        self.status = (
            _models.DtoValueOfNullableOfProjectStatus._vn_fill(_new(_models.DtoValueOfNullableOfProjectStatus), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("defAccount", UNSET)
        self.def_account = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("defSub", UNSET)
        self.def_sub = (
            [
                _models.SegmentUpdateDto._vn_fill(_new(_models.SegmentUpdateDto), def_sub_item_data)
                if isinstance(def_sub_item_data, dict)
                else def_sub_item_data
                for def_sub_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("defAccrualAccount", UNSET)
        self.def_accrual_account = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("defAccrualSub", UNSET)
        self.def_accrual_sub = (
            [
                _models.SegmentUpdateDto._vn_fill(_new(_models.SegmentUpdateDto), def_accrual_sub_item_data)
                if isinstance(def_accrual_sub_item_data, dict)
                else def_accrual_sub_item_data
                for def_accrual_sub_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("endDate", UNSET)
        self.end_date = (
            _models.DtoValueOfNullableOfDateTime._vn_fill(_new(_models.DtoValueOfNullableOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("billingPeriod", UNSET)
        self.billing_period = (
            _models.DtoValueOfNullableOfBillingPeriod._vn_fill(_new(_models.DtoValueOfNullableOfBillingPeriod), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("allocationRule", UNSET)
        self.allocation_rule = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("billingRule", UNSET)
        self.billing_rule = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("branch", UNSET)
        self.branch = (
            _models.BranchInProjectUpdateDto._vn_fill(_new(_models.BranchInProjectUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("rateTable", UNSET)
        self.rate_table = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("projectManger", UNSET)
        self.project_manger = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("projectManagerInternalId", UNSET)
        self.project_manager_internal_id = (
            _models.DtoValueOfNullableOfInt32._vn_fill(_new(_models.DtoValueOfNullableOfInt32), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("autoAllocate", UNSET)
        self.auto_allocate = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("automaticReleaseArDoc", UNSET)
        self.automatic_release_ar_doc = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("restricEmployees", UNSET)
        self.restric_employees = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("restricEquipment", UNSET)
        self.restric_equipment = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customerLocation", UNSET)
        self.customer_location = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("visibility", UNSET)
        self.visibility = (
            _models.VisibilityUpdateDto._vn_fill(_new(_models.VisibilityUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("tasks", UNSET)
        self.tasks = (
            [
                _models.TaskUpdateDto._vn_fill(_new(_models.TaskUpdateDto), tasks_item_data)
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
                _models.ProjectEmployeeUpdateDto._vn_fill(_new(_models.ProjectEmployeeUpdateDto), employees_item_data)
                if isinstance(employees_item_data, dict)
                else employees_item_data
                for employees_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("description", "description", True, ("model", "DescriptionInProjectUpdateDto")),
        ("start_date", "startDate", True, ("model", "StartDateInProjectUpdateDto")),
        ("project_id", "projectID", False, ("model", "DtoValueOfString")),
        ("internal_id", "internalID", False, ("model", "DtoValueOfNullableOfInt32")),
        ("customer", "customer", False, ("model", "DtoValueOfString")),
        ("hold", "hold", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("template", "template", False, ("model", "DtoValueOfString")),
        ("status", "status", False, ("model", "DtoValueOfNullableOfProjectStatus")),
        ("def_account", "defAccount", False, ("model", "DtoValueOfString")),
        ("def_sub", "defSub", False, ("list", ("model", "SegmentUpdateDto"))),
        ("def_accrual_account", "defAccrualAccount", False, ("model", "DtoValueOfString")),
        ("def_accrual_sub", "defAccrualSub", False, ("list", ("model", "SegmentUpdateDto"))),
        ("end_date", "endDate", False, ("model", "DtoValueOfNullableOfDateTime")),
        ("billing_period", "billingPeriod", False, ("model", "DtoValueOfNullableOfBillingPeriod")),
        ("allocation_rule", "allocationRule", False, ("model", "DtoValueOfString")),
        ("billing_rule", "billingRule", False, ("model", "DtoValueOfString")),
        ("branch", "branch", False, ("model", "BranchInProjectUpdateDto")),
        ("rate_table", "rateTable", False, ("model", "DtoValueOfString")),
        ("project_manger", "projectManger", False, ("model", "DtoValueOfString")),
        ("project_manager_internal_id", "projectManagerInternalId", False, ("model", "DtoValueOfNullableOfInt32")),
        ("auto_allocate", "autoAllocate", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("automatic_release_ar_doc", "automaticReleaseArDoc", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("restric_employees", "restricEmployees", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("restric_equipment", "restricEquipment", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("customer_location", "customerLocation", False, ("model", "DtoValueOfString")),
        ("visibility", "visibility", False, ("model", "VisibilityUpdateDto")),
        ("tasks", "tasks", False, ("list", ("model", "TaskUpdateDto"))),
        ("employees", "employees", False, ("list", ("model", "ProjectEmployeeUpdateDto"))),
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


_Lazy = _lazy_twin(ProjectUpdateDto)
