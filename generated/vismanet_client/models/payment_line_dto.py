from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_line_dto_document_type import PaymentLineDtoDocumentType, check_payment_line_dto_document_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.write_off_reason_code_in_payment_line_dto import WriteOffReasonCodeInPaymentLineDto


T = TypeVar("T", bound="PaymentLineDto")


@_attrs_define
class PaymentLineDto:
    """
    Attributes:
        document_type (PaymentLineDtoDocumentType | Unset): Doc. type &gt; The type of document to which the payment is
            applied.
        ref_nbr (str | Unset): Mandatory field: Ref. no.* &gt; The reference number of the invoice or note to which the
            payment is applied.
        amount_paid (float | Unset): Amount paid &gt; The amount to be paid which is displayed in the currency of the
            document that is selected in the window.
        cash_discount_taken (float | Unset): Cash discount taken &gt; The cash discount to be taken.
        balance_write_off (float | Unset): Balance write-off &gt; The amount to be written off.
        write_off_reason_code (WriteOffReasonCodeInPaymentLineDto | Unset): Write-off reason code &gt; A reason code
            that defines an account and subaccount to be used for writing off credits or balances.
        date (datetime.datetime | Unset): Date &gt; The creation date of the customer ledger document.
        due_date (datetime.datetime | Unset): Due date &gt; The due date of the customer ledger document.
        cash_discount_date (datetime.datetime | Unset): Cash disount date &gt; The date through which the customer can
            take a cash discount.
        balance (float | Unset): Balance &gt; The balance of the document after the cash discount is taken and the
            amount is paid.
        cash_discount_balance (float | Unset): Cash discount balance &gt; The unused amount of the cash discount, in
            case of partial payment.
        description (str | Unset): Description &gt; A description of the document.
        currency (str | Unset): Currency &gt; The currency of the customer ledger document.
        post_period (str | Unset): Post period &gt; The financial period to which the transactions recorded in the
            document should be posted. Format MMYYYY.
        customer_order (str | Unset): Customer order &gt; A reference to a document of the customer, such as a purchase
            order number.
        cross_rate (float | Unset): Cross rate &gt; A cross rate that you can optionally specify between the currency of
            the payment and currency of the original document.
    """

    document_type: PaymentLineDtoDocumentType | Unset = UNSET
    ref_nbr: str | Unset = UNSET
    amount_paid: float | Unset = UNSET
    cash_discount_taken: float | Unset = UNSET
    balance_write_off: float | Unset = UNSET
    write_off_reason_code: WriteOffReasonCodeInPaymentLineDto | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    due_date: datetime.datetime | Unset = UNSET
    cash_discount_date: datetime.datetime | Unset = UNSET
    balance: float | Unset = UNSET
    cash_discount_balance: float | Unset = UNSET
    description: str | Unset = UNSET
    currency: str | Unset = UNSET
    post_period: str | Unset = UNSET
    customer_order: str | Unset = UNSET
    cross_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_type: str | Unset = UNSET
        if not isinstance(self.document_type, Unset):
            document_type = self.document_type

        ref_nbr = self.ref_nbr

        amount_paid = self.amount_paid

        cash_discount_taken = self.cash_discount_taken

        balance_write_off = self.balance_write_off

        write_off_reason_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.write_off_reason_code, Unset):
            write_off_reason_code = self.write_off_reason_code.to_dict()

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

        customer_order = self.customer_order

        cross_rate = self.cross_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if document_type is not UNSET:
            field_dict["documentType"] = document_type
        if ref_nbr is not UNSET:
            field_dict["refNbr"] = ref_nbr
        if amount_paid is not UNSET:
            field_dict["amountPaid"] = amount_paid
        if cash_discount_taken is not UNSET:
            field_dict["cashDiscountTaken"] = cash_discount_taken
        if balance_write_off is not UNSET:
            field_dict["balanceWriteOff"] = balance_write_off
        if write_off_reason_code is not UNSET:
            field_dict["writeOffReasonCode"] = write_off_reason_code
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
        if customer_order is not UNSET:
            field_dict["customerOrder"] = customer_order
        if cross_rate is not UNSET:
            field_dict["crossRate"] = cross_rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.write_off_reason_code_in_payment_line_dto import WriteOffReasonCodeInPaymentLineDto

        d = dict(src_dict)
        _document_type = d.pop("documentType", UNSET)
        document_type: PaymentLineDtoDocumentType | Unset
        if isinstance(_document_type, Unset):
            document_type = UNSET
        else:
            document_type = check_payment_line_dto_document_type(_document_type)

        ref_nbr = d.pop("refNbr", UNSET)

        amount_paid = d.pop("amountPaid", UNSET)

        cash_discount_taken = d.pop("cashDiscountTaken", UNSET)

        balance_write_off = d.pop("balanceWriteOff", UNSET)

        _write_off_reason_code = d.pop("writeOffReasonCode", UNSET)
        write_off_reason_code: WriteOffReasonCodeInPaymentLineDto | Unset
        if isinstance(_write_off_reason_code, Unset):
            write_off_reason_code = UNSET
        else:
            write_off_reason_code = WriteOffReasonCodeInPaymentLineDto.from_dict(_write_off_reason_code)

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

        customer_order = d.pop("customerOrder", UNSET)

        cross_rate = d.pop("crossRate", UNSET)

        payment_line_dto = cls(
            document_type=document_type,
            ref_nbr=ref_nbr,
            amount_paid=amount_paid,
            cash_discount_taken=cash_discount_taken,
            balance_write_off=balance_write_off,
            write_off_reason_code=write_off_reason_code,
            date=date,
            due_date=due_date,
            cash_discount_date=cash_discount_date,
            balance=balance,
            cash_discount_balance=cash_discount_balance,
            description=description,
            currency=currency,
            post_period=post_period,
            customer_order=customer_order,
            cross_rate=cross_rate,
        )

        payment_line_dto.additional_properties = d
        return payment_line_dto

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
