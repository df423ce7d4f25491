from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="ContactInfoUpdateDto")


@_attrs_define
class ContactInfoUpdateDto:
    """
    Attributes:
        name (DtoValueOfString | Unset):
        attention (DtoValueOfString | Unset):
        email (DtoValueOfString | Unset):
        web (DtoValueOfString | Unset):
        phone1 (DtoValueOfString | Unset):
        phone2 (DtoValueOfString | Unset):
        fax (DtoValueOfString | Unset):
    """

    name: DtoValueOfString | Unset = UNSET
    attention: DtoValueOfString | Unset = UNSET
    email: DtoValueOfString | Unset = UNSET
    web: DtoValueOfString | Unset = UNSET
    phone1: DtoValueOfString | Unset = UNSET
    phone2: DtoValueOfString | Unset = UNSET
    fax: DtoValueOfString | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        attention: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attention, Unset):
            attention = self.attention.to_dict()

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

        fax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fax, Unset):
            fax = self.fax.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _name = d.pop("name", UNSET)
        name: DtoValueOfString | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = DtoValueOfString.from_dict(_name)

        _attention = d.pop("attention", UNSET)
        attention: DtoValueOfString | Unset
        if isinstance(_attention, Unset):
            attention = UNSET
        else:
            attention = DtoValueOfString.from_dict(_attention)

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

        _fax = d.pop("fax", UNSET)
        fax: DtoValueOfString | Unset
        if isinstance(_fax, Unset):
            fax = UNSET
        else:
            fax = DtoValueOfString.from_dict(_fax)

        contact_info_update_dto = cls(
            name=name,
            attention=attention,
            email=email,
            web=web,
            phone1=phone1,
            phone2=phone2,
            fax=fax,
        )

        contact_info_update_dto.additional_properties = d
        return contact_info_update_dto

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
