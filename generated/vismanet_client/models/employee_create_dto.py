from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_update_dto import AddressUpdateDto
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.employee_contact_update_dto import EmployeeContactUpdateDto
    from ..models.status_in_employee_create_dto import StatusInEmployeeCreateDTO


T = TypeVar("T", bound="EmployeeCreateDTO")


@_attrs_define
class EmployeeCreateDTO:
    """
    Attributes:
        employee_cd (DtoValueOfString):
        department (DtoValueOfString):
        employee_class (DtoValueOfString):
        branch (DtoValueOfString):
        calendar (DtoValueOfString):
        contact (EmployeeContactUpdateDto):
        address (AddressUpdateDto | Unset):
        status (StatusInEmployeeCreateDTO | Unset): Mandatory field: The top part &gt; Status &gt; The status of the
            employee. The following options are available: Active, On hold, Hold payments, Inactive, One-time.
    """

    employee_cd: DtoValueOfString
    department: DtoValueOfString
    employee_class: DtoValueOfString
    branch: DtoValueOfString
    calendar: DtoValueOfString
    contact: EmployeeContactUpdateDto
    address: AddressUpdateDto | Unset = UNSET
    status: StatusInEmployeeCreateDTO | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        employee_cd = self.employee_cd.to_dict()

        department = self.department.to_dict()

        employee_class = self.employee_class.to_dict()

        branch = self.branch.to_dict()

        calendar = self.calendar.to_dict()

        contact = self.contact.to_dict()

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "employeeCd": employee_cd,
                "department": department,
                "employeeClass": employee_class,
                "branch": branch,
                "calendar": calendar,
                "contact": contact,
            }
        )
        if address is not UNSET:
            field_dict["address"] = address
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.address_update_dto import AddressUpdateDto
        from ..models.dto_value_of_string import DtoValueOfString
        from ..models.employee_contact_update_dto import EmployeeContactUpdateDto
        from ..models.status_in_employee_create_dto import StatusInEmployeeCreateDTO

        d = dict(src_dict)
        employee_cd = DtoValueOfString.from_dict(d.pop("employeeCd"))

        department = DtoValueOfString.from_dict(d.pop("department"))

        employee_class = DtoValueOfString.from_dict(d.pop("employeeClass"))

        branch = DtoValueOfString.from_dict(d.pop("branch"))

        calendar = DtoValueOfString.from_dict(d.pop("calendar"))

        contact = EmployeeContactUpdateDto.from_dict(d.pop("contact"))

        _address = d.pop("address", UNSET)
        address: AddressUpdateDto | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = AddressUpdateDto.from_dict(_address)

        _status = d.pop("status", UNSET)
        status: StatusInEmployeeCreateDTO | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = StatusInEmployeeCreateDTO.from_dict(_status)

        employee_create_dto = cls(
            employee_cd=employee_cd,
            department=department,
            employee_class=employee_class,
            branch=branch,
            calendar=calendar,
            contact=contact,
            address=address,
            status=status,
        )

        employee_create_dto.additional_properties = d
        return employee_create_dto

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
