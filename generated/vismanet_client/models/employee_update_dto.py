from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_in_employee_update_dto import AddressInEmployeeUpdateDto
    from ..models.company_tree_info_dto import CompanyTreeInfoDto
    from ..models.contact_in_employee_update_dto import ContactInEmployeeUpdateDto
    from ..models.department_in_employee_update_dto import DepartmentInEmployeeUpdateDto
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.status_in_employee_update_dto import StatusInEmployeeUpdateDto


T = TypeVar("T", bound="EmployeeUpdateDto")


@_attrs_define
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
        from ..models.address_in_employee_update_dto import AddressInEmployeeUpdateDto
        from ..models.company_tree_info_dto import CompanyTreeInfoDto
        from ..models.contact_in_employee_update_dto import ContactInEmployeeUpdateDto
        from ..models.department_in_employee_update_dto import DepartmentInEmployeeUpdateDto
        from ..models.dto_value_of_string import DtoValueOfString
        from ..models.status_in_employee_update_dto import StatusInEmployeeUpdateDto

        d = dict(src_dict)
        contact = ContactInEmployeeUpdateDto.from_dict(d.pop("contact"))

        _employee_class = d.pop("employeeClass", UNSET)
        employee_class: DtoValueOfString | Unset
        if isinstance(_employee_class, Unset):
            employee_class = UNSET
        else:
            employee_class = DtoValueOfString.from_dict(_employee_class)

        _status = d.pop("status", UNSET)
        status: StatusInEmployeeUpdateDto | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = StatusInEmployeeUpdateDto.from_dict(_status)

        _department = d.pop("department", UNSET)
        department: DepartmentInEmployeeUpdateDto | Unset
        if isinstance(_department, Unset):
            department = UNSET
        else:
            department = DepartmentInEmployeeUpdateDto.from_dict(_department)

        _address = d.pop("address", UNSET)
        address: AddressInEmployeeUpdateDto | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = AddressInEmployeeUpdateDto.from_dict(_address)

        _branch = d.pop("branch", UNSET)
        branch: DtoValueOfString | Unset
        if isinstance(_branch, Unset):
            branch = UNSET
        else:
            branch = DtoValueOfString.from_dict(_branch)

        _calendar = d.pop("calendar", UNSET)
        calendar: DtoValueOfString | Unset
        if isinstance(_calendar, Unset):
            calendar = UNSET
        else:
            calendar = DtoValueOfString.from_dict(_calendar)

        _company_tree_info = d.pop("companyTreeInfo", UNSET)
        company_tree_info: list[CompanyTreeInfoDto] | Unset = UNSET
        if _company_tree_info is not UNSET:
            company_tree_info = []
            for company_tree_info_item_data in _company_tree_info:
                company_tree_info_item = CompanyTreeInfoDto.from_dict(company_tree_info_item_data)

                company_tree_info.append(company_tree_info_item)

        employee_update_dto = cls(
            contact=contact,
            employee_class=employee_class,
            status=status,
            department=department,
            address=address,
            branch=branch,
            calendar=calendar,
            company_tree_info=company_tree_info,
        )

        employee_update_dto.additional_properties = d
        return employee_update_dto

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
