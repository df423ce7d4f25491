from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_update_dto import AddressUpdateDto
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.employee_contact_update_dto import EmployeeContactUpdateDto
    from ..models.status_in_employee_create_dto import StatusInEmployeeCreateDTO


T = TypeVar("T", bound="EmployeeCreateDTO")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "employee_cd",
    "department",
    "employee_class",
    "branch",
    "calendar",
    "contact",
    "address",
    "status",
)


@_attrs_define(repr=False)
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("employeeCd")
        _instance.employee_cd = _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("department")
        _instance.department = _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("employeeClass")
        _instance.employee_class = _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("branch")
        _instance.branch = _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("calendar")
        _instance.calendar = _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("contact")
        _instance.contact = _models.EmployeeContactUpdateDto.from_dict(_value)
        _value = _rest.pop("address", UNSET)
        _instance.address = UNSET if _value is UNSET else _models.AddressUpdateDto.from_dict(_value)
        _value = _rest.pop("status", UNSET)
        _instance.status = UNSET if _value is UNSET else _models.StatusInEmployeeCreateDTO.from_dict(_value)
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
