from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="EInvoiceContractUpdateDto")


@_attrs_define
class EInvoiceContractUpdateDto:
    """
    Attributes:
        f_invoice_contract_id (DtoValueOfString | Unset):
        f_invoice_intermediator_id (DtoValueOfString | Unset):
    """

    f_invoice_contract_id: DtoValueOfString | Unset = UNSET
    f_invoice_intermediator_id: DtoValueOfString | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        f_invoice_contract_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.f_invoice_contract_id, Unset):
            f_invoice_contract_id = self.f_invoice_contract_id.to_dict()

        f_invoice_intermediator_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.f_invoice_intermediator_id, Unset):
            f_invoice_intermediator_id = self.f_invoice_intermediator_id.to_dict()

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
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _f_invoice_contract_id = d.pop("fInvoiceContractID", UNSET)
        f_invoice_contract_id: DtoValueOfString | Unset
        if isinstance(_f_invoice_contract_id, Unset):
            f_invoice_contract_id = UNSET
        else:
            f_invoice_contract_id = DtoValueOfString.from_dict(_f_invoice_contract_id)

        _f_invoice_intermediator_id = d.pop("fInvoiceIntermediatorID", UNSET)
        f_invoice_intermediator_id: DtoValueOfString | Unset
        if isinstance(_f_invoice_intermediator_id, Unset):
            f_invoice_intermediator_id = UNSET
        else:
            f_invoice_intermediator_id = DtoValueOfString.from_dict(_f_invoice_intermediator_id)

        e_invoice_contract_update_dto = cls(
            f_invoice_contract_id=f_invoice_contract_id,
            f_invoice_intermediator_id=f_invoice_intermediator_id,
        )

        e_invoice_contract_update_dto.additional_properties = d
        return e_invoice_contract_update_dto

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
