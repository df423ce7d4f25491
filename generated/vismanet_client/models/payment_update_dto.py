from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.application_date_in_payment_update_dto import ApplicationDateInPaymentUpdateDto
    from ..models.application_period_in_payment_update_dto import ApplicationPeriodInPaymentUpdateDto
    from ..models.cash_account_in_payment_update_dto import CashAccountInPaymentUpdateDto
    from ..models.currency_in_payment_update_dto import CurrencyInPaymentUpdateDto
    from ..models.customer_in_payment_update_dto import CustomerInPaymentUpdateDto
    from ..models.dto_value_of_boolean import DtoValueOfBoolean
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.hold_in_payment_update_dto import HoldInPaymentUpdateDto
    from ..models.invoice_text_in_payment_update_dto import InvoiceTextInPaymentUpdateDto
    from ..models.location_in_payment_update_dto import LocationInPaymentUpdateDto
    from ..models.payment_amount_in_payment_update_dto import PaymentAmountInPaymentUpdateDto
    from ..models.payment_lines_update_dto import PaymentLinesUpdateDto
    from ..models.payment_method_in_payment_update_dto import PaymentMethodInPaymentUpdateDto
    from ..models.payment_orders_lines_update_dto import PaymentOrdersLinesUpdateDto
    from ..models.payment_ref_in_payment_update_dto import PaymentRefInPaymentUpdateDto
    from ..models.reference_number_in_payment_update_dto import ReferenceNumberInPaymentUpdateDto
    from ..models.type_in_payment_update_dto import TypeInPaymentUpdateDto


T = TypeVar("T", bound="PaymentUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "reference_number",
    "type_",
    "hold",
    "application_date",
    "application_period",
    "payment_ref",
    "customer",
    "location",
    "payment_method",
    "cash_account",
    "currency",
    "payment_amount",
    "invoice_text",
    "branch",
    "override_number_series",
    "orders_to_apply",
    "payment_lines",
)


