from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_to_apply_dto_status import OrderToApplyDtoStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderToApplyDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "order_type",
    "order_no",
    "status",
    "applied_to_order",
    "transferred_to_invoice",
    "date",
    "due_date",
    "cash_discount_date",
    "balance",
    "description",
    "order_total",
    "currency",
    "invoice_nbr",
    "invoice_date",
)


@_attrs_define(repr=False)
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.order_type = _rest.pop("orderType", UNSET)
        _instance.order_no = _rest.pop("orderNo", UNSET)
        _instance.status = _rest.pop("status", UNSET)
        _instance.applied_to_order = _rest.pop("appliedToOrder", UNSET)
        _instance.transferred_to_invoice = _rest.pop("transferredToInvoice", UNSET)
        _value = _rest.pop("date", UNSET)
        _instance.date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("dueDate", UNSET)
        _instance.due_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("cashDiscountDate", UNSET)
        _instance.cash_discount_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.balance = _rest.pop("balance", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.order_total = _rest.pop("orderTotal", UNSET)
        _instance.currency = _rest.pop("currency", UNSET)
        _instance.invoice_nbr = _rest.pop("invoiceNbr", UNSET)
        _value = _rest.pop("invoiceDate", UNSET)
        _instance.invoice_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
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
