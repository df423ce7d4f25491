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
class EmployeeCreateDTO(GeneratedModel):
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

    employee_cd: DtoValueOfString | None
    department: DtoValueOfString | None
    employee_class: DtoValueOfString | None
    branch: DtoValueOfString | None
    calendar: DtoValueOfString | None
    contact: EmployeeContactUpdateDto | None
    address: AddressUpdateDto | Unset | None = UNSET
    status: StatusInEmployeeCreateDTO | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.employee_cd
        if _value is not UNSET:
            field_dict["employeeCd"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.department
        if _value is not UNSET:
            field_dict["department"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.employee_class
        if _value is not UNSET:
            field_dict["employeeClass"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.branch
        if _value is not UNSET:
            field_dict["branch"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.calendar
        if _value is not UNSET:
            field_dict["calendar"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.contact
        if _value is not UNSET:
            field_dict["contact"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.address
        if _value is not UNSET:
            field_dict["address"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.status
        if _value is not UNSET:
            field_dict["status"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not EmployeeCreateDTO or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("employeeCd", UNSET)
        self.employee_cd = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("department", UNSET)
        self.department = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("employeeClass", UNSET)
        self.employee_class = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
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
        _value = _rest.pop("contact", UNSET)
        self.contact = (
            _models.EmployeeContactUpdateDto._vn_fill(_new(_models.EmployeeContactUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("address", UNSET)
        self.address = (
            _models.AddressUpdateDto._vn_fill(_new(_models.AddressUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("status", UNSET)
        self.status = (
            _models.StatusInEmployeeCreateDTO._vn_fill(_new(_models.StatusInEmployeeCreateDTO), _value)
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("employee_cd", "employeeCd", True, ("model", "DtoValueOfString")),
        ("department", "department", True, ("model", "DtoValueOfString")),
        ("employee_class", "employeeClass", True, ("model", "DtoValueOfString")),
        ("branch", "branch", True, ("model", "DtoValueOfString")),
        ("calendar", "calendar", True, ("model", "DtoValueOfString")),
        ("contact", "contact", True, ("model", "EmployeeContactUpdateDto")),
        ("address", "address", False, ("model", "AddressUpdateDto")),
        ("status", "status", False, ("model", "StatusInEmployeeCreateDTO")),
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


_Lazy = _lazy_twin(EmployeeCreateDTO)
