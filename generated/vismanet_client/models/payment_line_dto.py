from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.payment_line_dto_document_type import PaymentLineDtoDocumentType
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

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
class PaymentLineDto(GeneratedModel):
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

    document_type: PaymentLineDtoDocumentType | Unset | None = UNSET
    ref_nbr: str | Unset | None = UNSET
    amount_paid: float | Unset | None = UNSET
    cash_discount_taken: float | Unset | None = UNSET
    balance_write_off: float | Unset | None = UNSET
    write_off_reason_code: WriteOffReasonCodeInPaymentLineDto | Unset | None = UNSET
    date: datetime.datetime | Unset | None = UNSET
    due_date: datetime.datetime | Unset | None = UNSET
    cash_discount_date: datetime.datetime | Unset | None = UNSET
    balance: float | Unset | None = UNSET
    cash_discount_balance: float | Unset | None = UNSET
    description: str | Unset | None = UNSET
    currency: str | Unset | None = UNSET
    post_period: str | Unset | None = UNSET
    customer_order: str | Unset | None = UNSET
    cross_rate: float | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.document_type
        if _value is not UNSET:
            field_dict["documentType"] = _value
        _value = self.ref_nbr
        if _value is not UNSET:
            field_dict["refNbr"] = _value
        _value = self.amount_paid
        if _value is not UNSET:
            field_dict["amountPaid"] = _value
        _value = self.cash_discount_taken
        if _value is not UNSET:
            field_dict["cashDiscountTaken"] = _value
        _value = self.balance_write_off
        if _value is not UNSET:
            field_dict["balanceWriteOff"] = _value
        _value = self.write_off_reason_code
        if _value is not UNSET:
            field_dict["writeOffReasonCode"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
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
        _value = self.customer_order
        if _value is not UNSET:
            field_dict["customerOrder"] = _value
        _value = self.cross_rate
        if _value is not UNSET:
            field_dict["crossRate"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not PaymentLineDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.document_type = _rest.pop("documentType", UNSET)
        self.ref_nbr = _rest.pop("refNbr", UNSET)
        self.amount_paid = _rest.pop("amountPaid", UNSET)
        self.cash_discount_taken = _rest.pop("cashDiscountTaken", UNSET)
        self.balance_write_off = _rest.pop("balanceWriteOff", UNSET)
        _value = _rest.pop("writeOffReasonCode", UNSET)
        self.write_off_reason_code = (
            _models.WriteOffReasonCodeInPaymentLineDto._vn_fill(
                _new(_models.WriteOffReasonCodeInPaymentLineDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
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
        self.customer_order = _rest.pop("customerOrder", UNSET)
        self.cross_rate = _rest.pop("crossRate", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("document_type", "documentType", False, "str"),
        ("ref_nbr", "refNbr", False, "str"),
        ("amount_paid", "amountPaid", False, "float"),
        ("cash_discount_taken", "cashDiscountTaken", False, "float"),
        ("balance_write_off", "balanceWriteOff", False, "float"),
        ("write_off_reason_code", "writeOffReasonCode", False, ("model", "WriteOffReasonCodeInPaymentLineDto")),
        ("date", "date", False, "datetime"),
        ("due_date", "dueDate", False, "datetime"),
        ("cash_discount_date", "cashDiscountDate", False, "datetime"),
        ("balance", "balance", False, "float"),
        ("cash_discount_balance", "cashDiscountBalance", False, "float"),
        ("description", "description", False, "str"),
        ("currency", "currency", False, "str"),
        ("post_period", "postPeriod", False, "str"),
        ("customer_order", "customerOrder", False, "str"),
        ("cross_rate", "crossRate", False, "float"),
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


_Lazy = _lazy_twin(PaymentLineDto)
