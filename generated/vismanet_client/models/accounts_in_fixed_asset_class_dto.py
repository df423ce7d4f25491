from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountsInFixedAssetClassDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "account_id",
    "sub_account_id",
    "accrual_account_id",
    "accrual_sub_account_id",
    "accumulated_depreciation_account_id",
    "accumulated_depreciation_sub_account_id",
    "depreciated_expense_account_id",
    "depreciated_expense_sub_account_id",
    "disposal_account_id",
    "disposal_sub_account_id",
    "gain_account_id",
    "gain_sub_account_id",
    "loss_account_id",
    "loss_sub_account_id",
    "debit_account_id",
    "debit_sub_account_id",
    "credit_account_id",
    "credit_sub_account_id",
)


@_attrs_define(repr=False)
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.account_id = _rest.pop("accountID", UNSET)
        _instance.sub_account_id = _rest.pop("subAccountID", UNSET)
        _instance.accrual_account_id = _rest.pop("accrualAccountID", UNSET)
        _instance.accrual_sub_account_id = _rest.pop("accrualSubAccountID", UNSET)
        _instance.accumulated_depreciation_account_id = _rest.pop("accumulatedDepreciationAccountID", UNSET)
        _instance.accumulated_depreciation_sub_account_id = _rest.pop("accumulatedDepreciationSubAccountID", UNSET)
        _instance.depreciated_expense_account_id = _rest.pop("depreciatedExpenseAccountID", UNSET)
        _instance.depreciated_expense_sub_account_id = _rest.pop("depreciatedExpenseSubAccountID", UNSET)
        _instance.disposal_account_id = _rest.pop("disposalAccountID", UNSET)
        _instance.disposal_sub_account_id = _rest.pop("disposalSubAccountID", UNSET)
        _instance.gain_account_id = _rest.pop("gainAccountID", UNSET)
        _instance.gain_sub_account_id = _rest.pop("gainSubAccountID", UNSET)
        _instance.loss_account_id = _rest.pop("lossAccountID", UNSET)
        _instance.loss_sub_account_id = _rest.pop("lossSubAccountID", UNSET)
        _instance.debit_account_id = _rest.pop("debitAccountID", UNSET)
        _instance.debit_sub_account_id = _rest.pop("debitSubAccountID", UNSET)
        _instance.credit_account_id = _rest.pop("creditAccountID", UNSET)
        _instance.credit_sub_account_id = _rest.pop("creditSubAccountID", UNSET)
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