@_attrs_define(repr=False)
class PaymentUpdateDto:
    """
    Attributes:
        reference_number (ReferenceNumberInPaymentUpdateDto | Unset): The top part &gt; Ref. no &gt; Reference number
            for the document. Can be used when manual numbering is enabled.
        type_ (TypeInPaymentUpdateDto | Unset): The top part &gt; Type &gt; The type of a document: Payment, Credit
            note, Prepayment, Customer refund, Void payment, Balance write-off.
        hold (HoldInPaymentUpdateDto | Unset): The top part &gt; Hold &gt; A check box that indicates (if selected) that
            the document is a draft with the On hold status.
        application_date (ApplicationDateInPaymentUpdateDto | Unset): Mandatory field: The top part &gt; Date* &gt; The
            date when a payment is applied to a document (invoice or note). The current business date for unapplied or
            partially applied payments and the latest application date for the closed payment.
        application_period (ApplicationPeriodInPaymentUpdateDto | Unset): Mandatory field: The top part &gt; Financial
            period* &gt; The financial period to which the payment should be applied, which the system fills in based on the
            date.
        payment_ref (PaymentRefInPaymentUpdateDto | Unset): Mandatory field: The top part &gt; Payment ref.* &gt; A
            secondary payment reference identifier, which can be a system-generated number or an external reference number
            entered manually.
        customer (CustomerInPaymentUpdateDto | Unset): Mandatory field: The top part &gt; Customer* &gt; The customer
            who issued the payment.
        location (LocationInPaymentUpdateDto | Unset): Mandatory field: The top part &gt; Location* &gt; The customer
            location associated with the sale. Once the customer is selected, this field displays the customer's default
            location.
        payment_method (PaymentMethodInPaymentUpdateDto | Unset): The top part &gt; Payment method &gt; The customer's
            default payment method.
        cash_account (CashAccountInPaymentUpdateDto | Unset): Mandatory field: The top part &gt; Cash account* &gt; The
            default cash account associated with the payment method.
        currency (CurrencyInPaymentUpdateDto | Unset): The top part &gt; Currency &gt; The currency of the payment
            document. Once the customer is selected, the system inserts the customer's default currency.
        payment_amount (PaymentAmountInPaymentUpdateDto | Unset): The top part &gt; Payment amount &gt; The total of the
            documents to which payment is to be applied.
        invoice_text (InvoiceTextInPaymentUpdateDto | Unset): The top part &gt; Invoice text &gt; A user-defined
            description of the payment.
        branch (DtoValueOfString | Unset):
        override_number_series (DtoValueOfBoolean | Unset):
        orders_to_apply (list[PaymentOrdersLinesUpdateDto] | Unset): The top part &gt; Applied to orders &gt; The total
            of the orders for which payment is reserved, minus the amount transferred to invoice.
        payment_lines (list[PaymentLinesUpdateDto] | Unset):
    """

    reference_number: ReferenceNumberInPaymentUpdateDto | Unset = UNSET
    type_: TypeInPaymentUpdateDto | Unset = UNSET
    hold: HoldInPaymentUpdateDto | Unset = UNSET
    application_date: ApplicationDateInPaymentUpdateDto | Unset = UNSET
    application_period: ApplicationPeriodInPaymentUpdateDto | Unset = UNSET
    payment_ref: PaymentRefInPaymentUpdateDto | Unset = UNSET
    customer: CustomerInPaymentUpdateDto | Unset = UNSET
    location: LocationInPaymentUpdateDto | Unset = UNSET
    payment_method: PaymentMethodInPaymentUpdateDto | Unset = UNSET
    cash_account: CashAccountInPaymentUpdateDto | Unset = UNSET
    currency: CurrencyInPaymentUpdateDto | Unset = UNSET
    payment_amount: PaymentAmountInPaymentUpdateDto | Unset = UNSET
    invoice_text: InvoiceTextInPaymentUpdateDto | Unset = UNSET
    branch: DtoValueOfString | Unset = UNSET
    override_number_series: DtoValueOfBoolean | Unset = UNSET
    orders_to_apply: list[PaymentOrdersLinesUpdateDto] | Unset = UNSET
    payment_lines: list[PaymentLinesUpdateDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reference_number, Unset):
            reference_number = self.reference_number.to_dict()

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        hold: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hold, Unset):
            hold = self.hold.to_dict()

        application_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.application_date, Unset):
            application_date = self.application_date.to_dict()

        application_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.application_period, Unset):
            application_period = self.application_period.to_dict()

        payment_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_ref, Unset):
            payment_ref = self.payment_ref.to_dict()

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        payment_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.to_dict()

        cash_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cash_account, Unset):
            cash_account = self.cash_account.to_dict()

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        payment_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_amount, Unset):
            payment_amount = self.payment_amount.to_dict()

        invoice_text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_text, Unset):
            invoice_text = self.invoice_text.to_dict()

        branch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch, Unset):
            branch = self.branch.to_dict()

        override_number_series: dict[str, Any] | Unset = UNSET
        if not isinstance(self.override_number_series, Unset):
            override_number_series = self.override_number_series.to_dict()

        orders_to_apply: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.orders_to_apply, Unset):
            orders_to_apply = []
            for orders_to_apply_item_data in self.orders_to_apply:
                orders_to_apply_item = orders_to_apply_item_data.to_dict()
                orders_to_apply.append(orders_to_apply_item)

        payment_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_lines, Unset):
            payment_lines = []
            for payment_lines_item_data in self.payment_lines:
                payment_lines_item = payment_lines_item_data.to_dict()
                payment_lines.append(payment_lines_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reference_number is not UNSET:
            field_dict["referenceNumber"] = reference_number
        if type_ is not UNSET:
            field_dict["type"] = type_
        if hold is not UNSET:
            field_dict["hold"] = hold
        if application_date is not UNSET:
            field_dict["applicationDate"] = application_date
        if application_period is not UNSET:
            field_dict["applicationPeriod"] = application_period
        if payment_ref is not UNSET:
            field_dict["paymentRef"] = payment_ref
        if customer is not UNSET:
            field_dict["customer"] = customer
        if location is not UNSET:
            field_dict["location"] = location
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method
        if cash_account is not UNSET:
            field_dict["cashAccount"] = cash_account
        if currency is not UNSET:
            field_dict["currency"] = currency
        if payment_amount is not UNSET:
            field_dict["paymentAmount"] = payment_amount
        if invoice_text is not UNSET:
            field_dict["invoiceText"] = invoice_text
        if branch is not UNSET:
            field_dict["branch"] = branch
        if override_number_series is not UNSET:
            field_dict["overrideNumberSeries"] = override_number_series
        if orders_to_apply is not UNSET:
            field_dict["ordersToApply"] = orders_to_apply
        if payment_lines is not UNSET:
            field_dict["paymentLines"] = payment_lines

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("referenceNumber", UNSET)
        _instance.reference_number = (
            UNSET if _value is UNSET else _models.ReferenceNumberInPaymentUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("type", UNSET)
        _instance.type_ = UNSET if _value is UNSET else _models.TypeInPaymentUpdateDto.from_dict(_value)
        _value = _rest.pop("hold", UNSET)
        _instance.hold = UNSET if _value is UNSET else _models.HoldInPaymentUpdateDto.from_dict(_value)
        _value = _rest.pop("applicationDate", UNSET)
        _instance.application_date = (
            UNSET if _value is UNSET else _models.ApplicationDateInPaymentUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("applicationPeriod", UNSET)
        _instance.application_period = (
            UNSET if _value is UNSET else _models.ApplicationPeriodInPaymentUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("paymentRef", UNSET)
        _instance.payment_ref = UNSET if _value is UNSET else _models.PaymentRefInPaymentUpdateDto.from_dict(_value)
        _value = _rest.pop("customer", UNSET)
        _instance.customer = UNSET if _value is UNSET else _models.CustomerInPaymentUpdateDto.from_dict(_value)
        _value = _rest.pop("location", UNSET)
        _instance.location = UNSET if _value is UNSET else _models.LocationInPaymentUpdateDto.from_dict(_value)
        _value = _rest.pop("paymentMethod", UNSET)
        _instance.payment_method = (
            UNSET if _value is UNSET else _models.PaymentMethodInPaymentUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("cashAccount", UNSET)
        _instance.cash_account = UNSET if _value is UNSET else _models.CashAccountInPaymentUpdateDto.from_dict(_value)
        _value = _rest.pop("currency", UNSET)
        _instance.currency = UNSET if _value is UNSET else _models.CurrencyInPaymentUpdateDto.from_dict(_value)
        _value = _rest.pop("paymentAmount", UNSET)
        _instance.payment_amount = (
            UNSET if _value is UNSET else _models.PaymentAmountInPaymentUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("invoiceText", UNSET)
        _instance.invoice_text = UNSET if _value is UNSET else _models.InvoiceTextInPaymentUpdateDto.from_dict(_value)
        _value = _rest.pop("branch", UNSET)
        _instance.branch = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("overrideNumberSeries", UNSET)
        _instance.override_number_series = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("ordersToApply", UNSET)
        _instance.orders_to_apply = (
            UNSET
            if _value is UNSET
            else [
                _models.PaymentOrdersLinesUpdateDto.from_dict(orders_to_apply_item_data)
                for orders_to_apply_item_data in _value
            ]
        )
        _value = _rest.pop("paymentLines", UNSET)
        _instance.payment_lines = (
            UNSET
            if _value is UNSET
            else [
                _models.PaymentLinesUpdateDto.from_dict(payment_lines_item_data) for payment_lines_item_data in _value
            ]
        )
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
