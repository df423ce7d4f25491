from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_to_apply_dto_status import OrderToApplyDtoStatus
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

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
class OrderToApplyDto(GeneratedModel):
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

    order_type: str | Unset | None = UNSET
    order_no: str | Unset | None = UNSET
    status: OrderToApplyDtoStatus | Unset | None = UNSET
    applied_to_order: float | Unset | None = UNSET
    transferred_to_invoice: float | Unset | None = UNSET
    date: datetime.datetime | Unset | None = UNSET
    due_date: datetime.datetime | Unset | None = UNSET
    cash_discount_date: datetime.datetime | Unset | None = UNSET
    balance: float | Unset | None = UNSET
    description: str | Unset | None = UNSET
    order_total: float | Unset | None = UNSET
    currency: str | Unset | None = UNSET
    invoice_nbr: str | Unset | None = UNSET
    invoice_date: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.order_type
        if _value is not UNSET:
            field_dict["orderType"] = _value
        _value = self.order_no
        if _value is not UNSET:
            field_dict["orderNo"] = _value
        _value = self.status
        if _value is not UNSET:
            field_dict["status"] = _value
        _value = self.applied_to_order
        if _value is not UNSET:
            field_dict["appliedToOrder"] = _value
        _value = self.transferred_to_invoice
        if _value is not UNSET:
            field_dict["transferredToInvoice"] = _value
        _value = self.date
        if _value is not UNSET:
            field_dict["date"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.due_date
        if _value is not UNSET:
            field_dict["dueDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.cash_discount_date
        if _value is not UNSET:
            field_dict["cashDiscountDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.balance
        if _value is not UNSET:
            field_dict["balance"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.order_total
        if _value is not UNSET:
            field_dict["orderTotal"] = _value
        _value = self.currency
        if _value is not UNSET:
            field_dict["currency"] = _value
        _value = self.invoice_nbr
        if _value is not UNSET:
            field_dict["invoiceNbr"] = _value
        _value = self.invoice_date
        if _value is not UNSET:
            field_dict["invoiceDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not OrderToApplyDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.order_type = _rest.pop("orderType", UNSET)
        self.order_no = _rest.pop("orderNo", UNSET)
        self.status = _rest.pop("status", UNSET)
        self.applied_to_order = _rest.pop("appliedToOrder", UNSET)
        self.transferred_to_invoice = _rest.pop("transferredToInvoice", UNSET)
        _value = _rest.pop("date", UNSET)
        self.date = _parse_datetime(_value)
        _value = _rest.pop("dueDate", UNSET)
        self.due_date = _parse_datetime(_value)
        _value = _rest.pop("cashDiscountDate", UNSET)
        self.cash_discount_date = _parse_datetime(_value)
        self.balance = _rest.pop("balance", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.order_total = _rest.pop("orderTotal", UNSET)
        self.currency = _rest.pop("currency", UNSET)
        self.invoice_nbr = _rest.pop("invoiceNbr", UNSET)
        _value = _rest.pop("invoiceDate", UNSET)
        self.invoice_date = _parse_datetime(_value)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("order_type", "orderType", False, "str"),
        ("order_no", "orderNo", False, "str"),
        ("status", "status", False, "str"),
        ("applied_to_order", "appliedToOrder", False, "float"),
        ("transferred_to_invoice", "transferredToInvoice", False, "float"),
        ("date", "date", False, "datetime"),
        ("due_date", "dueDate", False, "datetime"),
        ("cash_discount_date", "cashDiscountDate", False, "datetime"),
        ("balance", "balance", False, "float"),
        ("description", "description", False, "str"),
        ("order_total", "orderTotal", False, "float"),
        ("currency", "currency", False, "str"),
        ("invoice_nbr", "invoiceNbr", False, "str"),
        ("invoice_date", "invoiceDate", False, "datetime"),
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


_Lazy = _lazy_twin(OrderToApplyDto)
