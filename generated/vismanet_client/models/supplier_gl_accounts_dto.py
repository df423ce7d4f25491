from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.expense_account_import_in_supplier_gl_accounts_dto import ExpenseAccountImportInSupplierGlAccountsDto
    from ..models.expense_account_in_supplier_gl_accounts_dto import ExpenseAccountInSupplierGlAccountsDto
    from ..models.expense_account_non_tax_in_supplier_gl_accounts_dto import ExpenseAccountNonTaxInSupplierGlAccountsDto
    from ..models.expense_eu_account_in_supplier_gl_accounts_dto import ExpenseEUAccountInSupplierGlAccountsDto
    from ..models.expense_subaccount_in_supplier_gl_accounts_dto import ExpenseSubaccountInSupplierGlAccountsDto
    from ..models.supplier_account_in_supplier_gl_accounts_dto import SupplierAccountInSupplierGlAccountsDto
    from ..models.supplier_subaccount_in_supplier_gl_accounts_dto import SupplierSubaccountInSupplierGlAccountsDto


T = TypeVar("T", bound="SupplierGlAccountsDto")

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
class SupplierGlAccountsDto(GeneratedModel):
    """
    Attributes:
        supplier_account (SupplierAccountInSupplierGlAccountsDto | Unset): Mandatory field: Supplier account &gt; The
            liability account used to record the balance of supplier ledger transactions related to the supplier.
        supplier_subaccount (SupplierSubaccountInSupplierGlAccountsDto | Unset): Supplier sub &gt; The corresponding
            subaccount used to record the balance of supplier ledger transactions related to the supplier.
        expense_account (ExpenseAccountInSupplierGlAccountsDto | Unset): Expense account &gt; The expense account used
            to record expenses incurred for the supplier.
        expense_account_non_tax (ExpenseAccountNonTaxInSupplierGlAccountsDto | Unset): Expence acct, non-taxable &gt;
            The non-taxable expense account used to record expenses made to the suppliers of this class.
        expense_eu_account (ExpenseEUAccountInSupplierGlAccountsDto | Unset): Expence EU account &gt; The EU expense
            account used to record expenses made to the suppliers of this class.
        expense_account_import (ExpenseAccountImportInSupplierGlAccountsDto | Unset): Expense account, import &gt; The
            import expense account used to record expenses made to the suppliers of this class.
        expense_subaccount (ExpenseSubaccountInSupplierGlAccountsDto | Unset): Expense sub &gt; The corresponding
            subaccount used to record expenses incurred for the supplier.
    """

    supplier_account: SupplierAccountInSupplierGlAccountsDto | Unset | None = UNSET
    supplier_subaccount: SupplierSubaccountInSupplierGlAccountsDto | Unset | None = UNSET
    expense_account: ExpenseAccountInSupplierGlAccountsDto | Unset | None = UNSET
    expense_account_non_tax: ExpenseAccountNonTaxInSupplierGlAccountsDto | Unset | None = UNSET
    expense_eu_account: ExpenseEUAccountInSupplierGlAccountsDto | Unset | None = UNSET
    expense_account_import: ExpenseAccountImportInSupplierGlAccountsDto | Unset | None = UNSET
    expense_subaccount: ExpenseSubaccountInSupplierGlAccountsDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.supplier_account
        if _value is not UNSET:
            field_dict["supplierAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.supplier_subaccount
        if _value is not UNSET:
            field_dict["supplierSubaccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.expense_account
        if _value is not UNSET:
            field_dict["expenseAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.expense_account_non_tax
        if _value is not UNSET:
            field_dict["expenseAccountNonTax"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.expense_eu_account
        if _value is not UNSET:
            field_dict["expenseEUAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.expense_account_import
        if _value is not UNSET:
            field_dict["expenseAccountImport"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.expense_subaccount
        if _value is not UNSET:
            field_dict["expenseSubaccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not SupplierGlAccountsDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("supplierAccount", UNSET)
        self.supplier_account = (
            _models.SupplierAccountInSupplierGlAccountsDto._vn_fill(
                _new(_models.SupplierAccountInSupplierGlAccountsDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("supplierSubaccount", UNSET)
        self.supplier_subaccount = (
            _models.SupplierSubaccountInSupplierGlAccountsDto._vn_fill(
                _new(_models.SupplierSubaccountInSupplierGlAccountsDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("expenseAccount", UNSET)
        self.expense_account = (
            _models.ExpenseAccountInSupplierGlAccountsDto._vn_fill(
                _new(_models.ExpenseAccountInSupplierGlAccountsDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("expenseAccountNonTax", UNSET)
        self.expense_account_non_tax = (
            _models.ExpenseAccountNonTaxInSupplierGlAccountsDto._vn_fill(
                _new(_models.ExpenseAccountNonTaxInSupplierGlAccountsDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("expenseEUAccount", UNSET)
        self.expense_eu_account = (
            _models.ExpenseEUAccountInSupplierGlAccountsDto._vn_fill(
                _new(_models.ExpenseEUAccountInSupplierGlAccountsDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("expenseAccountImport", UNSET)
        self.expense_account_import = (
            _models.ExpenseAccountImportInSupplierGlAccountsDto._vn_fill(
                _new(_models.ExpenseAccountImportInSupplierGlAccountsDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("expenseSubaccount", UNSET)
        self.expense_subaccount = (
            _models.ExpenseSubaccountInSupplierGlAccountsDto._vn_fill(
                _new(_models.ExpenseSubaccountInSupplierGlAccountsDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("supplier_account", "supplierAccount", False, ("model", "SupplierAccountInSupplierGlAccountsDto")),
        ("supplier_subaccount", "supplierSubaccount", False, ("model", "SupplierSubaccountInSupplierGlAccountsDto")),
        ("expense_account", "expenseAccount", False, ("model", "ExpenseAccountInSupplierGlAccountsDto")),
        (
            "expense_account_non_tax",
            "expenseAccountNonTax",
            False,
            ("model", "ExpenseAccountNonTaxInSupplierGlAccountsDto"),
        ),
        ("expense_eu_account", "expenseEUAccount", False, ("model", "ExpenseEUAccountInSupplierGlAccountsDto")),
        (
            "expense_account_import",
            "expenseAccountImport",
            False,
            ("model", "ExpenseAccountImportInSupplierGlAccountsDto"),
        ),
        ("expense_subaccount", "expenseSubaccount", False, ("model", "ExpenseSubaccountInSupplierGlAccountsDto")),
    )
    _vn_extra = None

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


_Lazy = _lazy_twin(SupplierGlAccountsDto)
