from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountsInFixedAssetClassDto")


@_attrs_define
class AccountsInFixedAssetClassDto:
    """Default accounts for the fixed asset using this fixed asset class

    Attributes:
        account_id (str | Unset): The fixed asset account for this fixed asset
        sub_account_id (str | Unset): The sub account for this fixed asset
        accrual_account_id (str | Unset): The accrual account for this fixed asset
        accrual_sub_account_id (str | Unset): The accrual sub account for this fixed asset
        accumulated_depreciation_account_id (str | Unset): The accumulated depreciation account for this fixed asset
        accumulated_depreciation_sub_account_id (str | Unset): The accumulated depreciation sub for this fixed asset
        depreciated_expense_account_id (str | Unset): The depreciation expense account for this fixed asset
        depreciated_expense_sub_account_id (str | Unset): The depreciation expense sub for this fixed asset
        disposal_account_id (str | Unset): The proceeds account for this fixed asset
        disposal_sub_account_id (str | Unset): The proceeds sub for this fixed asset
        gain_account_id (str | Unset): The gain account for this fixed asset
        gain_sub_account_id (str | Unset): The gain sub for this fixed asset
        loss_account_id (str | Unset): The loss account for this fixed asset
        loss_sub_account_id (str | Unset): The loss sub for this fixed asset
        debit_account_id (str | Unset): The debit account
        debit_sub_account_id (str | Unset): The debit sub account
        credit_account_id (str | Unset): The credit account
        credit_sub_account_id (str | Unset): The credit sub account
    """

    account_id: str | Unset = UNSET
    sub_account_id: str | Unset = UNSET
    accrual_account_id: str | Unset = UNSET
    accrual_sub_account_id: str | Unset = UNSET
    accumulated_depreciation_account_id: str | Unset = UNSET
    accumulated_depreciation_sub_account_id: str | Unset = UNSET
    depreciated_expense_account_id: str | Unset = UNSET
    depreciated_expense_sub_account_id: str | Unset = UNSET
    disposal_account_id: str | Unset = UNSET
    disposal_sub_account_id: str | Unset = UNSET
    gain_account_id: str | Unset = UNSET
    gain_sub_account_id: str | Unset = UNSET
    loss_account_id: str | Unset = UNSET
    loss_sub_account_id: str | Unset = UNSET
    debit_account_id: str | Unset = UNSET
    debit_sub_account_id: str | Unset = UNSET
    credit_account_id: str | Unset = UNSET
    credit_sub_account_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        sub_account_id = self.sub_account_id

        accrual_account_id = self.accrual_account_id

        accrual_sub_account_id = self.accrual_sub_account_id

        accumulated_depreciation_account_id = self.accumulated_depreciation_account_id

        accumulated_depreciation_sub_account_id = self.accumulated_depreciation_sub_account_id

        depreciated_expense_account_id = self.depreciated_expense_account_id

        depreciated_expense_sub_account_id = self.depreciated_expense_sub_account_id

        disposal_account_id = self.disposal_account_id

        disposal_sub_account_id = self.disposal_sub_account_id

        gain_account_id = self.gain_account_id

        gain_sub_account_id = self.gain_sub_account_id

        loss_account_id = self.loss_account_id

        loss_sub_account_id = self.loss_sub_account_id

        debit_account_id = self.debit_account_id

        debit_sub_account_id = self.debit_sub_account_id

        credit_account_id = self.credit_account_id

        credit_sub_account_id = self.credit_sub_account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["accountID"] = account_id
        if sub_account_id is not UNSET:
            field_dict["subAccountID"] = sub_account_id
        if accrual_account_id is not UNSET:
            field_dict["accrualAccountID"] = accrual_account_id
        if accrual_sub_account_id is not UNSET:
            field_dict["accrualSubAccountID"] = accrual_sub_account_id
        if accumulated_depreciation_account_id is not UNSET:
            field_dict["accumulatedDepreciationAccountID"] = accumulated_depreciation_account_id
        if accumulated_depreciation_sub_account_id is not UNSET:
            field_dict["accumulatedDepreciationSubAccountID"] = accumulated_depreciation_sub_account_id
        if depreciated_expense_account_id is not UNSET:
            field_dict["depreciatedExpenseAccountID"] = depreciated_expense_account_id
        if depreciated_expense_sub_account_id is not UNSET:
            field_dict["depreciatedExpenseSubAccountID"] = depreciated_expense_sub_account_id
        if disposal_account_id is not UNSET:
            field_dict["disposalAccountID"] = disposal_account_id
        if disposal_sub_account_id is not UNSET:
            field_dict["disposalSubAccountID"] = disposal_sub_account_id
        if gain_account_id is not UNSET:
            field_dict["gainAccountID"] = gain_account_id
        if gain_sub_account_id is not UNSET:
            field_dict["gainSubAccountID"] = gain_sub_account_id
        if loss_account_id is not UNSET:
            field_dict["lossAccountID"] = loss_account_id
        if loss_sub_account_id is not UNSET:
            field_dict["lossSubAccountID"] = loss_sub_account_id
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
        account_id = d.pop("accountID", UNSET)

        sub_account_id = d.pop("subAccountID", UNSET)

        accrual_account_id = d.pop("accrualAccountID", UNSET)

        accrual_sub_account_id = d.pop("accrualSubAccountID", UNSET)

        accumulated_depreciation_account_id = d.pop("accumulatedDepreciationAccountID", UNSET)

        accumulated_depreciation_sub_account_id = d.pop("accumulatedDepreciationSubAccountID", UNSET)

        depreciated_expense_account_id = d.pop("depreciatedExpenseAccountID", UNSET)

        depreciated_expense_sub_account_id = d.pop("depreciatedExpenseSubAccountID", UNSET)

        disposal_account_id = d.pop("disposalAccountID", UNSET)

        disposal_sub_account_id = d.pop("disposalSubAccountID", UNSET)

        gain_account_id = d.pop("gainAccountID", UNSET)

        gain_sub_account_id = d.pop("gainSubAccountID", UNSET)

        loss_account_id = d.pop("lossAccountID", UNSET)

        loss_sub_account_id = d.pop("lossSubAccountID", UNSET)

        debit_account_id = d.pop("debitAccountID", UNSET)

        debit_sub_account_id = d.pop("debitSubAccountID", UNSET)

        credit_account_id = d.pop("creditAccountID", UNSET)

        credit_sub_account_id = d.pop("creditSubAccountID", UNSET)

        accounts_in_fixed_asset_class_dto = cls(
            account_id=account_id,
            sub_account_id=sub_account_id,
            accrual_account_id=accrual_account_id,
            accrual_sub_account_id=accrual_sub_account_id,
            accumulated_depreciation_account_id=accumulated_depreciation_account_id,
            accumulated_depreciation_sub_account_id=accumulated_depreciation_sub_account_id,
            depreciated_expense_account_id=depreciated_expense_account_id,
            depreciated_expense_sub_account_id=depreciated_expense_sub_account_id,
            disposal_account_id=disposal_account_id,
            disposal_sub_account_id=disposal_sub_account_id,
            gain_account_id=gain_account_id,
            gain_sub_account_id=gain_sub_account_id,
            loss_account_id=loss_account_id,
            loss_sub_account_id=loss_sub_account_id,
            debit_account_id=debit_account_id,
            debit_sub_account_id=debit_sub_account_id,
            credit_account_id=credit_account_id,
            credit_sub_account_id=credit_sub_account_id,
        )

        accounts_in_fixed_asset_class_dto.additional_properties = d
        return accounts_in_fixed_asset_class_dto

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
