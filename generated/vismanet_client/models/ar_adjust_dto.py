from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ArAdjustDto")


@_attrs_define
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
        d = dict(src_dict)
        doc_type = d.pop("docType", UNSET)

        customer_cd = d.pop("customerCD", UNSET)

        ref_nbr = d.pop("refNbr", UNSET)

        amount_paid = d.pop("amountPaid", UNSET)

        cash_discount_taken = d.pop("cashDiscountTaken", UNSET)

        balance = d.pop("balance", UNSET)

        pending_ppd = d.pop("pendingPPD", UNSET)

        released = d.pop("released", UNSET)

        hold = d.pop("hold", UNSET)

        voided = d.pop("voided", UNSET)

        ppd_cr_memo_ref_nbr = d.pop("ppdCrMemoRefNbr", UNSET)

        payment_ref = d.pop("paymentRef", UNSET)

        status = d.pop("status", UNSET)

        _application_date = d.pop("applicationDate", UNSET)
        application_date: datetime.datetime | Unset
        if isinstance(_application_date, Unset):
            application_date = UNSET
        else:
            application_date = datetime.datetime.fromisoformat(_application_date)

        application_period = d.pop("applicationPeriod", UNSET)

        invoice_text = d.pop("invoiceText", UNSET)

        ar_adjust_dto = cls(
            doc_type=doc_type,
            customer_cd=customer_cd,
            ref_nbr=ref_nbr,
            amount_paid=amount_paid,
            cash_discount_taken=cash_discount_taken,
            balance=balance,
            pending_ppd=pending_ppd,
            released=released,
            hold=hold,
            voided=voided,
            ppd_cr_memo_ref_nbr=ppd_cr_memo_ref_nbr,
            payment_ref=payment_ref,
            status=status,
            application_date=application_date,
            application_period=application_period,
            invoice_text=invoice_text,
        )

        ar_adjust_dto.additional_properties = d
        return ar_adjust_dto

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
