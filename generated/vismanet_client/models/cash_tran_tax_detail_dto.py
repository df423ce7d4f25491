from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.cash_tran_tax_detail_dto_tax_type import (
    CashTranTaxDetailDtoTaxType,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

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
class CashTranTaxDetailDto(GeneratedModel):
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

    tax: TaxInCashTranTaxDetailDto | Unset | None = UNSET
    tax_rate: float | Unset | None = UNSET
    taxable_amount: float | Unset | None = UNSET
    tax_amount: float | Unset | None = UNSET
    deductible_tax_rate: float | Unset | None = UNSET
    expense_amount: float | Unset | None = UNSET
    include_in_vat_exempt_total: bool | Unset | None = UNSET
    pending_vat: bool | Unset | None = UNSET
    statistical_vat: bool | Unset | None = UNSET
    reverse_vat: bool | Unset | None = UNSET
    tax_type: CashTranTaxDetailDtoTaxType | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.tax
        if _value is not UNSET:
            field_dict["tax"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.tax_rate
        if _value is not UNSET:
            field_dict["taxRate"] = _value
        _value = self.taxable_amount
        if _value is not UNSET:
            field_dict["taxableAmount"] = _value
        _value = self.tax_amount
        if _value is not UNSET:
            field_dict["taxAmount"] = _value
        _value = self.deductible_tax_rate
        if _value is not UNSET:
            field_dict["deductibleTaxRate"] = _value
        _value = self.expense_amount
        if _value is not UNSET:
            field_dict["expenseAmount"] = _value
        _value = self.include_in_vat_exempt_total
        if _value is not UNSET:
            field_dict["includeInVatExemptTotal"] = _value
        _value = self.pending_vat
        if _value is not UNSET:
            field_dict["pendingVat"] = _value
        _value = self.statistical_vat
        if _value is not UNSET:
            field_dict["statisticalVat"] = _value
        _value = self.reverse_vat
        if _value is not UNSET:
            field_dict["reverseVat"] = _value
        _value = self.tax_type
        if _value is not UNSET:
            field_dict["taxType"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not CashTranTaxDetailDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("tax", UNSET)
        self.tax = (
            _models.TaxInCashTranTaxDetailDto._vn_fill(_new(_models.TaxInCashTranTaxDetailDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.tax_rate = _rest.pop("taxRate", UNSET)
        self.taxable_amount = _rest.pop("taxableAmount", UNSET)
        self.tax_amount = _rest.pop("taxAmount", UNSET)
        self.deductible_tax_rate = _rest.pop("deductibleTaxRate", UNSET)
        self.expense_amount = _rest.pop("expenseAmount", UNSET)
        self.include_in_vat_exempt_total = _rest.pop("includeInVatExemptTotal", UNSET)
        self.pending_vat = _rest.pop("pendingVat", UNSET)
        self.statistical_vat = _rest.pop("statisticalVat", UNSET)
        self.reverse_vat = _rest.pop("reverseVat", UNSET)
        self.tax_type = _rest.pop("taxType", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("tax", "tax", False, ("model", "TaxInCashTranTaxDetailDto")),
        ("tax_rate", "taxRate", False, "float"),
        ("taxable_amount", "taxableAmount", False, "float"),
        ("tax_amount", "taxAmount", False, "float"),
        ("deductible_tax_rate", "deductibleTaxRate", False, "float"),
        ("expense_amount", "expenseAmount", False, "float"),
        ("include_in_vat_exempt_total", "includeInVatExemptTotal", False, "bool"),
        ("pending_vat", "pendingVat", False, "bool"),
        ("statistical_vat", "statisticalVat", False, "bool"),
        ("reverse_vat", "reverseVat", False, "bool"),
        ("tax_type", "taxType", False, "str"),
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


_Lazy = _lazy_twin(CashTranTaxDetailDto)
