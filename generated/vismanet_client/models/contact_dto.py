from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_dto_contact_method import ContactDtoContactMethod, check_contact_dto_contact_method
from ..models.contact_dto_title import ContactDtoTitle, check_contact_dto_title
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_in_contact_dto import AddressInContactDto


T = TypeVar("T", bound="ContactDto")


@_attrs_define
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
        from ..models.address_in_contact_dto import AddressInContactDto

        d = dict(src_dict)
        display_name = d.pop("displayName", UNSET)

        active = d.pop("active", UNSET)

        _title = d.pop("title", UNSET)
        title: ContactDtoTitle | Unset
        if isinstance(_title, Unset):
            title = UNSET
        else:
            title = check_contact_dto_title(_title)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        position = d.pop("position", UNSET)

        business_account = d.pop("businessAccount", UNSET)

        business_account_type = d.pop("businessAccountType", UNSET)

        same_as_account = d.pop("sameAsAccount", UNSET)

        _address = d.pop("address", UNSET)
        address: AddressInContactDto | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = AddressInContactDto.from_dict(_address)

        email = d.pop("email", UNSET)

        web = d.pop("web", UNSET)

        phone1 = d.pop("phone1", UNSET)

        phone2 = d.pop("phone2", UNSET)

        phone3 = d.pop("phone3", UNSET)

        fax = d.pop("fax", UNSET)

        _contact_method = d.pop("contactMethod", UNSET)
        contact_method: ContactDtoContactMethod | Unset
        if isinstance(_contact_method, Unset):
            contact_method = UNSET
        else:
            contact_method = check_contact_dto_contact_method(_contact_method)

        do_not_call = d.pop("doNotCall", UNSET)

        do_not_fax = d.pop("doNotFax", UNSET)

        do_not_email = d.pop("doNotEmail", UNSET)

        do_not_mail = d.pop("doNotMail", UNSET)

        no_mass_mail = d.pop("noMassMail", UNSET)

        no_marketing = d.pop("noMarketing", UNSET)

        _last_modified_date_time = d.pop("lastModifiedDateTime", UNSET)
        last_modified_date_time: datetime.datetime | Unset
        if isinstance(_last_modified_date_time, Unset):
            last_modified_date_time = UNSET
        else:
            last_modified_date_time = datetime.datetime.fromisoformat(_last_modified_date_time)

        contact_id = d.pop("contactId", UNSET)

        contact_dto = cls(
            display_name=display_name,
            active=active,
            title=title,
            first_name=first_name,
            last_name=last_name,
            position=position,
            business_account=business_account,
            business_account_type=business_account_type,
            same_as_account=same_as_account,
            address=address,
            email=email,
            web=web,
            phone1=phone1,
            phone2=phone2,
            phone3=phone3,
            fax=fax,
            contact_method=contact_method,
            do_not_call=do_not_call,
            do_not_fax=do_not_fax,
            do_not_email=do_not_email,
            do_not_mail=do_not_mail,
            no_mass_mail=no_mass_mail,
            no_marketing=no_marketing,
            last_modified_date_time=last_modified_date_time,
            contact_id=contact_id,
        )

        contact_dto.additional_properties = d
        return contact_dto

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
