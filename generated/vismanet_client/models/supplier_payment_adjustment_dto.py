from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.supplier_payment_adjustment_dto_doc_type import (
    SupplierPaymentAdjustmentDtoDocType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SupplierPaymentAdjustmentDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "branch",
    "batch_number",
    "doc_type",
    "invoice_ref_nbr",
    "amount_paid",
    "cash_discount_taken",
    "withholding_tax",
    "application_period",
    "date",
    "due_date",
    "cash_discount_date",
    "balance",
    "cash_discount_balance",
    "description",
    "currency",
    "post_period",
    "supplier_ref",
)


@_attrs_define(repr=False)
class SupplierPaymentAdjustmentDto:
    """
    Attributes:
        branch (str | Unset):
        batch_number (str | Unset):
        doc_type (SupplierPaymentAdjustmentDtoDocType | Unset):
        invoice_ref_nbr (str | Unset):
        amount_paid (float | Unset):
        cash_discount_taken (float | Unset):
        withholding_tax (float | Unset):
        application_period (str | Unset):
        date (datetime.datetime | Unset):
        due_date (datetime.datetime | Unset):
        cash_discount_date (datetime.datetime | Unset):
        balance (float | Unset):
        cash_discount_balance (float | Unset):
        description (str | Unset):
        currency (str | Unset):
        post_period (str | Unset):
        supplier_ref (str | Unset):
    """

    branch: str | Unset = UNSET
    batch_number: str | Unset = UNSET
    doc_type: SupplierPaymentAdjustmentDtoDocType | Unset = UNSET
    invoice_ref_nbr: str | Unset = UNSET
    amount_paid: float | Unset = UNSET
    cash_discount_taken: float | Unset = UNSET
    withholding_tax: float | Unset = UNSET
    application_period: str | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    due_date: datetime.datetime | Unset = UNSET
    cash_discount_date: datetime.datetime | Unset = UNSET
    balance: float | Unset = UNSET
    cash_discount_balance: float | Unset = UNSET
    description: str | Unset = UNSET
    currency: str | Unset = UNSET
    post_period: str | Unset = UNSET
    supplier_ref: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        branch = self.branch

        batch_number = self.batch_number

        doc_type: str | Unset = UNSET
        if not isinstance(self.doc_type, Unset):
            doc_type = self.doc_type

        invoice_ref_nbr = self.invoice_ref_nbr

        amount_paid = self.amount_paid

        cash_discount_taken = self.cash_discount_taken

        withholding_tax = self.withholding_tax

        application_period = self.application_period

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()

        cash_discount_date: str | Unset = UNSET
        if not isinstance(self.cash_discount_date, Unset):
            cash_discount_date = self.cash_discount_date.isoformat()

        balance = self.balance

        cash_discount_balance = self.cash_discount_balance

        description = self.description

        currency = self.currency

        post_period = self.post_period

        supplier_ref = self.supplier_ref

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if branch is not UNSET:
            field_dict["branch"] = branch
        if batch_number is not UNSET:
            field_dict["batchNumber"] = batch_number
        if doc_type is not UNSET:
            field_dict["docType"] = doc_type
        if invoice_ref_nbr is not UNSET:
            field_dict["invoiceRefNbr"] = invoice_ref_nbr
        if amount_paid is not UNSET:
            field_dict["amountPaid"] = amount_paid
        if cash_discount_taken is not UNSET:
            field_dict["cashDiscountTaken"] = cash_discount_taken
        if withholding_tax is not UNSET:
            field_dict["withholdingTax"] = withholding_tax
        if application_period is not UNSET:
            field_dict["applicationPeriod"] = application_period
        if date is not UNSET:
            field_dict["date"] = date
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if cash_discount_date is not UNSET:
            field_dict["cashDiscountDate"] = cash_discount_date
        if balance is not UNSET:
            field_dict["balance"] = balance
        if cash_discount_balance is not UNSET:
            field_dict["cashDiscountBalance"] = cash_discount_balance
        if description is not UNSET:
            field_dict["description"] = description
        if currency is not UNSET:
            field_dict["currency"] = currency
        if post_period is not UNSET:
            field_dict["postPeriod"] = post_period
        if supplier_ref is not UNSET:
            field_dict["supplierRef"] = supplier_ref

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.branch = _rest.pop("branch", UNSET)
        _instance.batch_number = _rest.pop("batchNumber", UNSET)
        _instance.doc_type = _rest.pop("docType", UNSET)
        _instance.invoice_ref_nbr = _rest.pop("invoiceRefNbr", UNSET)
        _instance.amount_paid = _rest.pop("amountPaid", UNSET)
        _instance.cash_discount_taken = _rest.pop("cashDiscountTaken", UNSET)
        _instance.withholding_tax = _rest.pop("withholdingTax", UNSET)
        _instance.application_period = _rest.pop("applicationPeriod", UNSET)
        _value = _rest.pop("date", UNSET)
        _instance.date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("dueDate", UNSET)
        _instance.due_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("cashDiscountDate", UNSET)
        _instance.cash_discount_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.balance = _rest.pop("balance", UNSET)
        _instance.cash_discount_balance = _rest.pop("cashDiscountBalance", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.currency = _rest.pop("currency", UNSET)
        _instance.post_period = _rest.pop("postPeriod", UNSET)
        _instance.supplier_ref = _rest.pop("supplierRef", UNSET)
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
