from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
class ArAdjustDto:
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

    doc_type: str | Unset = UNSET
    customer_cd: str | Unset = UNSET
    ref_nbr: str | Unset = UNSET
    amount_paid: float | Unset = UNSET
    cash_discount_taken: float | Unset = UNSET
    balance: float | Unset = UNSET
    pending_ppd: bool | Unset = UNSET
    released: bool | Unset = UNSET
    hold: bool | Unset = UNSET
    voided: bool | Unset = UNSET
    ppd_cr_memo_ref_nbr: str | Unset = UNSET
    payment_ref: str | Unset = UNSET
    status: str | Unset = UNSET
    application_date: datetime.datetime | Unset = UNSET
    application_period: str | Unset = UNSET
    invoice_text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        doc_type = self.doc_type

        customer_cd = self.customer_cd

        ref_nbr = self.ref_nbr

        amount_paid = self.amount_paid

        cash_discount_taken = self.cash_discount_taken

        balance = self.balance

        pending_ppd = self.pending_ppd

        released = self.released

        hold = self.hold

        voided = self.voided

        ppd_cr_memo_ref_nbr = self.ppd_cr_memo_ref_nbr

        payment_ref = self.payment_ref

        status = self.status

        application_date: str | Unset = UNSET
        if not isinstance(self.application_date, Unset):
            application_date = self.application_date.isoformat()

        application_period = self.application_period

        invoice_text = self.invoice_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if doc_type is not UNSET:
            field_dict["docType"] = doc_type
        if customer_cd is not UNSET:
            field_dict["customerCD"] = customer_cd
        if ref_nbr is not UNSET:
            field_dict["refNbr"] = ref_nbr
        if amount_paid is not UNSET:
            field_dict["amountPaid"] = amount_paid
        if cash_discount_taken is not UNSET:
            field_dict["cashDiscountTaken"] = cash_discount_taken
        if balance is not UNSET:
            field_dict["balance"] = balance
        if pending_ppd is not UNSET:
            field_dict["pendingPPD"] = pending_ppd
        if released is not UNSET:
            field_dict["released"] = released
        if hold is not UNSET:
            field_dict["hold"] = hold
        if voided is not UNSET:
            field_dict["voided"] = voided
        if ppd_cr_memo_ref_nbr is not UNSET:
            field_dict["ppdCrMemoRefNbr"] = ppd_cr_memo_ref_nbr
        if payment_ref is not UNSET:
            field_dict["paymentRef"] = payment_ref
        if status is not UNSET:
            field_dict["status"] = status
        if application_date is not UNSET:
            field_dict["applicationDate"] = application_date
        if application_period is not UNSET:
            field_dict["applicationPeriod"] = application_period
        if invoice_text is not UNSET:
            field_dict["invoiceText"] = invoice_text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.doc_type = _rest.pop("docType", UNSET)
        _instance.customer_cd = _rest.pop("customerCD", UNSET)
        _instance.ref_nbr = _rest.pop("refNbr", UNSET)
        _instance.amount_paid = _rest.pop("amountPaid", UNSET)
        _instance.cash_discount_taken = _rest.pop("cashDiscountTaken", UNSET)
        _instance.balance = _rest.pop("balance", UNSET)
        _instance.pending_ppd = _rest.pop("pendingPPD", UNSET)
        _instance.released = _rest.pop("released", UNSET)
        _instance.hold = _rest.pop("hold", UNSET)
        _instance.voided = _rest.pop("voided", UNSET)
        _instance.ppd_cr_memo_ref_nbr = _rest.pop("ppdCrMemoRefNbr", UNSET)
        _instance.payment_ref = _rest.pop("paymentRef", UNSET)
        _instance.status = _rest.pop("status", UNSET)
        _value = _rest.pop("applicationDate", UNSET)
        _instance.application_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.application_period = _rest.pop("applicationPeriod", UNSET)
        _instance.invoice_text = _rest.pop("invoiceText", UNSET)
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
