from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

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
class PaymentUpdateDto(GeneratedModel):
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

    reference_number: ReferenceNumberInPaymentUpdateDto | Unset | None = UNSET
    type_: TypeInPaymentUpdateDto | Unset | None = UNSET
    hold: HoldInPaymentUpdateDto | Unset | None = UNSET
    application_date: ApplicationDateInPaymentUpdateDto | Unset | None = UNSET
    application_period: ApplicationPeriodInPaymentUpdateDto | Unset | None = UNSET
    payment_ref: PaymentRefInPaymentUpdateDto | Unset | None = UNSET
    customer: CustomerInPaymentUpdateDto | Unset | None = UNSET
    location: LocationInPaymentUpdateDto | Unset | None = UNSET
    payment_method: PaymentMethodInPaymentUpdateDto | Unset | None = UNSET
    cash_account: CashAccountInPaymentUpdateDto | Unset | None = UNSET
    currency: CurrencyInPaymentUpdateDto | Unset | None = UNSET
    payment_amount: PaymentAmountInPaymentUpdateDto | Unset | None = UNSET
    invoice_text: InvoiceTextInPaymentUpdateDto | Unset | None = UNSET
    branch: DtoValueOfString | Unset | None = UNSET
    override_number_series: DtoValueOfBoolean | Unset | None = UNSET
    orders_to_apply: list[PaymentOrdersLinesUpdateDto] | Unset | None = UNSET
    payment_lines: list[PaymentLinesUpdateDto] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.reference_number
        if _value is not UNSET:
            field_dict["referenceNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.type_
        if _value is not UNSET:
            field_dict["type"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.hold
        if _value is not UNSET:
            field_dict["hold"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.application_date
        if _value is not UNSET:
            field_dict["applicationDate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.application_period
        if _value is not UNSET:
            field_dict["applicationPeriod"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.payment_ref
        if _value is not UNSET:
            field_dict["paymentRef"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.customer
        if _value is not UNSET:
            field_dict["customer"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.location
        if _value is not UNSET:
            field_dict["location"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.payment_method
        if _value is not UNSET:
            field_dict["paymentMethod"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.cash_account
        if _value is not UNSET:
            field_dict["cashAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.currency
        if _value is not UNSET:
            field_dict["currency"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.payment_amount
        if _value is not UNSET:
            field_dict["paymentAmount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.invoice_text
        if _value is not UNSET:
            field_dict["invoiceText"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.branch
        if _value is not UNSET:
            field_dict["branch"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.override_number_series
        if _value is not UNSET:
            field_dict["overrideNumberSeries"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.orders_to_apply
        if _value is not UNSET:
            field_dict["ordersToApply"] = (
                [
                    orders_to_apply_item_data.to_dict()
                    if isinstance(orders_to_apply_item_data, GeneratedModel)
                    else orders_to_apply_item_data
                    for orders_to_apply_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.payment_lines
        if _value is not UNSET:
            field_dict["paymentLines"] = (
                [
                    payment_lines_item_data.to_dict()
                    if isinstance(payment_lines_item_data, GeneratedModel)
                    else payment_lines_item_data
                    for payment_lines_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not PaymentUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("referenceNumber", UNSET)
        self.reference_number = (
            _models.ReferenceNumberInPaymentUpdateDto._vn_fill(_new(_models.ReferenceNumberInPaymentUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("type", UNSET)
        self.type_ = (
            _models.TypeInPaymentUpdateDto._vn_fill(_new(_models.TypeInPaymentUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("hold", UNSET)
        self.hold = (
            _models.HoldInPaymentUpdateDto._vn_fill(_new(_models.HoldInPaymentUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("applicationDate", UNSET)
        self.application_date = (
            _models.ApplicationDateInPaymentUpdateDto._vn_fill(_new(_models.ApplicationDateInPaymentUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("applicationPeriod", UNSET)
        self.application_period = (
            _models.ApplicationPeriodInPaymentUpdateDto._vn_fill(
                _new(_models.ApplicationPeriodInPaymentUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("paymentRef", UNSET)
        self.payment_ref = (
            _models.PaymentRefInPaymentUpdateDto._vn_fill(_new(_models.PaymentRefInPaymentUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customer", UNSET)
        self.customer = (
            _models.CustomerInPaymentUpdateDto._vn_fill(_new(_models.CustomerInPaymentUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("location", UNSET)
        self.location = (
            _models.LocationInPaymentUpdateDto._vn_fill(_new(_models.LocationInPaymentUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("paymentMethod", UNSET)
        self.payment_method = (
            _models.PaymentMethodInPaymentUpdateDto._vn_fill(_new(_models.PaymentMethodInPaymentUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("cashAccount", UNSET)
        self.cash_account = (
            _models.CashAccountInPaymentUpdateDto._vn_fill(_new(_models.CashAccountInPaymentUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("currency", UNSET)
        self.currency = (
            _models.CurrencyInPaymentUpdateDto._vn_fill(_new(_models.CurrencyInPaymentUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("paymentAmount", UNSET)
        self.payment_amount = (
            _models.PaymentAmountInPaymentUpdateDto._vn_fill(_new(_models.PaymentAmountInPaymentUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("invoiceText", UNSET)
        self.invoice_text = (
            _models.InvoiceTextInPaymentUpdateDto._vn_fill(_new(_models.InvoiceTextInPaymentUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("branch", UNSET)
        self.branch = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("overrideNumberSeries", UNSET)
        self.override_number_series = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("ordersToApply", UNSET)
        self.orders_to_apply = (
            [
                _models.PaymentOrdersLinesUpdateDto._vn_fill(
                    _new(_models.PaymentOrdersLinesUpdateDto), orders_to_apply_item_data
                )
                if isinstance(orders_to_apply_item_data, dict)
                else orders_to_apply_item_data
                for orders_to_apply_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("paymentLines", UNSET)
        self.payment_lines = (
            [
                _models.PaymentLinesUpdateDto._vn_fill(_new(_models.PaymentLinesUpdateDto), payment_lines_item_data)
                if isinstance(payment_lines_item_data, dict)
                else payment_lines_item_data
                for payment_lines_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("reference_number", "referenceNumber", False, ("model", "ReferenceNumberInPaymentUpdateDto")),
        ("type_", "type", False, ("model", "TypeInPaymentUpdateDto")),
        ("hold", "hold", False, ("model", "HoldInPaymentUpdateDto")),
        ("application_date", "applicationDate", False, ("model", "ApplicationDateInPaymentUpdateDto")),
        ("application_period", "applicationPeriod", False, ("model", "ApplicationPeriodInPaymentUpdateDto")),
        ("payment_ref", "paymentRef", False, ("model", "PaymentRefInPaymentUpdateDto")),
        ("customer", "customer", False, ("model", "CustomerInPaymentUpdateDto")),
        ("location", "location", False, ("model", "LocationInPaymentUpdateDto")),
        ("payment_method", "paymentMethod", False, ("model", "PaymentMethodInPaymentUpdateDto")),
        ("cash_account", "cashAccount", False, ("model", "CashAccountInPaymentUpdateDto")),
        ("currency", "currency", False, ("model", "CurrencyInPaymentUpdateDto")),
        ("payment_amount", "paymentAmount", False, ("model", "PaymentAmountInPaymentUpdateDto")),
        ("invoice_text", "invoiceText", False, ("model", "InvoiceTextInPaymentUpdateDto")),
        ("branch", "branch", False, ("model", "DtoValueOfString")),
        ("override_number_series", "overrideNumberSeries", False, ("model", "DtoValueOfBoolean")),
        ("orders_to_apply", "ordersToApply", False, ("list", ("model", "PaymentOrdersLinesUpdateDto"))),
        ("payment_lines", "paymentLines", False, ("list", ("model", "PaymentLinesUpdateDto"))),
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


_Lazy = _lazy_twin(PaymentUpdateDto)
