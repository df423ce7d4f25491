from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReverseCashTransactionActionDto")


@_attrs_define
class ReverseCashTransactionActionDto:
    """
    Attributes:
        return_cash_transaction (bool | Unset):
    """

    return_cash_transaction: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return_cash_transaction = self.return_cash_transaction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if return_cash_transaction is not UNSET:
            field_dict["returnCashTransaction"] = return_cash_transaction

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        return_cash_transaction = d.pop("returnCashTransaction", UNSET)

        reverse_cash_transaction_action_dto = cls(
            return_cash_transaction=return_cash_transaction,
        )

        reverse_cash_transaction_action_dto.additional_properties = d
        return reverse_cash_transaction_action_dto

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
