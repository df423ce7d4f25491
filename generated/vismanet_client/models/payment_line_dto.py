from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.payment_line_dto_document_type import PaymentLineDtoDocumentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.write_off_reason_code_in_payment_line_dto import WriteOffReasonCodeInPaymentLineDto


T = TypeVar("T", bound="PaymentLineDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "document_type",
    "ref_nbr",
    "amount_paid",
    "cash_discount_taken",
    "balance_write_off",
    "write_off_reason_code",
    "date",
    "due_date",
    "cash_discount_date",
    "balance",
    "cash_discount_balance",
    "description",
    "currency",
    "post_period",
    "customer_order",
    "cross_rate",
)


@_attrs_define(repr=False)
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.document_type = _rest.pop("documentType", UNSET)
        _instance.ref_nbr = _rest.pop("refNbr", UNSET)
        _instance.amount_paid = _rest.pop("amountPaid", UNSET)
        _instance.cash_discount_taken = _rest.pop("cashDiscountTaken", UNSET)
        _instance.balance_write_off = _rest.pop("balanceWriteOff", UNSET)
        _value = _rest.pop("writeOffReasonCode", UNSET)
        _instance.write_off_reason_code = (
            UNSET if _value is UNSET else _models.WriteOffReasonCodeInPaymentLineDto.from_dict(_value)
        )
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
        _instance.customer_order = _rest.pop("customerOrder", UNSET)
        _instance.cross_rate = _rest.pop("crossRate", UNSET)
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
