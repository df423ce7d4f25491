from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReverseInvoiceActionDto")


@_attrs_define
class ReverseInvoiceActionDto:
    """
    Attributes:
        return_credit_note (bool | Unset):
    """

    return_credit_note: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return_credit_note = self.return_credit_note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if return_credit_note is not UNSET:
            field_dict["returnCreditNote"] = return_credit_note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        return_credit_note = d.pop("returnCreditNote", UNSET)

        reverse_invoice_action_dto = cls(
            return_credit_note=return_credit_note,
        )

        reverse_invoice_action_dto.additional_properties = d
        return reverse_invoice_action_dto

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
