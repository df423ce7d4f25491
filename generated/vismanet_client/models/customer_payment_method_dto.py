from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cash_account_in_customer_payment_method_dto import CashAccountInCustomerPaymentMethodDto
    from ..models.customer_in_customer_payment_method_dto import CustomerInCustomerPaymentMethodDto
    from ..models.customer_payment_method_detail_dto import CustomerPaymentMethodDetailDto
    from ..models.payment_method_in_customer_payment_method_dto import PaymentMethodInCustomerPaymentMethodDto


T = TypeVar("T", bound="CustomerPaymentMethodDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "customer",
    "payment_method",
    "active",
    "cash_account",
    "card_or_account_no",
    "payment_method_details",
)


@_attrs_define(repr=False)
class CustomerPaymentMethodDto:
    """
    Attributes:
        customer (CustomerInCustomerPaymentMethodDto | Unset): Mandatory field: The top part &gt; Customer* &gt; The
            customer whose payment method you want to view or add; select a customer from the list of customers defined in
            the system.
        payment_method (PaymentMethodInCustomerPaymentMethodDto | Unset): Mandatory field: The top part &gt; Payment
            method* &gt; The payment method used as a template for a customer payment method you are currently viewing;
            select a payment method to use its settings for creating a new customer payment method.
        active (bool | Unset): The top part &gt; Active &gt; A check box that indicates (if selected) that the selected
            customer payment method is active (that is, available for recording payments).
        cash_account (CashAccountInCustomerPaymentMethodDto | Unset): The top part &gt; Cash account &gt; The cash
            account to accrue customer payments made by this payment method, if it differs from the default cash account
            specified for the payment method selected.
        card_or_account_no (str | Unset): The top part &gt; Card/account no. &gt; The identifier for the customer's
            payment method.
        payment_method_details (list[CustomerPaymentMethodDetailDto] | Unset): Payment method details tab &gt; The
            specific elements on this tab depend on the selected payment method, which is defined in the window.
    """

    customer: CustomerInCustomerPaymentMethodDto | Unset = UNSET
    payment_method: PaymentMethodInCustomerPaymentMethodDto | Unset = UNSET
    active: bool | Unset = UNSET
    cash_account: CashAccountInCustomerPaymentMethodDto | Unset = UNSET
    card_or_account_no: str | Unset = UNSET
    payment_method_details: list[CustomerPaymentMethodDetailDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        payment_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.to_dict()

        active = self.active

        cash_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cash_account, Unset):
            cash_account = self.cash_account.to_dict()

        card_or_account_no = self.card_or_account_no

        payment_method_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_method_details, Unset):
            payment_method_details = []
            for payment_method_details_item_data in self.payment_method_details:
                payment_method_details_item = payment_method_details_item_data.to_dict()
                payment_method_details.append(payment_method_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer is not UNSET:
            field_dict["customer"] = customer
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method
        if active is not UNSET:
            field_dict["active"] = active
        if cash_account is not UNSET:
            field_dict["cashAccount"] = cash_account
        if card_or_account_no is not UNSET:
            field_dict["cardOrAccountNo"] = card_or_account_no
        if payment_method_details is not UNSET:
            field_dict["paymentMethodDetails"] = payment_method_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("customer", UNSET)
        _instance.customer = UNSET if _value is UNSET else _models.CustomerInCustomerPaymentMethodDto.from_dict(_value)
        _value = _rest.pop("paymentMethod", UNSET)
        _instance.payment_method = (
            UNSET if _value is UNSET else _models.PaymentMethodInCustomerPaymentMethodDto.from_dict(_value)
        )
        _instance.active = _rest.pop("active", UNSET)
        _value = _rest.pop("cashAccount", UNSET)
        _instance.cash_account = (
            UNSET if _value is UNSET else _models.CashAccountInCustomerPaymentMethodDto.from_dict(_value)
        )
        _instance.card_or_account_no = _rest.pop("cardOrAccountNo", UNSET)
        _value = _rest.pop("paymentMethodDetails", UNSET)
        _instance.payment_method_details = (
            UNSET
            if _value is UNSET
            else [
                _models.CustomerPaymentMethodDetailDto.from_dict(payment_method_details_item_data)
                for payment_method_details_item_data in _value
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
