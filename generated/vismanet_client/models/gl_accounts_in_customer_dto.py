from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_number_type_description_dto import AccountNumberTypeDescriptionDto
    from ..models.sub_account_dto import SubAccountDto


T = TypeVar("T", bound="GlAccountsInCustomerDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "customer_ledger_account",
    "customer_ledger_subaccount",
    "sales_account",
    "sales_non_taxable_account",
    "sales_eu_account",
    "sales_export_account",
    "sales_subaccount",
    "discount_account",
    "discount_subaccount",
    "freight_account",
    "freight_subaccount",
    "cash_discount_account",
    "cash_discount_subaccount",
    "prepayment_account",
    "prepayment_subaccount",
)


@_attrs_define(repr=False)
class GlAccountsInCustomerDto:
    """Information collected from the system. Some accounts visible in window, some not.

    Attributes:
        customer_ledger_account (AccountNumberTypeDescriptionDto | Unset):
        customer_ledger_subaccount (SubAccountDto | Unset):
        sales_account (AccountNumberTypeDescriptionDto | Unset):
        sales_non_taxable_account (AccountNumberTypeDescriptionDto | Unset):
        sales_eu_account (AccountNumberTypeDescriptionDto | Unset):
        sales_export_account (AccountNumberTypeDescriptionDto | Unset):
        sales_subaccount (SubAccountDto | Unset):
        discount_account (AccountNumberTypeDescriptionDto | Unset):
        discount_subaccount (SubAccountDto | Unset):
        freight_account (AccountNumberTypeDescriptionDto | Unset):
        freight_subaccount (SubAccountDto | Unset):
        cash_discount_account (AccountNumberTypeDescriptionDto | Unset):
        cash_discount_subaccount (SubAccountDto | Unset):
        prepayment_account (AccountNumberTypeDescriptionDto | Unset):
        prepayment_subaccount (SubAccountDto | Unset):
    """

    customer_ledger_account: AccountNumberTypeDescriptionDto | Unset = UNSET
    customer_ledger_subaccount: SubAccountDto | Unset = UNSET
    sales_account: AccountNumberTypeDescriptionDto | Unset = UNSET
    sales_non_taxable_account: AccountNumberTypeDescriptionDto | Unset = UNSET
    sales_eu_account: AccountNumberTypeDescriptionDto | Unset = UNSET
    sales_export_account: AccountNumberTypeDescriptionDto | Unset = UNSET
    sales_subaccount: SubAccountDto | Unset = UNSET
    discount_account: AccountNumberTypeDescriptionDto | Unset = UNSET
    discount_subaccount: SubAccountDto | Unset = UNSET
    freight_account: AccountNumberTypeDescriptionDto | Unset = UNSET
    freight_subaccount: SubAccountDto | Unset = UNSET
    cash_discount_account: AccountNumberTypeDescriptionDto | Unset = UNSET
    cash_discount_subaccount: SubAccountDto | Unset = UNSET
    prepayment_account: AccountNumberTypeDescriptionDto | Unset = UNSET
    prepayment_subaccount: SubAccountDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_ledger_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_ledger_account, Unset):
            customer_ledger_account = self.customer_ledger_account.to_dict()

        customer_ledger_subaccount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_ledger_subaccount, Unset):
            customer_ledger_subaccount = self.customer_ledger_subaccount.to_dict()

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

        discount_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_account, Unset):
            discount_account = self.discount_account.to_dict()

        discount_subaccount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_subaccount, Unset):
            discount_subaccount = self.discount_subaccount.to_dict()

        freight_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.freight_account, Unset):
            freight_account = self.freight_account.to_dict()

        freight_subaccount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.freight_subaccount, Unset):
            freight_subaccount = self.freight_subaccount.to_dict()

        cash_discount_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cash_discount_account, Unset):
            cash_discount_account = self.cash_discount_account.to_dict()

        cash_discount_subaccount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cash_discount_subaccount, Unset):
            cash_discount_subaccount = self.cash_discount_subaccount.to_dict()

        prepayment_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prepayment_account, Unset):
            prepayment_account = self.prepayment_account.to_dict()

        prepayment_subaccount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prepayment_subaccount, Unset):
            prepayment_subaccount = self.prepayment_subaccount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_ledger_account is not UNSET:
            field_dict["customerLedgerAccount"] = customer_ledger_account
        if customer_ledger_subaccount is not UNSET:
            field_dict["customerLedgerSubaccount"] = customer_ledger_subaccount
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
        if discount_account is not UNSET:
            field_dict["discountAccount"] = discount_account
        if discount_subaccount is not UNSET:
            field_dict["discountSubaccount"] = discount_subaccount
        if freight_account is not UNSET:
            field_dict["freightAccount"] = freight_account
        if freight_subaccount is not UNSET:
            field_dict["freightSubaccount"] = freight_subaccount
        if cash_discount_account is not UNSET:
            field_dict["cashDiscountAccount"] = cash_discount_account
        if cash_discount_subaccount is not UNSET:
            field_dict["cashDiscountSubaccount"] = cash_discount_subaccount
        if prepayment_account is not UNSET:
            field_dict["prepaymentAccount"] = prepayment_account
        if prepayment_subaccount is not UNSET:
            field_dict["prepaymentSubaccount"] = prepayment_subaccount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("customerLedgerAccount", UNSET)
        _instance.customer_ledger_account = (
            UNSET if _value is UNSET else _models.AccountNumberTypeDescriptionDto.from_dict(_value)
        )
        _value = _rest.pop("customerLedgerSubaccount", UNSET)
        _instance.customer_ledger_subaccount = UNSET if _value is UNSET else _models.SubAccountDto.from_dict(_value)
        _value = _rest.pop("salesAccount", UNSET)
        _instance.sales_account = (
            UNSET if _value is UNSET else _models.AccountNumberTypeDescriptionDto.from_dict(_value)
        )
        _value = _rest.pop("salesNonTaxableAccount", UNSET)
        _instance.sales_non_taxable_account = (
            UNSET if _value is UNSET else _models.AccountNumberTypeDescriptionDto.from_dict(_value)
        )
        _value = _rest.pop("salesEuAccount", UNSET)
        _instance.sales_eu_account = (
            UNSET if _value is UNSET else _models.AccountNumberTypeDescriptionDto.from_dict(_value)
        )
        _value = _rest.pop("salesExportAccount", UNSET)
        _instance.sales_export_account = (
            UNSET if _value is UNSET else _models.AccountNumberTypeDescriptionDto.from_dict(_value)
        )
        _value = _rest.pop("salesSubaccount", UNSET)
        _instance.sales_subaccount = UNSET if _value is UNSET else _models.SubAccountDto.from_dict(_value)
        _value = _rest.pop("discountAccount", UNSET)
        _instance.discount_account = (
            UNSET if _value is UNSET else _models.AccountNumberTypeDescriptionDto.from_dict(_value)
        )
        _value = _rest.pop("discountSubaccount", UNSET)
        _instance.discount_subaccount = UNSET if _value is UNSET else _models.SubAccountDto.from_dict(_value)
        _value = _rest.pop("freightAccount", UNSET)
        _instance.freight_account = (
            UNSET if _value is UNSET else _models.AccountNumberTypeDescriptionDto.from_dict(_value)
        )
        _value = _rest.pop("freightSubaccount", UNSET)
        _instance.freight_subaccount = UNSET if _value is UNSET else _models.SubAccountDto.from_dict(_value)
        _value = _rest.pop("cashDiscountAccount", UNSET)
        _instance.cash_discount_account = (
            UNSET if _value is UNSET else _models.AccountNumberTypeDescriptionDto.from_dict(_value)
        )
        _value = _rest.pop("cashDiscountSubaccount", UNSET)
        _instance.cash_discount_subaccount = UNSET if _value is UNSET else _models.SubAccountDto.from_dict(_value)
        _value = _rest.pop("prepaymentAccount", UNSET)
        _instance.prepayment_account = (
            UNSET if _value is UNSET else _models.AccountNumberTypeDescriptionDto.from_dict(_value)
        )
        _value = _rest.pop("prepaymentSubaccount", UNSET)
        _instance.prepayment_subaccount = UNSET if _value is UNSET else _models.SubAccountDto.from_dict(_value)
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
