from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.supplier_payment_adjustment_dto_doc_type import (
    SupplierPaymentAdjustmentDtoDocType,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

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
class SupplierPaymentAdjustmentDto(GeneratedModel):
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

    branch: str | Unset | None = UNSET
    batch_number: str | Unset | None = UNSET
    doc_type: SupplierPaymentAdjustmentDtoDocType | Unset | None = UNSET
    invoice_ref_nbr: str | Unset | None = UNSET
    amount_paid: float | Unset | None = UNSET
    cash_discount_taken: float | Unset | None = UNSET
    withholding_tax: float | Unset | None = UNSET
    application_period: str | Unset | None = UNSET
    date: datetime.datetime | Unset | None = UNSET
    due_date: datetime.datetime | Unset | None = UNSET
    cash_discount_date: datetime.datetime | Unset | None = UNSET
    balance: float | Unset | None = UNSET
    cash_discount_balance: float | Unset | None = UNSET
    description: str | Unset | None = UNSET
    currency: str | Unset | None = UNSET
    post_period: str | Unset | None = UNSET
    supplier_ref: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.branch
        if _value is not UNSET:
            field_dict["branch"] = _value
        _value = self.batch_number
        if _value is not UNSET:
            field_dict["batchNumber"] = _value
        _value = self.doc_type
        if _value is not UNSET:
            field_dict["docType"] = _value
        _value = self.invoice_ref_nbr
        if _value is not UNSET:
            field_dict["invoiceRefNbr"] = _value
        _value = self.amount_paid
        if _value is not UNSET:
            field_dict["amountPaid"] = _value
        _value = self.cash_discount_taken
        if _value is not UNSET:
            field_dict["cashDiscountTaken"] = _value
        _value = self.withholding_tax
        if _value is not UNSET:
            field_dict["withholdingTax"] = _value
        _value = self.application_period
        if _value is not UNSET:
            field_dict["applicationPeriod"] = _value
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
        _value = self.cash_discount_balance
        if _value is not UNSET:
            field_dict["cashDiscountBalance"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.currency
        if _value is not UNSET:
            field_dict["currency"] = _value
        _value = self.post_period
        if _value is not UNSET:
            field_dict["postPeriod"] = _value
        _value = self.supplier_ref
        if _value is not UNSET:
            field_dict["supplierRef"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not SupplierPaymentAdjustmentDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.branch = _rest.pop("branch", UNSET)
        self.batch_number = _rest.pop("batchNumber", UNSET)
        self.doc_type = _rest.pop("docType", UNSET)
        self.invoice_ref_nbr = _rest.pop("invoiceRefNbr", UNSET)
        self.amount_paid = _rest.pop("amountPaid", UNSET)
        self.cash_discount_taken = _rest.pop("cashDiscountTaken", UNSET)
        self.withholding_tax = _rest.pop("withholdingTax", UNSET)
        self.application_period = _rest.pop("applicationPeriod", UNSET)
        _value = _rest.pop("date", UNSET)
        self.date = _parse_datetime(_value)
        _value = _rest.pop("dueDate", UNSET)
        self.due_date = _parse_datetime(_value)
        _value = _rest.pop("cashDiscountDate", UNSET)
        self.cash_discount_date = _parse_datetime(_value)
        self.balance = _rest.pop("balance", UNSET)
        self.cash_discount_balance = _rest.pop("cashDiscountBalance", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.currency = _rest.pop("currency", UNSET)
        self.post_period = _rest.pop("postPeriod", UNSET)
        self.supplier_ref = _rest.pop("supplierRef", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("branch", "branch", False, "str"),
        ("batch_number", "batchNumber", False, "str"),
        ("doc_type", "docType", False, "str"),
        ("invoice_ref_nbr", "invoiceRefNbr", False, "str"),
        ("amount_paid", "amountPaid", False, "float"),
        ("cash_discount_taken", "cashDiscountTaken", False, "float"),
        ("withholding_tax", "withholdingTax", False, "float"),
        ("application_period", "applicationPeriod", False, "str"),
        ("date", "date", False, "datetime"),
        ("due_date", "dueDate", False, "datetime"),
        ("cash_discount_date", "cashDiscountDate", False, "datetime"),
        ("balance", "balance", False, "float"),
        ("cash_discount_balance", "cashDiscountBalance", False, "float"),
        ("description", "description", False, "str"),
        ("currency", "currency", False, "str"),
        ("post_period", "postPeriod", False, "str"),
        ("supplier_ref", "supplierRef", False, "str"),
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


_Lazy = _lazy_twin(SupplierPaymentAdjustmentDto)
