from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.contact_dto_contact_method import ContactDtoContactMethod
from ..models.contact_dto_title import ContactDtoTitle
from ..types import UNSET, Unset

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
class ContactDto:
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

    display_name: str | Unset = UNSET
    active: bool | Unset = UNSET
    title: ContactDtoTitle | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    position: str | Unset = UNSET
    business_account: str | Unset = UNSET
    business_account_type: str | Unset = UNSET
    same_as_account: bool | Unset = UNSET
    address: AddressInContactDto | Unset = UNSET
    email: str | Unset = UNSET
    web: str | Unset = UNSET
    phone1: str | Unset = UNSET
    phone2: str | Unset = UNSET
    phone3: str | Unset = UNSET
    fax: str | Unset = UNSET
    contact_method: ContactDtoContactMethod | Unset = UNSET
    do_not_call: bool | Unset = UNSET
    do_not_fax: bool | Unset = UNSET
    do_not_email: bool | Unset = UNSET
    do_not_mail: bool | Unset = UNSET
    no_mass_mail: bool | Unset = UNSET
    no_marketing: bool | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    contact_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        active = self.active

        title: str | Unset = UNSET
        if not isinstance(self.title, Unset):
            title = self.title

        first_name = self.first_name

        last_name = self.last_name

        position = self.position

        business_account = self.business_account

        business_account_type = self.business_account_type

        same_as_account = self.same_as_account

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        email = self.email

        web = self.web

        phone1 = self.phone1

        phone2 = self.phone2

        phone3 = self.phone3

        fax = self.fax

        contact_method: str | Unset = UNSET
        if not isinstance(self.contact_method, Unset):
            contact_method = self.contact_method

        do_not_call = self.do_not_call

        do_not_fax = self.do_not_fax

        do_not_email = self.do_not_email

        do_not_mail = self.do_not_mail

        no_mass_mail = self.no_mass_mail

        no_marketing = self.no_marketing

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        contact_id = self.contact_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if active is not UNSET:
            field_dict["active"] = active
        if title is not UNSET:
            field_dict["title"] = title
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if position is not UNSET:
            field_dict["position"] = position
        if business_account is not UNSET:
            field_dict["businessAccount"] = business_account
        if business_account_type is not UNSET:
            field_dict["businessAccountType"] = business_account_type
        if same_as_account is not UNSET:
            field_dict["sameAsAccount"] = same_as_account
        if address is not UNSET:
            field_dict["address"] = address
        if email is not UNSET:
            field_dict["email"] = email
        if web is not UNSET:
            field_dict["web"] = web
        if phone1 is not UNSET:
            field_dict["phone1"] = phone1
        if phone2 is not UNSET:
            field_dict["phone2"] = phone2
        if phone3 is not UNSET:
            field_dict["phone3"] = phone3
        if fax is not UNSET:
            field_dict["fax"] = fax
        if contact_method is not UNSET:
            field_dict["contactMethod"] = contact_method
        if do_not_call is not UNSET:
            field_dict["doNotCall"] = do_not_call
        if do_not_fax is not UNSET:
            field_dict["doNotFax"] = do_not_fax
        if do_not_email is not UNSET:
            field_dict["doNotEmail"] = do_not_email
        if do_not_mail is not UNSET:
            field_dict["doNotMail"] = do_not_mail
        if no_mass_mail is not UNSET:
            field_dict["noMassMail"] = no_mass_mail
        if no_marketing is not UNSET:
            field_dict["noMarketing"] = no_marketing
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.display_name = _rest.pop("displayName", UNSET)
        _instance.active = _rest.pop("active", UNSET)
        _instance.title = _rest.pop("title", UNSET)
        _instance.first_name = _rest.pop("firstName", UNSET)
        _instance.last_name = _rest.pop("lastName", UNSET)
        _instance.position = _rest.pop("position", UNSET)
        _instance.business_account = _rest.pop("businessAccount", UNSET)
        _instance.business_account_type = _rest.pop("businessAccountType", UNSET)
        _instance.same_as_account = _rest.pop("sameAsAccount", UNSET)
        _value = _rest.pop("address", UNSET)
        _instance.address = UNSET if _value is UNSET else _models.AddressInContactDto.from_dict(_value)
        _instance.email = _rest.pop("email", UNSET)
        _instance.web = _rest.pop("web", UNSET)
        _instance.phone1 = _rest.pop("phone1", UNSET)
        _instance.phone2 = _rest.pop("phone2", UNSET)
        _instance.phone3 = _rest.pop("phone3", UNSET)
        _instance.fax = _rest.pop("fax", UNSET)
        _instance.contact_method = _rest.pop("contactMethod", UNSET)
        _instance.do_not_call = _rest.pop("doNotCall", UNSET)
        _instance.do_not_fax = _rest.pop("doNotFax", UNSET)
        _instance.do_not_email = _rest.pop("doNotEmail", UNSET)
        _instance.do_not_mail = _rest.pop("doNotMail", UNSET)
        _instance.no_mass_mail = _rest.pop("noMassMail", UNSET)
        _instance.no_marketing = _rest.pop("noMarketing", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.contact_id = _rest.pop("contactId", UNSET)
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
