from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountsInFixedAssetTransactionDto")


@_attrs_define
class AccountsInFixedAssetTransactionDto:
    """The accounts used in this fixed asset transaction

    Attributes:
        debit_account_id (str | Unset): The debit account
        debit_sub_account_id (str | Unset): The debit sub account
        credit_account_id (str | Unset): The credit account
        credit_sub_account_id (str | Unset): The credit sub account
    """

    debit_account_id: str | Unset = UNSET
    debit_sub_account_id: str | Unset = UNSET
    credit_account_id: str | Unset = UNSET
    credit_sub_account_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        debit_account_id = self.debit_account_id

        debit_sub_account_id = self.debit_sub_account_id

        credit_account_id = self.credit_account_id

        credit_sub_account_id = self.credit_sub_account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if debit_account_id is not UNSET:
            field_dict["debitAccountID"] = debit_account_id
        if debit_sub_account_id is not UNSET:
            field_dict["debitSubAccountID"] = debit_sub_account_id
        if credit_account_id is not UNSET:
            field_dict["creditAccountID"] = credit_account_id
        if credit_sub_account_id is not UNSET:
            field_dict["creditSubAccountID"] = credit_sub_account_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        debit_account_id = d.pop("debitAccountID", UNSET)

        debit_sub_account_id = d.pop("debitSubAccountID", UNSET)

        credit_account_id = d.pop("creditAccountID", UNSET)

        credit_sub_account_id = d.pop("creditSubAccountID", UNSET)

        accounts_in_fixed_asset_transaction_dto = cls(
            debit_account_id=debit_account_id,
            debit_sub_account_id=debit_sub_account_id,
            credit_account_id=credit_account_id,
            credit_sub_account_id=credit_sub_account_id,
        )

        accounts_in_fixed_asset_transaction_dto.additional_properties = d
        return accounts_in_fixed_asset_transaction_dto

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
