from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.cash_tran_tax_detail_dto_tax_type import (
    CashTranTaxDetailDtoTaxType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tax_in_cash_tran_tax_detail_dto import TaxInCashTranTaxDetailDto


T = TypeVar("T", bound="CashTranTaxDetailDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "tax",
    "tax_rate",
    "taxable_amount",
    "tax_amount",
    "deductible_tax_rate",
    "expense_amount",
    "include_in_vat_exempt_total",
    "pending_vat",
    "statistical_vat",
    "reverse_vat",
    "tax_type",
)


@_attrs_define(repr=False)
class CashTranTaxDetailDto:
    """
    Attributes:
        tax (TaxInCashTranTaxDetailDto | Unset): Mandatory field: VAT ID &gt; The VAT that applies to the cash
            transaction.
        tax_rate (float | Unset): VAT rate &gt; The rate of the VAT.
        taxable_amount (float | Unset): Taxable amount &gt; The taxable amount of the transaction.
        tax_amount (float | Unset): VAT amount &gt; The VAT amount calculated for the transaction.
        deductible_tax_rate (float | Unset): Deductible VAT rate &gt; The percent of deduction that applies to the VAT
            amount paid to the supplier for specific purchases.
        expense_amount (float | Unset): Expense amount &gt; The percentage that is deducted from the VAT amount paid to
            the supplier for specific purchases.
        include_in_vat_exempt_total (bool | Unset): Include in VAT exempt total &gt; A check box that indicates (if
            selected) that this value-added VAT has a zero rate and is used to calculate a document subtotal that is
            actually exempt from VAT.
        pending_vat (bool | Unset): Pending VAT &gt; A check box that indicates (if selected) that the VAT that should
            be calculated in documents, but should not be recorded to the VAT report until the VAT invoice is received.
        statistical_vat (bool | Unset): Statistical VAT &gt; A check box that indicates (if selected) that the VAT on
            documents will be calculated only for statistical purposes or will be reported only but not actually paid.
        reverse_vat (bool | Unset): Reverse VAT &gt; A check box that indicates (if selected) that this is a reverse
            VAT.
        tax_type (CashTranTaxDetailDtoTaxType | Unset): VAT type &gt; The type of VAT.
    """

    tax: TaxInCashTranTaxDetailDto | Unset = UNSET
    tax_rate: float | Unset = UNSET
    taxable_amount: float | Unset = UNSET
    tax_amount: float | Unset = UNSET
    deductible_tax_rate: float | Unset = UNSET
    expense_amount: float | Unset = UNSET
    include_in_vat_exempt_total: bool | Unset = UNSET
    pending_vat: bool | Unset = UNSET
    statistical_vat: bool | Unset = UNSET
    reverse_vat: bool | Unset = UNSET
    tax_type: CashTranTaxDetailDtoTaxType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax, Unset):
            tax = self.tax.to_dict()

        tax_rate = self.tax_rate

        taxable_amount = self.taxable_amount

        tax_amount = self.tax_amount

        deductible_tax_rate = self.deductible_tax_rate

        expense_amount = self.expense_amount

        include_in_vat_exempt_total = self.include_in_vat_exempt_total

        pending_vat = self.pending_vat

        statistical_vat = self.statistical_vat

        reverse_vat = self.reverse_vat

        tax_type: str | Unset = UNSET
        if not isinstance(self.tax_type, Unset):
            tax_type = self.tax_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tax is not UNSET:
            field_dict["tax"] = tax
        if tax_rate is not UNSET:
            field_dict["taxRate"] = tax_rate
        if taxable_amount is not UNSET:
            field_dict["taxableAmount"] = taxable_amount
        if tax_amount is not UNSET:
            field_dict["taxAmount"] = tax_amount
        if deductible_tax_rate is not UNSET:
            field_dict["deductibleTaxRate"] = deductible_tax_rate
        if expense_amount is not UNSET:
            field_dict["expenseAmount"] = expense_amount
        if include_in_vat_exempt_total is not UNSET:
            field_dict["includeInVatExemptTotal"] = include_in_vat_exempt_total
        if pending_vat is not UNSET:
            field_dict["pendingVat"] = pending_vat
        if statistical_vat is not UNSET:
            field_dict["statisticalVat"] = statistical_vat
        if reverse_vat is not UNSET:
            field_dict["reverseVat"] = reverse_vat
        if tax_type is not UNSET:
            field_dict["taxType"] = tax_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("tax", UNSET)
        _instance.tax = UNSET if _value is UNSET else _models.TaxInCashTranTaxDetailDto.from_dict(_value)
        _instance.tax_rate = _rest.pop("taxRate", UNSET)
        _instance.taxable_amount = _rest.pop("taxableAmount", UNSET)
        _instance.tax_amount = _rest.pop("taxAmount", UNSET)
        _instance.deductible_tax_rate = _rest.pop("deductibleTaxRate", UNSET)
        _instance.expense_amount = _rest.pop("expenseAmount", UNSET)
        _instance.include_in_vat_exempt_total = _rest.pop("includeInVatExemptTotal", UNSET)
        _instance.pending_vat = _rest.pop("pendingVat", UNSET)
        _instance.statistical_vat = _rest.pop("statisticalVat", UNSET)
        _instance.reverse_vat = _rest.pop("reverseVat", UNSET)
        _instance.tax_type = _rest.pop("taxType", UNSET)
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
