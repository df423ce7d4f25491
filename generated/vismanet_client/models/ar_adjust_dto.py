from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

T = TypeVar("T", bound="ArAdjustDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "doc_type",
    "customer_cd",
    "ref_nbr",
    "amount_paid",
    "cash_discount_taken",
    "balance",
    "pending_ppd",
    "released",
    "hold",
    "voided",
    "ppd_cr_memo_ref_nbr",
    "payment_ref",
    "status",
    "application_date",
    "application_period",
    "invoice_text",
)


@_attrs_define(repr=False)
class ArAdjustDto(GeneratedModel):
    """
    Attributes:
        doc_type (str | Unset):
        customer_cd (str | Unset):
        ref_nbr (str | Unset):
        amount_paid (float | Unset):
        cash_discount_taken (float | Unset):
        balance (float | Unset):
        pending_ppd (bool | Unset):
        released (bool | Unset):
        hold (bool | Unset):
        voided (bool | Unset):
        ppd_cr_memo_ref_nbr (str | Unset):
        payment_ref (str | Unset):
        status (str | Unset):
        application_date (datetime.datetime | Unset):
        application_period (str | Unset):
        invoice_text (str | Unset):
    """

    doc_type: str | Unset | None = UNSET
    customer_cd: str | Unset | None = UNSET
    ref_nbr: str | Unset | None = UNSET
    amount_paid: float | Unset | None = UNSET
    cash_discount_taken: float | Unset | None = UNSET
    balance: float | Unset | None = UNSET
    pending_ppd: bool | Unset | None = UNSET
    released: bool | Unset | None = UNSET
    hold: bool | Unset | None = UNSET
    voided: bool | Unset | None = UNSET
    ppd_cr_memo_ref_nbr: str | Unset | None = UNSET
    payment_ref: str | Unset | None = UNSET
    status: str | Unset | None = UNSET
    application_date: datetime.datetime | Unset | None = UNSET
    application_period: str | Unset | None = UNSET
    invoice_text: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.doc_type
        if _value is not UNSET:
            field_dict["docType"] = _value
        _value = self.customer_cd
        if _value is not UNSET:
            field_dict["customerCD"] = _value
        _value = self.ref_nbr
        if _value is not UNSET:
            field_dict["refNbr"] = _value
        _value = self.amount_paid
        if _value is not UNSET:
            field_dict["amountPaid"] = _value
        _value = self.cash_discount_taken
        if _value is not UNSET:
            field_dict["cashDiscountTaken"] = _value
        _value = self.balance
        if _value is not UNSET:
            field_dict["balance"] = _value
        _value = self.pending_ppd
        if _value is not UNSET:
            field_dict["pendingPPD"] = _value
        _value = self.released
        if _value is not UNSET:
            field_dict["released"] = _value
        _value = self.hold
        if _value is not UNSET:
            field_dict["hold"] = _value
        _value = self.voided
        if _value is not UNSET:
            field_dict["voided"] = _value
        _value = self.ppd_cr_memo_ref_nbr
        if _value is not UNSET:
            field_dict["ppdCrMemoRefNbr"] = _value
        _value = self.payment_ref
        if _value is not UNSET:
            field_dict["paymentRef"] = _value
        _value = self.status
        if _value is not UNSET:
            field_dict["status"] = _value
        _value = self.application_date
        if _value is not UNSET:
            field_dict["applicationDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.application_period
        if _value is not UNSET:
            field_dict["applicationPeriod"] = _value
        _value = self.invoice_text
        if _value is not UNSET:
            field_dict["invoiceText"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not ArAdjustDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.doc_type = _rest.pop("docType", UNSET)
        self.customer_cd = _rest.pop("customerCD", UNSET)
        self.ref_nbr = _rest.pop("refNbr", UNSET)
        self.amount_paid = _rest.pop("amountPaid", UNSET)
        self.cash_discount_taken = _rest.pop("cashDiscountTaken", UNSET)
        self.balance = _rest.pop("balance", UNSET)
        self.pending_ppd = _rest.pop("pendingPPD", UNSET)
        self.released = _rest.pop("released", UNSET)
        self.hold = _rest.pop("hold", UNSET)
        self.voided = _rest.pop("voided", UNSET)
        self.ppd_cr_memo_ref_nbr = _rest.pop("ppdCrMemoRefNbr", UNSET)
        self.payment_ref = _rest.pop("paymentRef", UNSET)
        self.status = _rest.pop("status", UNSET)
        _value = _rest.pop("applicationDate", UNSET)
        self.application_date = _parse_datetime(_value)
        self.application_period = _rest.pop("applicationPeriod", UNSET)
        self.invoice_text = _rest.pop("invoiceText", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("doc_type", "docType", False, "str"),
        ("customer_cd", "customerCD", False, "str"),
        ("ref_nbr", "refNbr", False, "str"),
        ("amount_paid", "amountPaid", False, "float"),
        ("cash_discount_taken", "cashDiscountTaken", False, "float"),
        ("balance", "balance", False, "float"),
        ("pending_ppd", "pendingPPD", False, "bool"),
        ("released", "released", False, "bool"),
        ("hold", "hold", False, "bool"),
        ("voided", "voided", False, "bool"),
        ("ppd_cr_memo_ref_nbr", "ppdCrMemoRefNbr", False, "str"),
        ("payment_ref", "paymentRef", False, "str"),
        ("status", "status", False, "str"),
        ("application_date", "applicationDate", False, "datetime"),
        ("application_period", "applicationPeriod", False, "str"),
        ("invoice_text", "invoiceText", False, "str"),
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


_Lazy = _lazy_twin(ArAdjustDto)
