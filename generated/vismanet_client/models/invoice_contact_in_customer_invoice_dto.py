from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceContactInCustomerInvoiceDto")


@_attrs_define
class InvoiceContactInCustomerInvoiceDto:
    """The Invoice address tab &gt; The Invoice contact section.

    Attributes:
        contact_id (int | Unset):
        business_name (str | Unset):
        attention (str | Unset):
        email (str | Unset):
        phone1 (str | Unset):
        override_contact (bool | Unset):
    """

    contact_id: int | Unset = UNSET
    business_name: str | Unset = UNSET
    attention: str | Unset = UNSET
    email: str | Unset = UNSET
    phone1: str | Unset = UNSET
    override_contact: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_id = self.contact_id

        business_name = self.business_name

        attention = self.attention

        email = self.email

        phone1 = self.phone1

        override_contact = self.override_contact

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if business_name is not UNSET:
            field_dict["businessName"] = business_name
        if attention is not UNSET:
            field_dict["attention"] = attention
        if email is not UNSET:
            field_dict["email"] = email
        if phone1 is not UNSET:
            field_dict["phone1"] = phone1
        if override_contact is not UNSET:
            field_dict["overrideContact"] = override_contact

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        contact_id = d.pop("contactId", UNSET)

        business_name = d.pop("businessName", UNSET)

        attention = d.pop("attention", UNSET)

        email = d.pop("email", UNSET)

        phone1 = d.pop("phone1", UNSET)

        override_contact = d.pop("overrideContact", UNSET)

        invoice_contact_in_customer_invoice_dto = cls(
            contact_id=contact_id,
            business_name=business_name,
            attention=attention,
            email=email,
            phone1=phone1,
            override_contact=override_contact,
        )

        invoice_contact_in_customer_invoice_dto.additional_properties = d
        return invoice_contact_in_customer_invoice_dto

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
