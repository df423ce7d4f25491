from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EInvoiceContractInCustomerDto")


@_attrs_define
class EInvoiceContractInCustomerDto:
    """Other invoice settings tab.

    Attributes:
        f_invoice_contract_id (str | Unset):
        f_invoice_intermediator_id (str | Unset):
    """

    f_invoice_contract_id: str | Unset = UNSET
    f_invoice_intermediator_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        f_invoice_contract_id = self.f_invoice_contract_id

        f_invoice_intermediator_id = self.f_invoice_intermediator_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if f_invoice_contract_id is not UNSET:
            field_dict["fInvoiceContractID"] = f_invoice_contract_id
        if f_invoice_intermediator_id is not UNSET:
            field_dict["fInvoiceIntermediatorID"] = f_invoice_intermediator_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        f_invoice_contract_id = d.pop("fInvoiceContractID", UNSET)

        f_invoice_intermediator_id = d.pop("fInvoiceIntermediatorID", UNSET)

        e_invoice_contract_in_customer_dto = cls(
            f_invoice_contract_id=f_invoice_contract_id,
            f_invoice_intermediator_id=f_invoice_intermediator_id,
        )

        e_invoice_contract_in_customer_dto.additional_properties = d
        return e_invoice_contract_in_customer_dto

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
