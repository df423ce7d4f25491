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
class EmployeeUpdateDto(GeneratedModel):
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

    contact: ContactInEmployeeUpdateDto | None
    employee_class: DtoValueOfString | Unset | None = UNSET
    status: StatusInEmployeeUpdateDto | Unset | None = UNSET
    department: DepartmentInEmployeeUpdateDto | Unset | None = UNSET
    address: AddressInEmployeeUpdateDto | Unset | None = UNSET
    branch: DtoValueOfString | Unset | None = UNSET
    calendar: DtoValueOfString | Unset | None = UNSET
    company_tree_info: list[CompanyTreeInfoDto] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.contact
        if _value is not UNSET:
            field_dict["contact"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.employee_class
        if _value is not UNSET:
            field_dict["employeeClass"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.status
        if _value is not UNSET:
            field_dict["status"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.department
        if _value is not UNSET:
            field_dict["department"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.address
        if _value is not UNSET:
            field_dict["address"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.branch
        if _value is not UNSET:
            field_dict["branch"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.calendar
        if _value is not UNSET:
            field_dict["calendar"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.company_tree_info
        if _value is not UNSET:
            field_dict["companyTreeInfo"] = (
                [
                    company_tree_info_item_data.to_dict()
                    if isinstance(company_tree_info_item_data, GeneratedModel)
                    else company_tree_info_item_data
                    for company_tree_info_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not EmployeeUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("contact", UNSET)
        self.contact = (
            _models.ContactInEmployeeUpdateDto._vn_fill(_new(_models.ContactInEmployeeUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("employeeClass", UNSET)
        self.employee_class = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("status", UNSET)
        self.status = (
            _models.StatusInEmployeeUpdateDto._vn_fill(_new(_models.StatusInEmployeeUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("department", UNSET)
        self.department = (
            _models.DepartmentInEmployeeUpdateDto._vn_fill(_new(_models.DepartmentInEmployeeUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("address", UNSET)
        self.address = (
            _models.AddressInEmployeeUpdateDto._vn_fill(_new(_models.AddressInEmployeeUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("branch", UNSET)
        self.branch = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("calendar", UNSET)
        self.calendar = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("companyTreeInfo", UNSET)
        self.company_tree_info = (
            [
                _models.CompanyTreeInfoDto._vn_fill(_new(_models.CompanyTreeInfoDto), company_tree_info_item_data)
                if isinstance(company_tree_info_item_data, dict)
                else company_tree_info_item_data
                for company_tree_info_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("contact", "contact", True, ("model", "ContactInEmployeeUpdateDto")),
        ("employee_class", "employeeClass", False, ("model", "DtoValueOfString")),
        ("status", "status", False, ("model", "StatusInEmployeeUpdateDto")),
        ("department", "department", False, ("model", "DepartmentInEmployeeUpdateDto")),
        ("address", "address", False, ("model", "AddressInEmployeeUpdateDto")),
        ("branch", "branch", False, ("model", "DtoValueOfString")),
        ("calendar", "calendar", False, ("model", "DtoValueOfString")),
        ("company_tree_info", "companyTreeInfo", False, ("list", ("model", "CompanyTreeInfoDto"))),
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


_Lazy = _lazy_twin(EmployeeUpdateDto)
