from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="SupplierGlAccountsUpdateDto")


@_attrs_define
class SupplierGlAccountsUpdateDto:
    """
    Attributes:
        supplier_account (DtoValueOfString | Unset):
        supplier_subaccount (DtoValueOfString | Unset):
        expense_account (DtoValueOfString | Unset):
        expense_account_non_tax (DtoValueOfString | Unset):
        expense_eu_account (DtoValueOfString | Unset):
        expense_account_import (DtoValueOfString | Unset):
        expense_subaccount (DtoValueOfString | Unset):
    """

    supplier_account: DtoValueOfString | Unset = UNSET
    supplier_subaccount: DtoValueOfString | Unset = UNSET
    expense_account: DtoValueOfString | Unset = UNSET
    expense_account_non_tax: DtoValueOfString | Unset = UNSET
    expense_eu_account: DtoValueOfString | Unset = UNSET
    expense_account_import: DtoValueOfString | Unset = UNSET
    expense_subaccount: DtoValueOfString | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        supplier_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier_account, Unset):
            supplier_account = self.supplier_account.to_dict()

        supplier_subaccount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier_subaccount, Unset):
            supplier_subaccount = self.supplier_subaccount.to_dict()

        expense_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense_account, Unset):
            expense_account = self.expense_account.to_dict()

        expense_account_non_tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense_account_non_tax, Unset):
            expense_account_non_tax = self.expense_account_non_tax.to_dict()

        expense_eu_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense_eu_account, Unset):
            expense_eu_account = self.expense_eu_account.to_dict()

        expense_account_import: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense_account_import, Unset):
            expense_account_import = self.expense_account_import.to_dict()

        expense_subaccount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense_subaccount, Unset):
            expense_subaccount = self.expense_subaccount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if supplier_account is not UNSET:
            field_dict["supplierAccount"] = supplier_account
        if supplier_subaccount is not UNSET:
            field_dict["supplierSubaccount"] = supplier_subaccount
        if expense_account is not UNSET:
            field_dict["expenseAccount"] = expense_account
        if expense_account_non_tax is not UNSET:
            field_dict["expenseAccountNonTax"] = expense_account_non_tax
        if expense_eu_account is not UNSET:
            field_dict["expenseEUAccount"] = expense_eu_account
        if expense_account_import is not UNSET:
            field_dict["expenseAccountImport"] = expense_account_import
        if expense_subaccount is not UNSET:
            field_dict["expenseSubaccount"] = expense_subaccount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _supplier_account = d.pop("supplierAccount", UNSET)
        supplier_account: DtoValueOfString | Unset
        if isinstance(_supplier_account, Unset):
            supplier_account = UNSET
        else:
            supplier_account = DtoValueOfString.from_dict(_supplier_account)

        _supplier_subaccount = d.pop("supplierSubaccount", UNSET)
        supplier_subaccount: DtoValueOfString | Unset
        if isinstance(_supplier_subaccount, Unset):
            supplier_subaccount = UNSET
        else:
            supplier_subaccount = DtoValueOfString.from_dict(_supplier_subaccount)

        _expense_account = d.pop("expenseAccount", UNSET)
        expense_account: DtoValueOfString | Unset
        if isinstance(_expense_account, Unset):
            expense_account = UNSET
        else:
            expense_account = DtoValueOfString.from_dict(_expense_account)

        _expense_account_non_tax = d.pop("expenseAccountNonTax", UNSET)
        expense_account_non_tax: DtoValueOfString | Unset
        if isinstance(_expense_account_non_tax, Unset):
            expense_account_non_tax = UNSET
        else:
            expense_account_non_tax = DtoValueOfString.from_dict(_expense_account_non_tax)

        _expense_eu_account = d.pop("expenseEUAccount", UNSET)
        expense_eu_account: DtoValueOfString | Unset
        if isinstance(_expense_eu_account, Unset):
            expense_eu_account = UNSET
        else:
            expense_eu_account = DtoValueOfString.from_dict(_expense_eu_account)

        _expense_account_import = d.pop("expenseAccountImport", UNSET)
        expense_account_import: DtoValueOfString | Unset
        if isinstance(_expense_account_import, Unset):
            expense_account_import = UNSET
        else:
            expense_account_import = DtoValueOfString.from_dict(_expense_account_import)

        _expense_subaccount = d.pop("expenseSubaccount", UNSET)
        expense_subaccount: DtoValueOfString | Unset
        if isinstance(_expense_subaccount, Unset):
            expense_subaccount = UNSET
        else:
            expense_subaccount = DtoValueOfString.from_dict(_expense_subaccount)

        supplier_gl_accounts_update_dto = cls(
            supplier_account=supplier_account,
            supplier_subaccount=supplier_subaccount,
            expense_account=expense_account,
            expense_account_non_tax=expense_account_non_tax,
            expense_eu_account=expense_eu_account,
            expense_account_import=expense_account_import,
            expense_subaccount=expense_subaccount,
        )

        supplier_gl_accounts_update_dto.additional_properties = d
        return supplier_gl_accounts_update_dto

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
