from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.project_manager_in_project_dto_status import (
    ProjectManagerInProjectDtoStatus,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import parse_uuid as _parse_uuid
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.address_in_employee_dto import AddressInEmployeeDto
    from ..models.branch_number_dto import BranchNumberDto
    from ..models.contact_in_employee_dto import ContactInEmployeeDto
    from ..models.employee_class_in_employee_dto import EmployeeClassInEmployeeDto
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="ProjectManagerInProjectDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "employee_user_id",
    "employee_id",
    "employee_number",
    "employee_name",
    "status",
    "department",
    "contact",
    "address",
    "last_modified_date_time",
    "employee_class",
    "branch",
    "calendar_id",
    "employee_login",
    "work_group_description",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class ProjectManagerInProjectDto(GeneratedModel):
    """Summary tab &gt; Project properties section &gt; Project manager &gt; The person who is responsible for managing the
    project and authorised to approve the project task and task activities.

        Attributes:
            employee_user_id (UUID | Unset): Employee internal user ID. This is the ID of the user linked to the employee
                Example: 00000000-0000-0000-0000-000000000000.
            employee_id (int | Unset): Mandatory field: The top part &gt; Employee ID* &gt; The unique identifier, which is
                assigned to the employee in accordance with the configuration of the EMPLOYEE segmented key.
            employee_number (str | Unset): General information tab &gt; Employee settings section &gt; Employee ref. no.
                &gt; A reference number for the employee.
            employee_name (str | Unset): The top part &gt; Employee name &gt; The name of this employee.
            status (ProjectManagerInProjectDtoStatus | Unset): Mandatory field: The top part &gt; Status &gt; The status of
                the employee. The following options are available: Active, On hold, Hold payments, Inactive, One-time.
            department (str | Unset): Mandatory field: General information tab &gt; Employee section &gt; Department* &gt;
                The department the employee works for.
            contact (ContactInEmployeeDto | Unset): General information tab &gt; Contact section &gt;
            address (AddressInEmployeeDto | Unset): General information tab &gt; Address info section &gt;
            last_modified_date_time (datetime.datetime | Unset):
            employee_class (EmployeeClassInEmployeeDto | Unset): Additional information about Employee User
                ///
            branch (BranchNumberDto | Unset):
            calendar_id (str | Unset):
            employee_login (str | Unset):
            work_group_description (list[str] | Unset):
            error_info (str | Unset):
            metadata (MetadataDto | Unset):
    """

    employee_user_id: UUID | Unset | None = UNSET
    employee_id: int | Unset | None = UNSET
    employee_number: str | Unset | None = UNSET
    employee_name: str | Unset | None = UNSET
    status: ProjectManagerInProjectDtoStatus | Unset | None = UNSET
    department: str | Unset | None = UNSET
    contact: ContactInEmployeeDto | Unset | None = UNSET
    address: AddressInEmployeeDto | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    employee_class: EmployeeClassInEmployeeDto | Unset | None = UNSET
    branch: BranchNumberDto | Unset | None = UNSET
    calendar_id: str | Unset | None = UNSET
    employee_login: str | Unset | None = UNSET
    work_group_description: list[str] | Unset | None = UNSET
    error_info: str | Unset | None = UNSET
    metadata: MetadataDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.employee_user_id
        if _value is not UNSET:
            field_dict["employeeUserId"] = str(_value) if isinstance(_value, UUID) else _value
        _value = self.employee_id
        if _value is not UNSET:
            field_dict["employeeId"] = _value
        _value = self.employee_number
        if _value is not UNSET:
            field_dict["employeeNumber"] = _value
        _value = self.employee_name
        if _value is not UNSET:
            field_dict["employeeName"] = _value
        _value = self.status
        if _value is not UNSET:
            field_dict["status"] = _value
        _value = self.department
        if _value is not UNSET:
            field_dict["department"] = _value
        _value = self.contact
        if _value is not UNSET:
            field_dict["contact"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.address
        if _value is not UNSET:
            field_dict["address"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.employee_class
        if _value is not UNSET:
            field_dict["employeeClass"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.branch
        if _value is not UNSET:
            field_dict["branch"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.calendar_id
        if _value is not UNSET:
            field_dict["calendarID"] = _value
        _value = self.employee_login
        if _value is not UNSET:
            field_dict["employeeLogin"] = _value
        _value = self.work_group_description
        if _value is not UNSET:
            field_dict["workGroupDescription"] = _value
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
        if cls is not ProjectManagerInProjectDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("employeeUserId", UNSET)
        self.employee_user_id = _parse_uuid(_value)
        self.employee_id = _rest.pop("employeeId", UNSET)
        self.employee_number = _rest.pop("employeeNumber", UNSET)
        self.employee_name = _rest.pop("employeeName", UNSET)
        self.status = _rest.pop("status", UNSET)
        self.department = _rest.pop("department", UNSET)
        _value = _rest.pop("contact", UNSET)
        self.contact = (
            _models.ContactInEmployeeDto._vn_fill(_new(_models.ContactInEmployeeDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("address", UNSET)
        self.address = (
            _models.AddressInEmployeeDto._vn_fill(_new(_models.AddressInEmployeeDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        _value = _rest.pop("employeeClass", UNSET)
        self.employee_class = (
            _models.EmployeeClassInEmployeeDto._vn_fill(_new(_models.EmployeeClassInEmployeeDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("branch", UNSET)
        self.branch = (
            _models.BranchNumberDto._vn_fill(_new(_models.BranchNumberDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.calendar_id = _rest.pop("calendarID", UNSET)
        self.employee_login = _rest.pop("employeeLogin", UNSET)
        self.work_group_description = _rest.pop("workGroupDescription", UNSET)
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
        ("employee_user_id", "employeeUserId", False, "uuid"),
        ("employee_id", "employeeId", False, "int"),
        ("employee_number", "employeeNumber", False, "str"),
        ("employee_name", "employeeName", False, "str"),
        ("status", "status", False, "str"),
        ("department", "department", False, "str"),
        ("contact", "contact", False, ("model", "ContactInEmployeeDto")),
        ("address", "address", False, ("model", "AddressInEmployeeDto")),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
        ("employee_class", "employeeClass", False, ("model", "EmployeeClassInEmployeeDto")),
        ("branch", "branch", False, ("model", "BranchNumberDto")),
        ("calendar_id", "calendarID", False, "str"),
        ("employee_login", "employeeLogin", False, "str"),
        ("work_group_description", "workGroupDescription", False, ("list", "str")),
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


_Lazy = _lazy_twin(ProjectManagerInProjectDto)
