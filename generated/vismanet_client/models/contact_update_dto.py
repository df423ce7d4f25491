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
    from ..models.dto_value_of_address_update_dto import DtoValueOfAddressUpdateDto
    from ..models.dto_value_of_boolean import DtoValueOfBoolean
    from ..models.dto_value_of_contact_methods import DtoValueOfContactMethods
    from ..models.dto_value_of_employee_titles import DtoValueOfEmployeeTitles
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="ContactUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "active",
    "title",
    "first_name",
    "last_name",
    "position",
    "business_account",
    "same_as_account",
    "address",
    "email",
    "web",
    "phone1",
    "phone2",
    "phone3",
    "fax",
    "contact_method",
    "do_not_call",
    "do_not_fax",
    "do_not_email",
    "do_not_mail",
    "no_mass_mail",
    "no_marketing",
)


@_attrs_define(repr=False)
class ContactUpdateDto(GeneratedModel):
    """
    Attributes:
        active (DtoValueOfBoolean | Unset):
        title (DtoValueOfEmployeeTitles | Unset):
        first_name (DtoValueOfString | Unset):
        last_name (DtoValueOfString | Unset):
        position (DtoValueOfString | Unset):
        business_account (DtoValueOfString | Unset):
        same_as_account (DtoValueOfBoolean | Unset):
        address (DtoValueOfAddressUpdateDto | Unset):
        email (DtoValueOfString | Unset):
        web (DtoValueOfString | Unset):
        phone1 (DtoValueOfString | Unset):
        phone2 (DtoValueOfString | Unset):
        phone3 (DtoValueOfString | Unset):
        fax (DtoValueOfString | Unset):
        contact_method (DtoValueOfContactMethods | Unset):
        do_not_call (DtoValueOfBoolean | Unset):
        do_not_fax (DtoValueOfBoolean | Unset):
        do_not_email (DtoValueOfBoolean | Unset):
        do_not_mail (DtoValueOfBoolean | Unset):
        no_mass_mail (DtoValueOfBoolean | Unset):
        no_marketing (DtoValueOfBoolean | Unset):
    """

    active: DtoValueOfBoolean | Unset | None = UNSET
    title: DtoValueOfEmployeeTitles | Unset | None = UNSET
    first_name: DtoValueOfString | Unset | None = UNSET
    last_name: DtoValueOfString | Unset | None = UNSET
    position: DtoValueOfString | Unset | None = UNSET
    business_account: DtoValueOfString | Unset | None = UNSET
    same_as_account: DtoValueOfBoolean | Unset | None = UNSET
    address: DtoValueOfAddressUpdateDto | Unset | None = UNSET
    email: DtoValueOfString | Unset | None = UNSET
    web: DtoValueOfString | Unset | None = UNSET
    phone1: DtoValueOfString | Unset | None = UNSET
    phone2: DtoValueOfString | Unset | None = UNSET
    phone3: DtoValueOfString | Unset | None = UNSET
    fax: DtoValueOfString | Unset | None = UNSET
    contact_method: DtoValueOfContactMethods | Unset | None = UNSET
    do_not_call: DtoValueOfBoolean | Unset | None = UNSET
    do_not_fax: DtoValueOfBoolean | Unset | None = UNSET
    do_not_email: DtoValueOfBoolean | Unset | None = UNSET
    do_not_mail: DtoValueOfBoolean | Unset | None = UNSET
    no_mass_mail: DtoValueOfBoolean | Unset | None = UNSET
    no_marketing: DtoValueOfBoolean | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.active
        if _value is not UNSET:
            field_dict["active"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.title
        if _value is not UNSET:
            field_dict["title"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.first_name
        if _value is not UNSET:
            field_dict["firstName"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.last_name
        if _value is not UNSET:
            field_dict["lastName"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.position
        if _value is not UNSET:
            field_dict["position"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.business_account
        if _value is not UNSET:
            field_dict["businessAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.same_as_account
        if _value is not UNSET:
            field_dict["sameAsAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.address
        if _value is not UNSET:
            field_dict["address"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.email
        if _value is not UNSET:
            field_dict["email"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.web
        if _value is not UNSET:
            field_dict["web"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.phone1
        if _value is not UNSET:
            field_dict["phone1"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.phone2
        if _value is not UNSET:
            field_dict["phone2"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.phone3
        if _value is not UNSET:
            field_dict["phone3"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.fax
        if _value is not UNSET:
            field_dict["fax"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.contact_method
        if _value is not UNSET:
            field_dict["contactMethod"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.do_not_call
        if _value is not UNSET:
            field_dict["doNotCall"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.do_not_fax
        if _value is not UNSET:
            field_dict["doNotFax"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.do_not_email
        if _value is not UNSET:
            field_dict["doNotEmail"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.do_not_mail
        if _value is not UNSET:
            field_dict["doNotMail"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.no_mass_mail
        if _value is not UNSET:
            field_dict["noMassMail"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.no_marketing
        if _value is not UNSET:
            field_dict["noMarketing"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not ContactUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("active", UNSET)
        self.active = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("title", UNSET)
        self.title = (
            _models.DtoValueOfEmployeeTitles._vn_fill(_new(_models.DtoValueOfEmployeeTitles), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("firstName", UNSET)
        self.first_name = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("lastName", UNSET)
        self.last_name = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("position", UNSET)
        self.position = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("businessAccount", UNSET)
        self.business_account = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("sameAsAccount", UNSET)
        self.same_as_account = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("address", UNSET)
        self.address = (
            _models.DtoValueOfAddressUpdateDto._vn_fill(_new(_models.DtoValueOfAddressUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("email", UNSET)
        self.email = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("web", UNSET)
        self.web = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("phone1", UNSET)
        self.phone1 = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("phone2", UNSET)
        self.phone2 = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("phone3", UNSET)
        self.phone3 = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("fax", UNSET)
        self.fax = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("contactMethod", UNSET)
        self.contact_method = (
            _models.DtoValueOfContactMethods._vn_fill(_new(_models.DtoValueOfContactMethods), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("doNotCall", UNSET)
        self.do_not_call = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("doNotFax", UNSET)
        self.do_not_fax = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("doNotEmail", UNSET)
        self.do_not_email = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("doNotMail", UNSET)
        self.do_not_mail = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("noMassMail", UNSET)
        self.no_mass_mail = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("noMarketing", UNSET)
        self.no_marketing = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("active", "active", False, ("model", "DtoValueOfBoolean")),
        ("title", "title", False, ("model", "DtoValueOfEmployeeTitles")),
        ("first_name", "firstName", False, ("model", "DtoValueOfString")),
        ("last_name", "lastName", False, ("model", "DtoValueOfString")),
        ("position", "position", False, ("model", "DtoValueOfString")),
        ("business_account", "businessAccount", False, ("model", "DtoValueOfString")),
        ("same_as_account", "sameAsAccount", False, ("model", "DtoValueOfBoolean")),
        ("address", "address", False, ("model", "DtoValueOfAddressUpdateDto")),
        ("email", "email", False, ("model", "DtoValueOfString")),
        ("web", "web", False, ("model", "DtoValueOfString")),
        ("phone1", "phone1", False, ("model", "DtoValueOfString")),
        ("phone2", "phone2", False, ("model", "DtoValueOfString")),
        ("phone3", "phone3", False, ("model", "DtoValueOfString")),
        ("fax", "fax", False, ("model", "DtoValueOfString")),
        ("contact_method", "contactMethod", False, ("model", "DtoValueOfContactMethods")),
        ("do_not_call", "doNotCall", False, ("model", "DtoValueOfBoolean")),
        ("do_not_fax", "doNotFax", False, ("model", "DtoValueOfBoolean")),
        ("do_not_email", "doNotEmail", False, ("model", "DtoValueOfBoolean")),
        ("do_not_mail", "doNotMail", False, ("model", "DtoValueOfBoolean")),
        ("no_mass_mail", "noMassMail", False, ("model", "DtoValueOfBoolean")),
        ("no_marketing", "noMarketing", False, ("model", "DtoValueOfBoolean")),
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


_Lazy = _lazy_twin(ContactUpdateDto)
