from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_number_type_description_dto import AccountNumberTypeDescriptionDto
    from ..models.sub_account_dto import SubAccountDto


T = TypeVar("T", bound="GlAccountsInCustomerDto")


@_attrs_define
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
        from ..models.account_number_type_description_dto import AccountNumberTypeDescriptionDto
        from ..models.sub_account_dto import SubAccountDto

        d = dict(src_dict)
        _customer_ledger_account = d.pop("customerLedgerAccount", UNSET)
        customer_ledger_account: AccountNumberTypeDescriptionDto | Unset
        if isinstance(_customer_ledger_account, Unset):
            customer_ledger_account = UNSET
        else:
            customer_ledger_account = AccountNumberTypeDescriptionDto.from_dict(_customer_ledger_account)

        _customer_ledger_subaccount = d.pop("customerLedgerSubaccount", UNSET)
        customer_ledger_subaccount: SubAccountDto | Unset
        if isinstance(_customer_ledger_subaccount, Unset):
            customer_ledger_subaccount = UNSET
        else:
            customer_ledger_subaccount = SubAccountDto.from_dict(_customer_ledger_subaccount)

        _sales_account = d.pop("salesAccount", UNSET)
        sales_account: AccountNumberTypeDescriptionDto | Unset
        if isinstance(_sales_account, Unset):
            sales_account = UNSET
        else:
            sales_account = AccountNumberTypeDescriptionDto.from_dict(_sales_account)

        _sales_non_taxable_account = d.pop("salesNonTaxableAccount", UNSET)
        sales_non_taxable_account: AccountNumberTypeDescriptionDto | Unset
        if isinstance(_sales_non_taxable_account, Unset):
            sales_non_taxable_account = UNSET
        else:
            sales_non_taxable_account = AccountNumberTypeDescriptionDto.from_dict(_sales_non_taxable_account)

        _sales_eu_account = d.pop("salesEuAccount", UNSET)
        sales_eu_account: AccountNumberTypeDescriptionDto | Unset
        if isinstance(_sales_eu_account, Unset):
            sales_eu_account = UNSET
        else:
            sales_eu_account = AccountNumberTypeDescriptionDto.from_dict(_sales_eu_account)

        _sales_export_account = d.pop("salesExportAccount", UNSET)
        sales_export_account: AccountNumberTypeDescriptionDto | Unset
        if isinstance(_sales_export_account, Unset):
            sales_export_account = UNSET
        else:
            sales_export_account = AccountNumberTypeDescriptionDto.from_dict(_sales_export_account)

        _sales_subaccount = d.pop("salesSubaccount", UNSET)
        sales_subaccount: SubAccountDto | Unset
        if isinstance(_sales_subaccount, Unset):
            sales_subaccount = UNSET
        else:
            sales_subaccount = SubAccountDto.from_dict(_sales_subaccount)

        _discount_account = d.pop("discountAccount", UNSET)
        discount_account: AccountNumberTypeDescriptionDto | Unset
        if isinstance(_discount_account, Unset):
            discount_account = UNSET
        else:
            discount_account = AccountNumberTypeDescriptionDto.from_dict(_discount_account)

        _discount_subaccount = d.pop("discountSubaccount", UNSET)
        discount_subaccount: SubAccountDto | Unset
        if isinstance(_discount_subaccount, Unset):
            discount_subaccount = UNSET
        else:
            discount_subaccount = SubAccountDto.from_dict(_discount_subaccount)

        _freight_account = d.pop("freightAccount", UNSET)
        freight_account: AccountNumberTypeDescriptionDto | Unset
        if isinstance(_freight_account, Unset):
            freight_account = UNSET
        else:
            freight_account = AccountNumberTypeDescriptionDto.from_dict(_freight_account)

        _freight_subaccount = d.pop("freightSubaccount", UNSET)
        freight_subaccount: SubAccountDto | Unset
        if isinstance(_freight_subaccount, Unset):
            freight_subaccount = UNSET
        else:
            freight_subaccount = SubAccountDto.from_dict(_freight_subaccount)

        _cash_discount_account = d.pop("cashDiscountAccount", UNSET)
        cash_discount_account: AccountNumberTypeDescriptionDto | Unset
        if isinstance(_cash_discount_account, Unset):
            cash_discount_account = UNSET
        else:
            cash_discount_account = AccountNumberTypeDescriptionDto.from_dict(_cash_discount_account)

        _cash_discount_subaccount = d.pop("cashDiscountSubaccount", UNSET)
        cash_discount_subaccount: SubAccountDto | Unset
        if isinstance(_cash_discount_subaccount, Unset):
            cash_discount_subaccount = UNSET
        else:
            cash_discount_subaccount = SubAccountDto.from_dict(_cash_discount_subaccount)

        _prepayment_account = d.pop("prepaymentAccount", UNSET)
        prepayment_account: AccountNumberTypeDescriptionDto | Unset
        if isinstance(_prepayment_account, Unset):
            prepayment_account = UNSET
        else:
            prepayment_account = AccountNumberTypeDescriptionDto.from_dict(_prepayment_account)

        _prepayment_subaccount = d.pop("prepaymentSubaccount", UNSET)
        prepayment_subaccount: SubAccountDto | Unset
        if isinstance(_prepayment_subaccount, Unset):
            prepayment_subaccount = UNSET
        else:
            prepayment_subaccount = SubAccountDto.from_dict(_prepayment_subaccount)

        gl_accounts_in_customer_dto = cls(
            customer_ledger_account=customer_ledger_account,
            customer_ledger_subaccount=customer_ledger_subaccount,
            sales_account=sales_account,
            sales_non_taxable_account=sales_non_taxable_account,
            sales_eu_account=sales_eu_account,
            sales_export_account=sales_export_account,
            sales_subaccount=sales_subaccount,
            discount_account=discount_account,
            discount_subaccount=discount_subaccount,
            freight_account=freight_account,
            freight_subaccount=freight_subaccount,
            cash_discount_account=cash_discount_account,
            cash_discount_subaccount=cash_discount_subaccount,
            prepayment_account=prepayment_account,
            prepayment_subaccount=prepayment_subaccount,
        )

        gl_accounts_in_customer_dto.additional_properties = d
        return gl_accounts_in_customer_dto

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
