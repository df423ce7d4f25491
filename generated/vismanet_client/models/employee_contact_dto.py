from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.employee_contact_dto_title import EmployeeContactDtoTitle
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

T = TypeVar("T", bound="EmployeeContactDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "employee_contact",
    "title",
    "first_name",
    "mid_name",
    "last_name",
    "phone3",
    "contact_id",
    "name",
    "attention",
    "email",
    "web",
    "phone1",
    "phone2",
    "fax",
)


@_attrs_define(repr=False)
class EmployeeContactDto(GeneratedModel):
    """
    Attributes:
        employee_contact (str | Unset): Employee contact &gt; The link to the contact record associated with the
            employee.
        title (EmployeeContactDtoTitle | Unset): Title &gt; The courtesy title to be used for the employee.
        first_name (str | Unset): First name &gt; The first name of the employee.
        mid_name (str | Unset): Middle name &gt; The middle name of the employee.
        last_name (str | Unset): Mandatory field: Last name* &gt; The last name of the employee.
        phone3 (str | Unset): Phone 3 &gt; An additional phone number of the employee.
        contact_id (int | Unset):
        name (str | Unset): Name &gt; The legal name of to appear on the documents.
        attention (str | Unset): Attention &gt; The attention line as it is used in your customer's/supplier's/company's
            business letters. The intention of this line is to direct the letter to the right person if the letter is not
            addressed to any specific person.
        email (str | Unset): Email &gt; The email address of the customer/supplier/company as a business entity.
        web (str | Unset): Web &gt; The website of the company, if one exists.
        phone1 (str | Unset): Phone 1 &gt; The default phone number.
        phone2 (str | Unset): Phone 2 &gt; An additional phone number.
        fax (str | Unset): Fax &gt; The fax number.
    """

    employee_contact: str | Unset | None = UNSET
    title: EmployeeContactDtoTitle | Unset | None = UNSET
    first_name: str | Unset | None = UNSET
    mid_name: str | Unset | None = UNSET
    last_name: str | Unset | None = UNSET
    phone3: str | Unset | None = UNSET
    contact_id: int | Unset | None = UNSET
    name: str | Unset | None = UNSET
    attention: str | Unset | None = UNSET
    email: str | Unset | None = UNSET
    web: str | Unset | None = UNSET
    phone1: str | Unset | None = UNSET
    phone2: str | Unset | None = UNSET
    fax: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.employee_contact
        if _value is not UNSET:
            field_dict["employeeContact"] = _value
        _value = self.title
        if _value is not UNSET:
            field_dict["title"] = _value
        _value = self.first_name
        if _value is not UNSET:
            field_dict["firstName"] = _value
        _value = self.mid_name
        if _value is not UNSET:
            field_dict["midName"] = _value
        _value = self.last_name
        if _value is not UNSET:
            field_dict["lastName"] = _value
        _value = self.phone3
        if _value is not UNSET:
            field_dict["phone3"] = _value
        _value = self.contact_id
        if _value is not UNSET:
            field_dict["contactId"] = _value
        _value = self.name
        if _value is not UNSET:
            field_dict["name"] = _value
        _value = self.attention
        if _value is not UNSET:
            field_dict["attention"] = _value
        _value = self.email
        if _value is not UNSET:
            field_dict["email"] = _value
        _value = self.web
        if _value is not UNSET:
            field_dict["web"] = _value
        _value = self.phone1
        if _value is not UNSET:
            field_dict["phone1"] = _value
        _value = self.phone2
        if _value is not UNSET:
            field_dict["phone2"] = _value
        _value = self.fax
        if _value is not UNSET:
            field_dict["fax"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not EmployeeContactDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.employee_contact = _rest.pop("employeeContact", UNSET)
        self.title = _rest.pop("title", UNSET)
        self.first_name = _rest.pop("firstName", UNSET)
        self.mid_name = _rest.pop("midName", UNSET)
        self.last_name = _rest.pop("lastName", UNSET)
        self.phone3 = _rest.pop("phone3", UNSET)
        self.contact_id = _rest.pop("contactId", UNSET)
        self.name = _rest.pop("name", UNSET)
        self.attention = _rest.pop("attention", UNSET)
        self.email = _rest.pop("email", UNSET)
        self.web = _rest.pop("web", UNSET)
        self.phone1 = _rest.pop("phone1", UNSET)
        self.phone2 = _rest.pop("phone2", UNSET)
        self.fax = _rest.pop("fax", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("employee_contact", "employeeContact", False, "str"),
        ("title", "title", False, "str"),
        ("first_name", "firstName", False, "str"),
        ("mid_name", "midName", False, "str"),
        ("last_name", "lastName", False, "str"),
        ("phone3", "phone3", False, "str"),
        ("contact_id", "contactId", False, "int"),
        ("name", "name", False, "str"),
        ("attention", "attention", False, "str"),
        ("email", "email", False, "str"),
        ("web", "web", False, "str"),
        ("phone1", "phone1", False, "str"),
        ("phone2", "phone2", False, "str"),
        ("fax", "fax", False, "str"),
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


_Lazy = _lazy_twin(EmployeeContactDto)
