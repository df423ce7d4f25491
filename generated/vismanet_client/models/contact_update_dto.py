from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_address_update_dto import DtoValueOfAddressUpdateDto
    from ..models.dto_value_of_boolean import DtoValueOfBoolean
    from ..models.dto_value_of_contact_methods import DtoValueOfContactMethods
    from ..models.dto_value_of_employee_titles import DtoValueOfEmployeeTitles
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="ContactUpdateDto")


@_attrs_define
class ContactUpdateDto:
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

    active: DtoValueOfBoolean | Unset = UNSET
    title: DtoValueOfEmployeeTitles | Unset = UNSET
    first_name: DtoValueOfString | Unset = UNSET
    last_name: DtoValueOfString | Unset = UNSET
    position: DtoValueOfString | Unset = UNSET
    business_account: DtoValueOfString | Unset = UNSET
    same_as_account: DtoValueOfBoolean | Unset = UNSET
    address: DtoValueOfAddressUpdateDto | Unset = UNSET
    email: DtoValueOfString | Unset = UNSET
    web: DtoValueOfString | Unset = UNSET
    phone1: DtoValueOfString | Unset = UNSET
    phone2: DtoValueOfString | Unset = UNSET
    phone3: DtoValueOfString | Unset = UNSET
    fax: DtoValueOfString | Unset = UNSET
    contact_method: DtoValueOfContactMethods | Unset = UNSET
    do_not_call: DtoValueOfBoolean | Unset = UNSET
    do_not_fax: DtoValueOfBoolean | Unset = UNSET
    do_not_email: DtoValueOfBoolean | Unset = UNSET
    do_not_mail: DtoValueOfBoolean | Unset = UNSET
    no_mass_mail: DtoValueOfBoolean | Unset = UNSET
    no_marketing: DtoValueOfBoolean | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active: dict[str, Any] | Unset = UNSET
        if not isinstance(self.active, Unset):
            active = self.active.to_dict()

        title: dict[str, Any] | Unset = UNSET
        if not isinstance(self.title, Unset):
            title = self.title.to_dict()

        first_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.first_name, Unset):
            first_name = self.first_name.to_dict()

        last_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_name, Unset):
            last_name = self.last_name.to_dict()

        position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.to_dict()

        business_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.business_account, Unset):
            business_account = self.business_account.to_dict()

        same_as_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.same_as_account, Unset):
            same_as_account = self.same_as_account.to_dict()

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = self.email.to_dict()

        web: dict[str, Any] | Unset = UNSET
        if not isinstance(self.web, Unset):
            web = self.web.to_dict()

        phone1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phone1, Unset):
            phone1 = self.phone1.to_dict()

        phone2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phone2, Unset):
            phone2 = self.phone2.to_dict()

        phone3: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phone3, Unset):
            phone3 = self.phone3.to_dict()

        fax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fax, Unset):
            fax = self.fax.to_dict()

        contact_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact_method, Unset):
            contact_method = self.contact_method.to_dict()

        do_not_call: dict[str, Any] | Unset = UNSET
        if not isinstance(self.do_not_call, Unset):
            do_not_call = self.do_not_call.to_dict()

        do_not_fax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.do_not_fax, Unset):
            do_not_fax = self.do_not_fax.to_dict()

        do_not_email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.do_not_email, Unset):
            do_not_email = self.do_not_email.to_dict()

        do_not_mail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.do_not_mail, Unset):
            do_not_mail = self.do_not_mail.to_dict()

        no_mass_mail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.no_mass_mail, Unset):
            no_mass_mail = self.no_mass_mail.to_dict()

        no_marketing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.no_marketing, Unset):
            no_marketing = self.no_marketing.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_address_update_dto import DtoValueOfAddressUpdateDto
        from ..models.dto_value_of_boolean import DtoValueOfBoolean
        from ..models.dto_value_of_contact_methods import DtoValueOfContactMethods
        from ..models.dto_value_of_employee_titles import DtoValueOfEmployeeTitles
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _active = d.pop("active", UNSET)
        active: DtoValueOfBoolean | Unset
        if isinstance(_active, Unset):
            active = UNSET
        else:
            active = DtoValueOfBoolean.from_dict(_active)

        _title = d.pop("title", UNSET)
        title: DtoValueOfEmployeeTitles | Unset
        if isinstance(_title, Unset):
            title = UNSET
        else:
            title = DtoValueOfEmployeeTitles.from_dict(_title)

        _first_name = d.pop("firstName", UNSET)
        first_name: DtoValueOfString | Unset
        if isinstance(_first_name, Unset):
            first_name = UNSET
        else:
            first_name = DtoValueOfString.from_dict(_first_name)

        _last_name = d.pop("lastName", UNSET)
        last_name: DtoValueOfString | Unset
        if isinstance(_last_name, Unset):
            last_name = UNSET
        else:
            last_name = DtoValueOfString.from_dict(_last_name)

        _position = d.pop("position", UNSET)
        position: DtoValueOfString | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = DtoValueOfString.from_dict(_position)

        _business_account = d.pop("businessAccount", UNSET)
        business_account: DtoValueOfString | Unset
        if isinstance(_business_account, Unset):
            business_account = UNSET
        else:
            business_account = DtoValueOfString.from_dict(_business_account)

        _same_as_account = d.pop("sameAsAccount", UNSET)
        same_as_account: DtoValueOfBoolean | Unset
        if isinstance(_same_as_account, Unset):
            same_as_account = UNSET
        else:
            same_as_account = DtoValueOfBoolean.from_dict(_same_as_account)

        _address = d.pop("address", UNSET)
        address: DtoValueOfAddressUpdateDto | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = DtoValueOfAddressUpdateDto.from_dict(_address)

        _email = d.pop("email", UNSET)
        email: DtoValueOfString | Unset
        if isinstance(_email, Unset):
            email = UNSET
        else:
            email = DtoValueOfString.from_dict(_email)

        _web = d.pop("web", UNSET)
        web: DtoValueOfString | Unset
        if isinstance(_web, Unset):
            web = UNSET
        else:
            web = DtoValueOfString.from_dict(_web)

        _phone1 = d.pop("phone1", UNSET)
        phone1: DtoValueOfString | Unset
        if isinstance(_phone1, Unset):
            phone1 = UNSET
        else:
            phone1 = DtoValueOfString.from_dict(_phone1)

        _phone2 = d.pop("phone2", UNSET)
        phone2: DtoValueOfString | Unset
        if isinstance(_phone2, Unset):
            phone2 = UNSET
        else:
            phone2 = DtoValueOfString.from_dict(_phone2)

        _phone3 = d.pop("phone3", UNSET)
        phone3: DtoValueOfString | Unset
        if isinstance(_phone3, Unset):
            phone3 = UNSET
        else:
            phone3 = DtoValueOfString.from_dict(_phone3)

        _fax = d.pop("fax", UNSET)
        fax: DtoValueOfString | Unset
        if isinstance(_fax, Unset):
            fax = UNSET
        else:
            fax = DtoValueOfString.from_dict(_fax)

        _contact_method = d.pop("contactMethod", UNSET)
        contact_method: DtoValueOfContactMethods | Unset
        if isinstance(_contact_method, Unset):
            contact_method = UNSET
        else:
            contact_method = DtoValueOfContactMethods.from_dict(_contact_method)

        _do_not_call = d.pop("doNotCall", UNSET)
        do_not_call: DtoValueOfBoolean | Unset
        if isinstance(_do_not_call, Unset):
            do_not_call = UNSET
        else:
            do_not_call = DtoValueOfBoolean.from_dict(_do_not_call)

        _do_not_fax = d.pop("doNotFax", UNSET)
        do_not_fax: DtoValueOfBoolean | Unset
        if isinstance(_do_not_fax, Unset):
            do_not_fax = UNSET
        else:
            do_not_fax = DtoValueOfBoolean.from_dict(_do_not_fax)

        _do_not_email = d.pop("doNotEmail", UNSET)
        do_not_email: DtoValueOfBoolean | Unset
        if isinstance(_do_not_email, Unset):
            do_not_email = UNSET
        else:
            do_not_email = DtoValueOfBoolean.from_dict(_do_not_email)

        _do_not_mail = d.pop("doNotMail", UNSET)
        do_not_mail: DtoValueOfBoolean | Unset
        if isinstance(_do_not_mail, Unset):
            do_not_mail = UNSET
        else:
            do_not_mail = DtoValueOfBoolean.from_dict(_do_not_mail)

        _no_mass_mail = d.pop("noMassMail", UNSET)
        no_mass_mail: DtoValueOfBoolean | Unset
        if isinstance(_no_mass_mail, Unset):
            no_mass_mail = UNSET
        else:
            no_mass_mail = DtoValueOfBoolean.from_dict(_no_mass_mail)

        _no_marketing = d.pop("noMarketing", UNSET)
        no_marketing: DtoValueOfBoolean | Unset
        if isinstance(_no_marketing, Unset):
            no_marketing = UNSET
        else:
            no_marketing = DtoValueOfBoolean.from_dict(_no_marketing)

        contact_update_dto = cls(
            active=active,
            title=title,
            first_name=first_name,
            last_name=last_name,
            position=position,
            business_account=business_account,
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
        )

        contact_update_dto.additional_properties = d
        return contact_update_dto

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
