from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_to_apply_dto_status import OrderToApplyDtoStatus, check_order_to_apply_dto_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderToApplyDto")


@_attrs_define
class OrderToApplyDto:
    """This class represents an OrderToApply in Payments

    Attributes:
        order_type (str | Unset): Mandatory field: Order type* &gt; The order type for which the payment is to be
            reserved.
        order_no (str | Unset): Mandatory field: Order no.* &gt; The reference number of the order for which the payment
            is reserved.
        status (OrderToApplyDtoStatus | Unset): Status &gt; The status of the document, which is assigned automatically.
        applied_to_order (float | Unset): Applied to order &gt; The total amount reserved for the order.
        transferred_to_invoice (float | Unset): Transferred to invoice &gt; The amount that has been applied to invoice.
        date (datetime.datetime | Unset): Date &gt; The creation date of the order.
        due_date (datetime.datetime | Unset): Due date &gt; The due date of the order.
        cash_discount_date (datetime.datetime | Unset): Cash discount date &gt; The date through which the customer can
            take a cash discount.
        balance (float | Unset): Balance &gt; The balance of the order after the cash discount is taken and the amount
            is paid.
        description (str | Unset): Description &gt; A description of the order.
        order_total (float | Unset): Order total &gt; The total amount of the document.
        currency (str | Unset): Currency &gt; The currency of the document.
        invoice_nbr (str | Unset): Invoice no. &gt; The reference number of the invoice generated for the order.
        invoice_date (datetime.datetime | Unset): Invoice date &gt; The date of the invoice.
    """

    order_type: str | Unset = UNSET
    order_no: str | Unset = UNSET
    status: OrderToApplyDtoStatus | Unset = UNSET
    applied_to_order: float | Unset = UNSET
    transferred_to_invoice: float | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    due_date: datetime.datetime | Unset = UNSET
    cash_discount_date: datetime.datetime | Unset = UNSET
    balance: float | Unset = UNSET
    description: str | Unset = UNSET
    order_total: float | Unset = UNSET
    currency: str | Unset = UNSET
    invoice_nbr: str | Unset = UNSET
    invoice_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_type = self.order_type

        order_no = self.order_no

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        applied_to_order = self.applied_to_order

        transferred_to_invoice = self.transferred_to_invoice

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

        description = self.description

        order_total = self.order_total

        currency = self.currency

        invoice_nbr = self.invoice_nbr

        invoice_date: str | Unset = UNSET
        if not isinstance(self.invoice_date, Unset):
            invoice_date = self.invoice_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if order_no is not UNSET:
            field_dict["orderNo"] = order_no
        if status is not UNSET:
            field_dict["status"] = status
        if applied_to_order is not UNSET:
            field_dict["appliedToOrder"] = applied_to_order
        if transferred_to_invoice is not UNSET:
            field_dict["transferredToInvoice"] = transferred_to_invoice
        if date is not UNSET:
            field_dict["date"] = date
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if cash_discount_date is not UNSET:
            field_dict["cashDiscountDate"] = cash_discount_date
        if balance is not UNSET:
            field_dict["balance"] = balance
        if description is not UNSET:
            field_dict["description"] = description
        if order_total is not UNSET:
            field_dict["orderTotal"] = order_total
        if currency is not UNSET:
            field_dict["currency"] = currency
        if invoice_nbr is not UNSET:
            field_dict["invoiceNbr"] = invoice_nbr
        if invoice_date is not UNSET:
            field_dict["invoiceDate"] = invoice_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        order_type = d.pop("orderType", UNSET)

        order_no = d.pop("orderNo", UNSET)

        _status = d.pop("status", UNSET)
        status: OrderToApplyDtoStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_order_to_apply_dto_status(_status)

        applied_to_order = d.pop("appliedToOrder", UNSET)

        transferred_to_invoice = d.pop("transferredToInvoice", UNSET)

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

        description = d.pop("description", UNSET)

        order_total = d.pop("orderTotal", UNSET)

        currency = d.pop("currency", UNSET)

        invoice_nbr = d.pop("invoiceNbr", UNSET)

        _invoice_date = d.pop("invoiceDate", UNSET)
        invoice_date: datetime.datetime | Unset
        if isinstance(_invoice_date, Unset):
            invoice_date = UNSET
        else:
            invoice_date = datetime.datetime.fromisoformat(_invoice_date)

        order_to_apply_dto = cls(
            order_type=order_type,
            order_no=order_no,
            status=status,
            applied_to_order=applied_to_order,
            transferred_to_invoice=transferred_to_invoice,
            date=date,
            due_date=due_date,
            cash_discount_date=cash_discount_date,
            balance=balance,
            description=description,
            order_total=order_total,
            currency=currency,
            invoice_nbr=invoice_nbr,
            invoice_date=invoice_date,
        )

        order_to_apply_dto.additional_properties = d
        return order_to_apply_dto

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
