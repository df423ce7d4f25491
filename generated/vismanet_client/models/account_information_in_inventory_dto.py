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
    from ..models.cogs_account_in_inventory_account_information_dto import CogsAccountInInventoryAccountInformationDto
    from ..models.cogs_subaccount_in_inventory_account_information_dto import (
        CogsSubaccountInInventoryAccountInformationDto,
    )
    from ..models.expense_account_in_inventory_account_information_dto import (
        ExpenseAccountInInventoryAccountInformationDto,
    )
    from ..models.expense_accrual_account_in_inventory_account_information_dto import (
        ExpenseAccrualAccountInInventoryAccountInformationDto,
    )
    from ..models.expense_eu_account_in_inventory_account_information_dto import (
        ExpenseEuAccountInInventoryAccountInformationDto,
    )
    from ..models.expense_import_account_in_inventory_account_information_dto import (
        ExpenseImportAccountInInventoryAccountInformationDto,
    )
    from ..models.expense_non_taxable_account_in_inventory_account_information_dto import (
        ExpenseNonTaxableAccountInInventoryAccountInformationDto,
    )
    from ..models.expense_subaccount_in_inventory_account_information_dto import (
        ExpenseSubaccountInInventoryAccountInformationDto,
    )
    from ..models.inventory_account_in_inventory_account_information_dto import (
        InventoryAccountInInventoryAccountInformationDto,
    )
    from ..models.sales_account_in_inventory_account_information_dto import SalesAccountInInventoryAccountInformationDto
    from ..models.sales_eu_account_in_inventory_account_information_dto import (
        SalesEuAccountInInventoryAccountInformationDto,
    )
    from ..models.sales_export_account_in_inventory_account_information_dto import (
        SalesExportAccountInInventoryAccountInformationDto,
    )
    from ..models.sales_non_taxable_account_in_inventory_account_information_dto import (
        SalesNonTaxableAccountInInventoryAccountInformationDto,
    )
    from ..models.sales_subaccount_in_inventory_account_information_dto import (
        SalesSubaccountInInventoryAccountInformationDto,
    )


T = TypeVar("T", bound="AccountInformationInInventoryDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "expense_accrual_account",
    "inventory_account",
    "expense_account",
    "cogs_account",
    "expense_non_taxable_account",
    "expense_eu_account",
    "expense_import_account",
    "expense_subaccount",
    "cogs_subaccount",
    "sales_account",
    "sales_non_taxable_account",
    "sales_eu_account",
    "sales_export_account",
    "sales_subaccount",
)


