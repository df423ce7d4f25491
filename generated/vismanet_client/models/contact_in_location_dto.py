from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactInLocationDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
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
class ContactInLocationDto:
    """General information tab &gt; Location contact section &gt;

    Attributes:
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

    contact_id: int | Unset = UNSET
    name: str | Unset = UNSET
    attention: str | Unset = UNSET
    email: str | Unset = UNSET
    web: str | Unset = UNSET
    phone1: str | Unset = UNSET
    phone2: str | Unset = UNSET
    fax: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_id = self.contact_id

        name = self.name

        attention = self.attention

        email = self.email

        web = self.web

        phone1 = self.phone1

        phone2 = self.phone2

        fax = self.fax

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if name is not UNSET:
            field_dict["name"] = name
        if attention is not UNSET:
            field_dict["attention"] = attention
        if email is not UNSET:
            field_dict["email"] = email
        if web is not UNSET:
            field_dict["web"] = web
        if phone1 is not UNSET:
            field_dict["phone1"] = phone1
        if phone2 is not UNSET:
            field_dict["phone2"] = phone2
        if fax is not UNSET:
            field_dict["fax"] = fax

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.contact_id = _rest.pop("contactId", UNSET)
        _instance.name = _rest.pop("name", UNSET)
        _instance.attention = _rest.pop("attention", UNSET)
        _instance.email = _rest.pop("email", UNSET)
        _instance.web = _rest.pop("web", UNSET)
        _instance.phone1 = _rest.pop("phone1", UNSET)
        _instance.phone2 = _rest.pop("phone2", UNSET)
        _instance.fax = _rest.pop("fax", UNSET)
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
