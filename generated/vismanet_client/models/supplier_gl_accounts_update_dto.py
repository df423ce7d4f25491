from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="SupplierGlAccountsUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "supplier_account",
    "supplier_subaccount",
    "expense_account",
    "expense_account_non_tax",
    "expense_eu_account",
    "expense_account_import",
    "expense_subaccount",
)


@_attrs_define(repr=False)
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("supplierAccount", UNSET)
        _instance.supplier_account = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("supplierSubaccount", UNSET)
        _instance.supplier_subaccount = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("expenseAccount", UNSET)
        _instance.expense_account = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("expenseAccountNonTax", UNSET)
        _instance.expense_account_non_tax = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("expenseEUAccount", UNSET)
        _instance.expense_eu_account = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("expenseAccountImport", UNSET)
        _instance.expense_account_import = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("expenseSubaccount", UNSET)
        _instance.expense_subaccount = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
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
