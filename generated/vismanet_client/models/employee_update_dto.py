from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_in_employee_update_dto import AddressInEmployeeUpdateDto
    from ..models.company_tree_info_dto import CompanyTreeInfoDto
    from ..models.contact_in_employee_update_dto import ContactInEmployeeUpdateDto
    from ..models.department_in_employee_update_dto import DepartmentInEmployeeUpdateDto
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.status_in_employee_update_dto import StatusInEmployeeUpdateDto


T = TypeVar("T", bound="EmployeeUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "contact",
    "employee_class",
    "status",
    "department",
    "address",
    "branch",
    "calendar",
    "company_tree_info",
)


@_attrs_define(repr=False)
class EmployeeUpdateDto:
    """
    Attributes:
        contact (ContactInEmployeeUpdateDto): General information tab &gt; Contact section &gt;
        employee_class (DtoValueOfString | Unset):
        status (StatusInEmployeeUpdateDto | Unset): Mandatory field: The top part &gt; Status &gt; The status of the
            employee. The following options are available: Active, On hold, Hold payments, Inactive, One-time.
        department (DepartmentInEmployeeUpdateDto | Unset): Mandatory field: General information tab &gt; Employee
            section &gt; Department* &gt; The department the employee works for.
        address (AddressInEmployeeUpdateDto | Unset): General information tab &gt; Address info section &gt;
        branch (DtoValueOfString | Unset):
        calendar (DtoValueOfString | Unset):
        company_tree_info (list[CompanyTreeInfoDto] | Unset):
    """

    contact: ContactInEmployeeUpdateDto
    employee_class: DtoValueOfString | Unset = UNSET
    status: StatusInEmployeeUpdateDto | Unset = UNSET
    department: DepartmentInEmployeeUpdateDto | Unset = UNSET
    address: AddressInEmployeeUpdateDto | Unset = UNSET
    branch: DtoValueOfString | Unset = UNSET
    calendar: DtoValueOfString | Unset = UNSET
    company_tree_info: list[CompanyTreeInfoDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact = self.contact.to_dict()

        employee_class: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee_class, Unset):
            employee_class = self.employee_class.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        department: dict[str, Any] | Unset = UNSET
        if not isinstance(self.department, Unset):
            department = self.department.to_dict()

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        branch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch, Unset):
            branch = self.branch.to_dict()

        calendar: dict[str, Any] | Unset = UNSET
        if not isinstance(self.calendar, Unset):
            calendar = self.calendar.to_dict()

        company_tree_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.company_tree_info, Unset):
            company_tree_info = []
            for company_tree_info_item_data in self.company_tree_info:
                company_tree_info_item = company_tree_info_item_data.to_dict()
                company_tree_info.append(company_tree_info_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contact": contact,
            }
        )
        if employee_class is not UNSET:
            field_dict["employeeClass"] = employee_class
        if status is not UNSET:
            field_dict["status"] = status
        if department is not UNSET:
            field_dict["department"] = department
        if address is not UNSET:
            field_dict["address"] = address
        if branch is not UNSET:
            field_dict["branch"] = branch
        if calendar is not UNSET:
            field_dict["calendar"] = calendar
        if company_tree_info is not UNSET:
            field_dict["companyTreeInfo"] = company_tree_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("contact")
        _instance.contact = _models.ContactInEmployeeUpdateDto.from_dict(_value)
        _value = _rest.pop("employeeClass", UNSET)
        _instance.employee_class = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("status", UNSET)
        _instance.status = UNSET if _value is UNSET else _models.StatusInEmployeeUpdateDto.from_dict(_value)
        _value = _rest.pop("department", UNSET)
        _instance.department = UNSET if _value is UNSET else _models.DepartmentInEmployeeUpdateDto.from_dict(_value)
        _value = _rest.pop("address", UNSET)
        _instance.address = UNSET if _value is UNSET else _models.AddressInEmployeeUpdateDto.from_dict(_value)
        _value = _rest.pop("branch", UNSET)
        _instance.branch = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("calendar", UNSET)
        _instance.calendar = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("companyTreeInfo", UNSET)
        _instance.company_tree_info = (
            UNSET
            if _value is UNSET
            else [
                _models.CompanyTreeInfoDto.from_dict(company_tree_info_item_data)
                for company_tree_info_item_data in _value
            ]
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
