from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.employee_in_project_transaction_line_dto_status import (
    EmployeeInProjectTransactionLineDtoStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_in_employee_dto import AddressInEmployeeDto
    from ..models.branch_number_dto import BranchNumberDto
    from ..models.contact_in_employee_dto import ContactInEmployeeDto
    from ..models.employee_class_in_employee_dto import EmployeeClassInEmployeeDto
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="EmployeeInProjectTransactionLineDto")

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
class EmployeeInProjectTransactionLineDto:
    """Employee &gt; The employee associated with the transaction, such as the employee who worked on the project for the
    customer.

        Attributes:
            employee_user_id (UUID | Unset): Employee internal user ID. This is the ID of the user linked to the employee
                Example: 00000000-0000-0000-0000-000000000000.
            employee_id (int | Unset): Mandatory field: The top part &gt; Employee ID* &gt; The unique identifier, which is
                assigned to the employee in accordance with the configuration of the EMPLOYEE segmented key.
            employee_number (str | Unset): General information tab &gt; Employee settings section &gt; Employee ref. no.
                &gt; A reference number for the employee.
            employee_name (str | Unset): The top part &gt; Employee name &gt; The name of this employee.
            status (EmployeeInProjectTransactionLineDtoStatus | Unset): Mandatory field: The top part &gt; Status &gt; The
                status of the employee. The following options are available: Active, On hold, Hold payments, Inactive, One-time.
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

    employee_user_id: UUID | Unset = UNSET
    employee_id: int | Unset = UNSET
    employee_number: str | Unset = UNSET
    employee_name: str | Unset = UNSET
    status: EmployeeInProjectTransactionLineDtoStatus | Unset = UNSET
    department: str | Unset = UNSET
    contact: ContactInEmployeeDto | Unset = UNSET
    address: AddressInEmployeeDto | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    employee_class: EmployeeClassInEmployeeDto | Unset = UNSET
    branch: BranchNumberDto | Unset = UNSET
    calendar_id: str | Unset = UNSET
    employee_login: str | Unset = UNSET
    work_group_description: list[str] | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        employee_user_id: str | Unset = UNSET
        if not isinstance(self.employee_user_id, Unset):
            employee_user_id = str(self.employee_user_id)

        employee_id = self.employee_id

        employee_number = self.employee_number

        employee_name = self.employee_name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        department = self.department

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        employee_class: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee_class, Unset):
            employee_class = self.employee_class.to_dict()

        branch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch, Unset):
            branch = self.branch.to_dict()

        calendar_id = self.calendar_id

        employee_login = self.employee_login

        work_group_description: list[str] | Unset = UNSET
        if not isinstance(self.work_group_description, Unset):
            work_group_description = self.work_group_description

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if employee_user_id is not UNSET:
            field_dict["employeeUserId"] = employee_user_id
        if employee_id is not UNSET:
            field_dict["employeeId"] = employee_id
        if employee_number is not UNSET:
            field_dict["employeeNumber"] = employee_number
        if employee_name is not UNSET:
            field_dict["employeeName"] = employee_name
        if status is not UNSET:
            field_dict["status"] = status
        if department is not UNSET:
            field_dict["department"] = department
        if contact is not UNSET:
            field_dict["contact"] = contact
        if address is not UNSET:
            field_dict["address"] = address
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if employee_class is not UNSET:
            field_dict["employeeClass"] = employee_class
        if branch is not UNSET:
            field_dict["branch"] = branch
        if calendar_id is not UNSET:
            field_dict["calendarID"] = calendar_id
        if employee_login is not UNSET:
            field_dict["employeeLogin"] = employee_login
        if work_group_description is not UNSET:
            field_dict["workGroupDescription"] = work_group_description
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
        _value = _rest.pop("employeeUserId", UNSET)
        _instance.employee_user_id = UNSET if _value is UNSET else UUID(_value)
        _instance.employee_id = _rest.pop("employeeId", UNSET)
        _instance.employee_number = _rest.pop("employeeNumber", UNSET)
        _instance.employee_name = _rest.pop("employeeName", UNSET)
        _instance.status = _rest.pop("status", UNSET)
        _instance.department = _rest.pop("department", UNSET)
        _value = _rest.pop("contact", UNSET)
        _instance.contact = UNSET if _value is UNSET else _models.ContactInEmployeeDto.from_dict(_value)
        _value = _rest.pop("address", UNSET)
        _instance.address = UNSET if _value is UNSET else _models.AddressInEmployeeDto.from_dict(_value)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("employeeClass", UNSET)
        _instance.employee_class = UNSET if _value is UNSET else _models.EmployeeClassInEmployeeDto.from_dict(_value)
        _value = _rest.pop("branch", UNSET)
        _instance.branch = UNSET if _value is UNSET else _models.BranchNumberDto.from_dict(_value)
        _instance.calendar_id = _rest.pop("calendarID", UNSET)
        _instance.employee_login = _rest.pop("employeeLogin", UNSET)
        _instance.work_group_description = _rest.pop("workGroupDescription", UNSET)
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
