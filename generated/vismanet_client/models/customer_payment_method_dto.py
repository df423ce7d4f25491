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
class CustomerPaymentMethodDto(GeneratedModel):
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

    customer: CustomerInCustomerPaymentMethodDto | Unset | None = UNSET
    payment_method: PaymentMethodInCustomerPaymentMethodDto | Unset | None = UNSET
    active: bool | Unset | None = UNSET
    cash_account: CashAccountInCustomerPaymentMethodDto | Unset | None = UNSET
    card_or_account_no: str | Unset | None = UNSET
    payment_method_details: list[CustomerPaymentMethodDetailDto] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.customer
        if _value is not UNSET:
            field_dict["customer"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.payment_method
        if _value is not UNSET:
            field_dict["paymentMethod"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.active
        if _value is not UNSET:
            field_dict["active"] = _value
        _value = self.cash_account
        if _value is not UNSET:
            field_dict["cashAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.card_or_account_no
        if _value is not UNSET:
            field_dict["cardOrAccountNo"] = _value
        _value = self.payment_method_details
        if _value is not UNSET:
            field_dict["paymentMethodDetails"] = (
                [
                    payment_method_details_item_data.to_dict()
                    if isinstance(payment_method_details_item_data, GeneratedModel)
                    else payment_method_details_item_data
                    for payment_method_details_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not CustomerPaymentMethodDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("customer", UNSET)
        self.customer = (
            _models.CustomerInCustomerPaymentMethodDto._vn_fill(
                _new(_models.CustomerInCustomerPaymentMethodDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("paymentMethod", UNSET)
        self.payment_method = (
            _models.PaymentMethodInCustomerPaymentMethodDto._vn_fill(
                _new(_models.PaymentMethodInCustomerPaymentMethodDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        self.active = _rest.pop("active", UNSET)
        _value = _rest.pop("cashAccount", UNSET)
        self.cash_account = (
            _models.CashAccountInCustomerPaymentMethodDto._vn_fill(
                _new(_models.CashAccountInCustomerPaymentMethodDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        self.card_or_account_no = _rest.pop("cardOrAccountNo", UNSET)
        _value = _rest.pop("paymentMethodDetails", UNSET)
        self.payment_method_details = (
            [
                _models.CustomerPaymentMethodDetailDto._vn_fill(
                    _new(_models.CustomerPaymentMethodDetailDto), payment_method_details_item_data
                )
                if isinstance(payment_method_details_item_data, dict)
                else payment_method_details_item_data
                for payment_method_details_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("customer", "customer", False, ("model", "CustomerInCustomerPaymentMethodDto")),
        ("payment_method", "paymentMethod", False, ("model", "PaymentMethodInCustomerPaymentMethodDto")),
        ("active", "active", False, "bool"),
        ("cash_account", "cashAccount", False, ("model", "CashAccountInCustomerPaymentMethodDto")),
        ("card_or_account_no", "cardOrAccountNo", False, "str"),
        (
            "payment_method_details",
            "paymentMethodDetails",
            False,
            ("list", ("model", "CustomerPaymentMethodDetailDto")),
        ),
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


_Lazy = _lazy_twin(CustomerPaymentMethodDto)
