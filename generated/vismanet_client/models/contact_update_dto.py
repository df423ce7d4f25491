from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("active", UNSET)
        _instance.active = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("title", UNSET)
        _instance.title = UNSET if _value is UNSET else _models.DtoValueOfEmployeeTitles.from_dict(_value)
        _value = _rest.pop("firstName", UNSET)
        _instance.first_name = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("lastName", UNSET)
        _instance.last_name = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("position", UNSET)
        _instance.position = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("businessAccount", UNSET)
        _instance.business_account = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("sameAsAccount", UNSET)
        _instance.same_as_account = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("address", UNSET)
        _instance.address = UNSET if _value is UNSET else _models.DtoValueOfAddressUpdateDto.from_dict(_value)
        _value = _rest.pop("email", UNSET)
        _instance.email = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("web", UNSET)
        _instance.web = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("phone1", UNSET)
        _instance.phone1 = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("phone2", UNSET)
        _instance.phone2 = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("phone3", UNSET)
        _instance.phone3 = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("fax", UNSET)
        _instance.fax = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("contactMethod", UNSET)
        _instance.contact_method = UNSET if _value is UNSET else _models.DtoValueOfContactMethods.from_dict(_value)
        _value = _rest.pop("doNotCall", UNSET)
        _instance.do_not_call = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("doNotFax", UNSET)
        _instance.do_not_fax = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("doNotEmail", UNSET)
        _instance.do_not_email = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("doNotMail", UNSET)
        _instance.do_not_mail = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("noMassMail", UNSET)
        _instance.no_mass_mail = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("noMarketing", UNSET)
        _instance.no_marketing = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
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
