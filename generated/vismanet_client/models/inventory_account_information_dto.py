from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

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


T = TypeVar("T", bound="InventoryAccountInformationDto")

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
class InventoryAccountInformationDto:
    """
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

    expense_accrual_account: ExpenseAccrualAccountInInventoryAccountInformationDto | Unset = UNSET
    inventory_account: InventoryAccountInInventoryAccountInformationDto | Unset = UNSET
    expense_account: ExpenseAccountInInventoryAccountInformationDto | Unset = UNSET
    cogs_account: CogsAccountInInventoryAccountInformationDto | Unset = UNSET
    expense_non_taxable_account: ExpenseNonTaxableAccountInInventoryAccountInformationDto | Unset = UNSET
    expense_eu_account: ExpenseEuAccountInInventoryAccountInformationDto | Unset = UNSET
    expense_import_account: ExpenseImportAccountInInventoryAccountInformationDto | Unset = UNSET
    expense_subaccount: ExpenseSubaccountInInventoryAccountInformationDto | Unset = UNSET
    cogs_subaccount: CogsSubaccountInInventoryAccountInformationDto | Unset = UNSET
    sales_account: SalesAccountInInventoryAccountInformationDto | Unset = UNSET
    sales_non_taxable_account: SalesNonTaxableAccountInInventoryAccountInformationDto | Unset = UNSET
    sales_eu_account: SalesEuAccountInInventoryAccountInformationDto | Unset = UNSET
    sales_export_account: SalesExportAccountInInventoryAccountInformationDto | Unset = UNSET
    sales_subaccount: SalesSubaccountInInventoryAccountInformationDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expense_accrual_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense_accrual_account, Unset):
            expense_accrual_account = self.expense_accrual_account.to_dict()

        inventory_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_account, Unset):
            inventory_account = self.inventory_account.to_dict()

        expense_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense_account, Unset):
            expense_account = self.expense_account.to_dict()

        cogs_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cogs_account, Unset):
            cogs_account = self.cogs_account.to_dict()

        expense_non_taxable_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense_non_taxable_account, Unset):
            expense_non_taxable_account = self.expense_non_taxable_account.to_dict()

        expense_eu_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense_eu_account, Unset):
            expense_eu_account = self.expense_eu_account.to_dict()

        expense_import_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense_import_account, Unset):
            expense_import_account = self.expense_import_account.to_dict()

        expense_subaccount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense_subaccount, Unset):
            expense_subaccount = self.expense_subaccount.to_dict()

        cogs_subaccount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cogs_subaccount, Unset):
            cogs_subaccount = self.cogs_subaccount.to_dict()

        sales_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_account, Unset):
            sales_account = self.sales_account.to_dict()

        sales_non_taxable_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_non_taxable_account, Unset):
            sales_non_taxable_account = self.sales_non_taxable_account.to_dict()

        sales_eu_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_eu_account, Unset):
            sales_eu_account = self.sales_eu_account.to_dict()

        sales_export_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_export_account, Unset):
            sales_export_account = self.sales_export_account.to_dict()

        sales_subaccount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_subaccount, Unset):
            sales_subaccount = self.sales_subaccount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expense_accrual_account is not UNSET:
            field_dict["expenseAccrualAccount"] = expense_accrual_account
        if inventory_account is not UNSET:
            field_dict["inventoryAccount"] = inventory_account
        if expense_account is not UNSET:
            field_dict["expenseAccount"] = expense_account
        if cogs_account is not UNSET:
            field_dict["cogsAccount"] = cogs_account
        if expense_non_taxable_account is not UNSET:
            field_dict["expenseNonTaxableAccount"] = expense_non_taxable_account
        if expense_eu_account is not UNSET:
            field_dict["expenseEuAccount"] = expense_eu_account
        if expense_import_account is not UNSET:
            field_dict["expenseImportAccount"] = expense_import_account
        if expense_subaccount is not UNSET:
            field_dict["expenseSubaccount"] = expense_subaccount
        if cogs_subaccount is not UNSET:
            field_dict["cogsSubaccount"] = cogs_subaccount
        if sales_account is not UNSET:
            field_dict["salesAccount"] = sales_account
        if sales_non_taxable_account is not UNSET:
            field_dict["salesNonTaxableAccount"] = sales_non_taxable_account
        if sales_eu_account is not UNSET:
            field_dict["salesEuAccount"] = sales_eu_account
        if sales_export_account is not UNSET:
            field_dict["salesExportAccount"] = sales_export_account
        if sales_subaccount is not UNSET:
            field_dict["salesSubaccount"] = sales_subaccount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("expenseAccrualAccount", UNSET)
        _instance.expense_accrual_account = (
            UNSET
            if _value is UNSET
            else _models.ExpenseAccrualAccountInInventoryAccountInformationDto.from_dict(_value)
        )
        _value = _rest.pop("inventoryAccount", UNSET)
        _instance.inventory_account = (
            UNSET if _value is UNSET else _models.InventoryAccountInInventoryAccountInformationDto.from_dict(_value)
        )
        _value = _rest.pop("expenseAccount", UNSET)
        _instance.expense_account = (
            UNSET if _value is UNSET else _models.ExpenseAccountInInventoryAccountInformationDto.from_dict(_value)
        )
        _value = _rest.pop("cogsAccount", UNSET)
        _instance.cogs_account = (
            UNSET if _value is UNSET else _models.CogsAccountInInventoryAccountInformationDto.from_dict(_value)
        )
        _value = _rest.pop("expenseNonTaxableAccount", UNSET)
        _instance.expense_non_taxable_account = (
            UNSET
            if _value is UNSET
            else _models.ExpenseNonTaxableAccountInInventoryAccountInformationDto.from_dict(_value)
        )
        _value = _rest.pop("expenseEuAccount", UNSET)
        _instance.expense_eu_account = (
            UNSET if _value is UNSET else _models.ExpenseEuAccountInInventoryAccountInformationDto.from_dict(_value)
        )
        _value = _rest.pop("expenseImportAccount", UNSET)
        _instance.expense_import_account = (
            UNSET if _value is UNSET else _models.ExpenseImportAccountInInventoryAccountInformationDto.from_dict(_value)
        )
        _value = _rest.pop("expenseSubaccount", UNSET)
        _instance.expense_subaccount = (
            UNSET if _value is UNSET else _models.ExpenseSubaccountInInventoryAccountInformationDto.from_dict(_value)
        )
        _value = _rest.pop("cogsSubaccount", UNSET)
        _instance.cogs_subaccount = (
            UNSET if _value is UNSET else _models.CogsSubaccountInInventoryAccountInformationDto.from_dict(_value)
        )
        _value = _rest.pop("salesAccount", UNSET)
        _instance.sales_account = (
            UNSET if _value is UNSET else _models.SalesAccountInInventoryAccountInformationDto.from_dict(_value)
        )
        _value = _rest.pop("salesNonTaxableAccount", UNSET)
        _instance.sales_non_taxable_account = (
            UNSET
            if _value is UNSET
            else _models.SalesNonTaxableAccountInInventoryAccountInformationDto.from_dict(_value)
        )
        _value = _rest.pop("salesEuAccount", UNSET)
        _instance.sales_eu_account = (
            UNSET if _value is UNSET else _models.SalesEuAccountInInventoryAccountInformationDto.from_dict(_value)
        )
        _value = _rest.pop("salesExportAccount", UNSET)
        _instance.sales_export_account = (
            UNSET if _value is UNSET else _models.SalesExportAccountInInventoryAccountInformationDto.from_dict(_value)
        )
        _value = _rest.pop("salesSubaccount", UNSET)
        _instance.sales_subaccount = (
            UNSET if _value is UNSET else _models.SalesSubaccountInInventoryAccountInformationDto.from_dict(_value)
        )
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
