from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.contact_dto_contact_method import ContactDtoContactMethod
from ..models.contact_dto_title import ContactDtoTitle
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.address_in_contact_dto import AddressInContactDto


T = TypeVar("T", bound="ContactDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "display_name",
    "active",
    "title",
    "first_name",
    "last_name",
    "position",
    "business_account",
    "business_account_type",
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
    "last_modified_date_time",
    "contact_id",
)


@_attrs_define(repr=False)
class ContactDto(GeneratedModel):
    """This class represents a contact in ContactController. Used by getting data.

    Attributes:
        display_name (str | Unset):
        active (bool | Unset): The top part &gt; Active &gt; A check box that indicates (if selected) that the contact
            is active.
        title (ContactDtoTitle | Unset): The top part &gt; First name &gt; The contact's courtesy title.
        first_name (str | Unset): The top part &gt; First name &gt; The first name of the contact.
        last_name (str | Unset): Mandatory field: The top part &gt; Last name* &gt; The last name of the contact.
        position (str | Unset): The top part &gt; Job title &gt; The contact???s job title or position.
        business_account (str | Unset): The top part &gt; Business account &gt; The business account associated with the
            contact.
        business_account_type (str | Unset): The top part &gt; Business account &gt; The business account type of the
            business account associated with the contact.
        same_as_account (bool | Unset): The Details tab &gt; Same as in account &gt; A check box that indicates (if
            selected) that the contact's address is the same as the address of the business account.
        address (AddressInContactDto | Unset): The Details tab &gt; Address section &gt;
        email (str | Unset): The Details tab &gt; Contact section &gt; Email &gt; The email address of the contact.
        web (str | Unset): The Details tab &gt; Contact section &gt; Web &gt; The website of the contact, if any.
        phone1 (str | Unset): The Details tab &gt; Contact section &gt; Business 1/Business 2/Business 3/Business
            assistant 1/Business fax /Home/Home fax/Mobile &gt; The primary phone number of the contact. Select the type
            from the drop down.
        phone2 (str | Unset): The Details tab &gt; Contact section &gt; Business 1/Business 2/Business 3/Business
            assistant 1/Business fax /Home/Home fax/Mobile &gt; The primary phone number of the contact. Select the type
            from the drop down.
        phone3 (str | Unset): The Details tab &gt; Contact section &gt; Business 1/Business 2/Business 3/Business
            assistant 1/Business fax /Home/Home fax/Mobile &gt; The primary phone number of the contact. Select the type
            from the drop down.
        fax (str | Unset): The Details tab &gt; Contact section &gt; Business fax &gt; The fax number of the contact.
        contact_method (ContactDtoContactMethod | Unset): CRM section not available in Visma.net ERP
        do_not_call (bool | Unset): CRM section not available in Visma.net ERP
        do_not_fax (bool | Unset): CRM section not available in Visma.net ERP
        do_not_email (bool | Unset): CRM section not available in Visma.net ERP
        do_not_mail (bool | Unset): CRM section not available in Visma.net ERP
        no_mass_mail (bool | Unset): CRM section not available in Visma.net ERP
        no_marketing (bool | Unset): CRM section not available in Visma.net ERP
        last_modified_date_time (datetime.datetime | Unset): Background information: The date and time when the details
            of the contact were last updated.
        contact_id (int | Unset): The top part &gt; Contact ID &gt; The unique identifier of the contact, which the
            system generates automatically.
    """

    display_name: str | Unset | None = UNSET
    active: bool | Unset | None = UNSET
    title: ContactDtoTitle | Unset | None = UNSET
    first_name: str | Unset | None = UNSET
    last_name: str | Unset | None = UNSET
    position: str | Unset | None = UNSET
    business_account: str | Unset | None = UNSET
    business_account_type: str | Unset | None = UNSET
    same_as_account: bool | Unset | None = UNSET
    address: AddressInContactDto | Unset | None = UNSET
    email: str | Unset | None = UNSET
    web: str | Unset | None = UNSET
    phone1: str | Unset | None = UNSET
    phone2: str | Unset | None = UNSET
    phone3: str | Unset | None = UNSET
    fax: str | Unset | None = UNSET
    contact_method: ContactDtoContactMethod | Unset | None = UNSET
    do_not_call: bool | Unset | None = UNSET
    do_not_fax: bool | Unset | None = UNSET
    do_not_email: bool | Unset | None = UNSET
    do_not_mail: bool | Unset | None = UNSET
    no_mass_mail: bool | Unset | None = UNSET
    no_marketing: bool | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    contact_id: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.display_name
        if _value is not UNSET:
            field_dict["displayName"] = _value
        _value = self.active
        if _value is not UNSET:
            field_dict["active"] = _value
        _value = self.title
        if _value is not UNSET:
            field_dict["title"] = _value
        _value = self.first_name
        if _value is not UNSET:
            field_dict["firstName"] = _value
        _value = self.last_name
        if _value is not UNSET:
            field_dict["lastName"] = _value
        _value = self.position
        if _value is not UNSET:
            field_dict["position"] = _value
        _value = self.business_account
        if _value is not UNSET:
            field_dict["businessAccount"] = _value
        _value = self.business_account_type
        if _value is not UNSET:
            field_dict["businessAccountType"] = _value
        _value = self.same_as_account
        if _value is not UNSET:
            field_dict["sameAsAccount"] = _value
        _value = self.address
        if _value is not UNSET:
            field_dict["address"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
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
        _value = self.phone3
        if _value is not UNSET:
            field_dict["phone3"] = _value
        _value = self.fax
        if _value is not UNSET:
            field_dict["fax"] = _value
        _value = self.contact_method
        if _value is not UNSET:
            field_dict["contactMethod"] = _value
        _value = self.do_not_call
        if _value is not UNSET:
            field_dict["doNotCall"] = _value
        _value = self.do_not_fax
        if _value is not UNSET:
            field_dict["doNotFax"] = _value
        _value = self.do_not_email
        if _value is not UNSET:
            field_dict["doNotEmail"] = _value
        _value = self.do_not_mail
        if _value is not UNSET:
            field_dict["doNotMail"] = _value
        _value = self.no_mass_mail
        if _value is not UNSET:
            field_dict["noMassMail"] = _value
        _value = self.no_marketing
        if _value is not UNSET:
            field_dict["noMarketing"] = _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.contact_id
        if _value is not UNSET:
            field_dict["contactId"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not ContactDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.display_name = _rest.pop("displayName", UNSET)
        self.active = _rest.pop("active", UNSET)
        self.title = _rest.pop("title", UNSET)
        self.first_name = _rest.pop("firstName", UNSET)
        self.last_name = _rest.pop("lastName", UNSET)
        self.position = _rest.pop("position", UNSET)
        self.business_account = _rest.pop("businessAccount", UNSET)
        self.business_account_type = _rest.pop("businessAccountType", UNSET)
        self.same_as_account = _rest.pop("sameAsAccount", UNSET)
        _value = _rest.pop("address", UNSET)
        self.address = (
            _models.AddressInContactDto._vn_fill(_new(_models.AddressInContactDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.email = _rest.pop("email", UNSET)
        self.web = _rest.pop("web", UNSET)
        self.phone1 = _rest.pop("phone1", UNSET)
        self.phone2 = _rest.pop("phone2", UNSET)
        self.phone3 = _rest.pop("phone3", UNSET)
        self.fax = _rest.pop("fax", UNSET)
        self.contact_method = _rest.pop("contactMethod", UNSET)
        self.do_not_call = _rest.pop("doNotCall", UNSET)
        self.do_not_fax = _rest.pop("doNotFax", UNSET)
        self.do_not_email = _rest.pop("doNotEmail", UNSET)
        self.do_not_mail = _rest.pop("doNotMail", UNSET)
        self.no_mass_mail = _rest.pop("noMassMail", UNSET)
        self.no_marketing = _rest.pop("noMarketing", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        self.contact_id = _rest.pop("contactId", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("display_name", "displayName", False, "str"),
        ("active", "active", False, "bool"),
        ("title", "title", False, "str"),
        ("first_name", "firstName", False, "str"),
        ("last_name", "lastName", False, "str"),
        ("position", "position", False, "str"),
        ("business_account", "businessAccount", False, "str"),
        ("business_account_type", "businessAccountType", False, "str"),
        ("same_as_account", "sameAsAccount", False, "bool"),
        ("address", "address", False, ("model", "AddressInContactDto")),
        ("email", "email", False, "str"),
        ("web", "web", False, "str"),
        ("phone1", "phone1", False, "str"),
        ("phone2", "phone2", False, "str"),
        ("phone3", "phone3", False, "str"),
        ("fax", "fax", False, "str"),
        ("contact_method", "contactMethod", False, "str"),
        ("do_not_call", "doNotCall", False, "bool"),
        ("do_not_fax", "doNotFax", False, "bool"),
        ("do_not_email", "doNotEmail", False, "bool"),
        ("do_not_mail", "doNotMail", False, "bool"),
        ("no_mass_mail", "noMassMail", False, "bool"),
        ("no_marketing", "noMarketing", False, "bool"),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
        ("contact_id", "contactId", False, "int"),
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


_Lazy = _lazy_twin(ContactDto)
