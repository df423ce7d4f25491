from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="SalesInvoiceContactUpdateDto")


@_attrs_define
class SalesInvoiceContactUpdateDto:
    """
    Attributes:
        override_contact (DtoValueOfNullableOfBoolean | Unset):
        name (DtoValueOfString | Unset):
        attention (DtoValueOfString | Unset):
        email (DtoValueOfString | Unset):
        phone1 (DtoValueOfString | Unset):
    """

    override_contact: DtoValueOfNullableOfBoolean | Unset = UNSET
    name: DtoValueOfString | Unset = UNSET
    attention: DtoValueOfString | Unset = UNSET
    email: DtoValueOfString | Unset = UNSET
    phone1: DtoValueOfString | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        override_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.override_contact, Unset):
            override_contact = self.override_contact.to_dict()

        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        attention: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attention, Unset):
            attention = self.attention.to_dict()

        email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = self.email.to_dict()

        phone1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phone1, Unset):
            phone1 = self.phone1.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if override_contact is not UNSET:
            field_dict["overrideContact"] = override_contact
        if name is not UNSET:
            field_dict["name"] = name
        if attention is not UNSET:
            field_dict["attention"] = attention
        if email is not UNSET:
            field_dict["email"] = email
        if phone1 is not UNSET:
            field_dict["phone1"] = phone1

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _override_contact = d.pop("overrideContact", UNSET)
        override_contact: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_override_contact, Unset):
            override_contact = UNSET
        else:
            override_contact = DtoValueOfNullableOfBoolean.from_dict(_override_contact)

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

        _phone1 = d.pop("phone1", UNSET)
        phone1: DtoValueOfString | Unset
        if isinstance(_phone1, Unset):
            phone1 = UNSET
        else:
            phone1 = DtoValueOfString.from_dict(_phone1)

        sales_invoice_contact_update_dto = cls(
            override_contact=override_contact,
            name=name,
            attention=attention,
            email=email,
            phone1=phone1,
        )

        sales_invoice_contact_update_dto.additional_properties = d
        return sales_invoice_contact_update_dto

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
