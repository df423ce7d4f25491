from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.supplier_payment_adjustment_dto_doc_type import (
    SupplierPaymentAdjustmentDtoDocType,
    check_supplier_payment_adjustment_dto_doc_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SupplierPaymentAdjustmentDto")


@_attrs_define
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
        d = dict(src_dict)
        branch = d.pop("branch", UNSET)

        batch_number = d.pop("batchNumber", UNSET)

        _doc_type = d.pop("docType", UNSET)
        doc_type: SupplierPaymentAdjustmentDtoDocType | Unset
        if isinstance(_doc_type, Unset):
            doc_type = UNSET
        else:
            doc_type = check_supplier_payment_adjustment_dto_doc_type(_doc_type)

        invoice_ref_nbr = d.pop("invoiceRefNbr", UNSET)

        amount_paid = d.pop("amountPaid", UNSET)

        cash_discount_taken = d.pop("cashDiscountTaken", UNSET)

        withholding_tax = d.pop("withholdingTax", UNSET)

        application_period = d.pop("applicationPeriod", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.datetime.fromisoformat(_date)

        _due_date = d.pop("dueDate", UNSET)
        due_date: datetime.datetime | Unset
        if isinstance(_due_date, Unset):
            due_date = UNSET
        else:
            due_date = datetime.datetime.fromisoformat(_due_date)

        _cash_discount_date = d.pop("cashDiscountDate", UNSET)
        cash_discount_date: datetime.datetime | Unset
        if isinstance(_cash_discount_date, Unset):
            cash_discount_date = UNSET
        else:
            cash_discount_date = datetime.datetime.fromisoformat(_cash_discount_date)

        balance = d.pop("balance", UNSET)

        cash_discount_balance = d.pop("cashDiscountBalance", UNSET)

        description = d.pop("description", UNSET)

        currency = d.pop("currency", UNSET)

        post_period = d.pop("postPeriod", UNSET)

        supplier_ref = d.pop("supplierRef", UNSET)

        supplier_payment_adjustment_dto = cls(
            branch=branch,
            batch_number=batch_number,
            doc_type=doc_type,
            invoice_ref_nbr=invoice_ref_nbr,
            amount_paid=amount_paid,
            cash_discount_taken=cash_discount_taken,
            withholding_tax=withholding_tax,
            application_period=application_period,
            date=date,
            due_date=due_date,
            cash_discount_date=cash_discount_date,
            balance=balance,
            cash_discount_balance=cash_discount_balance,
            description=description,
            currency=currency,
            post_period=post_period,
            supplier_ref=supplier_ref,
        )

        supplier_payment_adjustment_dto.additional_properties = d
        return supplier_payment_adjustment_dto

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