@_attrs_define(repr=False)
class AccountInformationInInventoryDto(GeneratedModel):
    """General ledger account tab &gt;

    Attributes:
        expense_accrual_account (ExpenseAccrualAccountInInventoryAccountInformationDto | Unset): Only used for Non-stock
            items.
            Purchase accrual account &gt; Purchase order accrual account &gt; The liability account to be used for this
            stock item to accrue amounts on purchase orders related to this item.
        inventory_account (InventoryAccountInInventoryAccountInformationDto | Unset): Only used for Stock items.
            Inventory account &gt; The asset account to be used to keep the inventory balance resulting from transactions
            with this stock item.
        expense_account (ExpenseAccountInInventoryAccountInformationDto | Unset): Only used for Non-stock items.
            Mandatory field: Expense account* &gt; The default expense account to be used for this non-stock item.
        cogs_account (CogsAccountInInventoryAccountInformationDto | Unset): Only used for Stock items.
            COGS account &gt; The expense account to be used for this stock item to record the cost of goods sold (COGS)
            once the sales order is released.
        expense_non_taxable_account (ExpenseNonTaxableAccountInInventoryAccountInformationDto | Unset): Expense account,
            non-taxable &gt; The income account to be used for this stock item to record non-taxable expenses.
        expense_eu_account (ExpenseEuAccountInInventoryAccountInformationDto | Unset): Expense EU account &gt; The
            income account to be used for this stock item to record EU expenses.
        expense_import_account (ExpenseImportAccountInInventoryAccountInformationDto | Unset): Expense account, import
            &gt; The income account to be used for this stock item to record import expenses.
        expense_subaccount (ExpenseSubaccountInInventoryAccountInformationDto | Unset): Only used for Non-stock items.
            Mandatory field: Expense sub* &gt; The subaccount to be used by default with the expense account for
            transactions related to this non-stock item.
        cogs_subaccount (CogsSubaccountInInventoryAccountInformationDto | Unset): Only used for Stock items.
            COGS sub. &gt; The subaccount to be used for this item with the COGS account.
        sales_account (SalesAccountInInventoryAccountInformationDto | Unset): Mandatory field: Sales account *&gt; The
            income account to be used for this stock item to record sales.
        sales_non_taxable_account (SalesNonTaxableAccountInInventoryAccountInformationDto | Unset): Sales - non-taxable
            account &gt; The income account to be used for this stock item to record non-taxable sales.
        sales_eu_account (SalesEuAccountInInventoryAccountInformationDto | Unset): Sales - EU account &gt; The income
            account to be used for this stock item to record EU sales.
        sales_export_account (SalesExportAccountInInventoryAccountInformationDto | Unset): Sales - export account &gt;
            The income account to be used for this stock item to record export sales.
        sales_subaccount (SalesSubaccountInInventoryAccountInformationDto | Unset): Mandatory field: Sales sub. *&gt;
            The subaccount to be used for this item to record sales.
    """

    expense_accrual_account: ExpenseAccrualAccountInInventoryAccountInformationDto | Unset | None = UNSET
    inventory_account: InventoryAccountInInventoryAccountInformationDto | Unset | None = UNSET
    expense_account: ExpenseAccountInInventoryAccountInformationDto | Unset | None = UNSET
    cogs_account: CogsAccountInInventoryAccountInformationDto | Unset | None = UNSET
    expense_non_taxable_account: ExpenseNonTaxableAccountInInventoryAccountInformationDto | Unset | None = UNSET
    expense_eu_account: ExpenseEuAccountInInventoryAccountInformationDto | Unset | None = UNSET
    expense_import_account: ExpenseImportAccountInInventoryAccountInformationDto | Unset | None = UNSET
    expense_subaccount: ExpenseSubaccountInInventoryAccountInformationDto | Unset | None = UNSET
    cogs_subaccount: CogsSubaccountInInventoryAccountInformationDto | Unset | None = UNSET
    sales_account: SalesAccountInInventoryAccountInformationDto | Unset | None = UNSET
    sales_non_taxable_account: SalesNonTaxableAccountInInventoryAccountInformationDto | Unset | None = UNSET
    sales_eu_account: SalesEuAccountInInventoryAccountInformationDto | Unset | None = UNSET
    sales_export_account: SalesExportAccountInInventoryAccountInformationDto | Unset | None = UNSET
    sales_subaccount: SalesSubaccountInInventoryAccountInformationDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.expense_accrual_account
        if _value is not UNSET:
            field_dict["expenseAccrualAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.inventory_account
        if _value is not UNSET:
            field_dict["inventoryAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.expense_account
        if _value is not UNSET:
            field_dict["expenseAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.cogs_account
        if _value is not UNSET:
            field_dict["cogsAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.expense_non_taxable_account
        if _value is not UNSET:
            field_dict["expenseNonTaxableAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.expense_eu_account
        if _value is not UNSET:
            field_dict["expenseEuAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.expense_import_account
        if _value is not UNSET:
            field_dict["expenseImportAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.expense_subaccount
        if _value is not UNSET:
            field_dict["expenseSubaccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.cogs_subaccount
        if _value is not UNSET:
            field_dict["cogsSubaccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.sales_account
        if _value is not UNSET:
            field_dict["salesAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.sales_non_taxable_account
        if _value is not UNSET:
            field_dict["salesNonTaxableAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.sales_eu_account
        if _value is not UNSET:
            field_dict["salesEuAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.sales_export_account
        if _value is not UNSET:
            field_dict["salesExportAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.sales_subaccount
        if _value is not UNSET:
            field_dict["salesSubaccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not AccountInformationInInventoryDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("expenseAccrualAccount", UNSET)
        self.expense_accrual_account = (
            _models.ExpenseAccrualAccountInInventoryAccountInformationDto._vn_fill(
                _new(_models.ExpenseAccrualAccountInInventoryAccountInformationDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("inventoryAccount", UNSET)
        self.inventory_account = (
            _models.InventoryAccountInInventoryAccountInformationDto._vn_fill(
                _new(_models.InventoryAccountInInventoryAccountInformationDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("expenseAccount", UNSET)
        self.expense_account = (
            _models.ExpenseAccountInInventoryAccountInformationDto._vn_fill(
                _new(_models.ExpenseAccountInInventoryAccountInformationDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("cogsAccount", UNSET)
        self.cogs_account = (
            _models.CogsAccountInInventoryAccountInformationDto._vn_fill(
                _new(_models.CogsAccountInInventoryAccountInformationDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("expenseNonTaxableAccount", UNSET)
        self.expense_non_taxable_account = (
            _models.ExpenseNonTaxableAccountInInventoryAccountInformationDto._vn_fill(
                _new(_models.ExpenseNonTaxableAccountInInventoryAccountInformationDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("expenseEuAccount", UNSET)
        self.expense_eu_account = (
            _models.ExpenseEuAccountInInventoryAccountInformationDto._vn_fill(
                _new(_models.ExpenseEuAccountInInventoryAccountInformationDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("expenseImportAccount", UNSET)
        self.expense_import_account = (
            _models.ExpenseImportAccountInInventoryAccountInformationDto._vn_fill(
                _new(_models.ExpenseImportAccountInInventoryAccountInformationDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("expenseSubaccount", UNSET)
        self.expense_subaccount = (
            _models.ExpenseSubaccountInInventoryAccountInformationDto._vn_fill(
                _new(_models.ExpenseSubaccountInInventoryAccountInformationDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("cogsSubaccount", UNSET)
        self.cogs_subaccount = (
            _models.CogsSubaccountInInventoryAccountInformationDto._vn_fill(
                _new(_models.CogsSubaccountInInventoryAccountInformationDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("salesAccount", UNSET)
        self.sales_account = (
            _models.SalesAccountInInventoryAccountInformationDto._vn_fill(
                _new(_models.SalesAccountInInventoryAccountInformationDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("salesNonTaxableAccount", UNSET)
        self.sales_non_taxable_account = (
            _models.SalesNonTaxableAccountInInventoryAccountInformationDto._vn_fill(
                _new(_models.SalesNonTaxableAccountInInventoryAccountInformationDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("salesEuAccount", UNSET)
        self.sales_eu_account = (
            _models.SalesEuAccountInInventoryAccountInformationDto._vn_fill(
                _new(_models.SalesEuAccountInInventoryAccountInformationDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("salesExportAccount", UNSET)
        self.sales_export_account = (
            _models.SalesExportAccountInInventoryAccountInformationDto._vn_fill(
                _new(_models.SalesExportAccountInInventoryAccountInformationDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("salesSubaccount", UNSET)
        self.sales_subaccount = (
            _models.SalesSubaccountInInventoryAccountInformationDto._vn_fill(
                _new(_models.SalesSubaccountInInventoryAccountInformationDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        (
            "expense_accrual_account",
            "expenseAccrualAccount",
            False,
            ("model", "ExpenseAccrualAccountInInventoryAccountInformationDto"),
        ),
        ("inventory_account", "inventoryAccount", False, ("model", "InventoryAccountInInventoryAccountInformationDto")),
        ("expense_account", "expenseAccount", False, ("model", "ExpenseAccountInInventoryAccountInformationDto")),
        ("cogs_account", "cogsAccount", False, ("model", "CogsAccountInInventoryAccountInformationDto")),
        (
            "expense_non_taxable_account",
            "expenseNonTaxableAccount",
            False,
            ("model", "ExpenseNonTaxableAccountInInventoryAccountInformationDto"),
        ),
        (
            "expense_eu_account",
            "expenseEuAccount",
            False,
            ("model", "ExpenseEuAccountInInventoryAccountInformationDto"),
        ),
        (
            "expense_import_account",
            "expenseImportAccount",
            False,
            ("model", "ExpenseImportAccountInInventoryAccountInformationDto"),
        ),
        (
            "expense_subaccount",
            "expenseSubaccount",
            False,
            ("model", "ExpenseSubaccountInInventoryAccountInformationDto"),
        ),
        ("cogs_subaccount", "cogsSubaccount", False, ("model", "CogsSubaccountInInventoryAccountInformationDto")),
        ("sales_account", "salesAccount", False, ("model", "SalesAccountInInventoryAccountInformationDto")),
        (
            "sales_non_taxable_account",
            "salesNonTaxableAccount",
            False,
            ("model", "SalesNonTaxableAccountInInventoryAccountInformationDto"),
        ),
        ("sales_eu_account", "salesEuAccount", False, ("model", "SalesEuAccountInInventoryAccountInformationDto")),
        (
            "sales_export_account",
            "salesExportAccount",
            False,
            ("model", "SalesExportAccountInInventoryAccountInformationDto"),
        ),
        ("sales_subaccount", "salesSubaccount", False, ("model", "SalesSubaccountInInventoryAccountInformationDto")),
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


_Lazy = _lazy_twin(AccountInformationInInventoryDto)
