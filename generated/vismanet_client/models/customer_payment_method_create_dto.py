from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_payment_method_detail_update_dto import CustomerPaymentMethodDetailUpdateDto
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="CustomerPaymentMethodCreateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "customer_id",
    "payment_method_id",
    "active",
    "cash_account_id",
    "payment_method_details",
)


@_attrs_define(repr=False)
class CustomerPaymentMethodCreateDto:
    """
    Attributes:
        customer_id (DtoValueOfString | Unset):
        payment_method_id (DtoValueOfString | Unset):
        active (DtoValueOfNullableOfBoolean | Unset):
        cash_account_id (DtoValueOfString | Unset):
        payment_method_details (list[CustomerPaymentMethodDetailUpdateDto] | Unset):
    """

    customer_id: DtoValueOfString | Unset = UNSET
    payment_method_id: DtoValueOfString | Unset = UNSET
    active: DtoValueOfNullableOfBoolean | Unset = UNSET
    cash_account_id: DtoValueOfString | Unset = UNSET
    payment_method_details: list[CustomerPaymentMethodDetailUpdateDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = self.customer_id.to_dict()

        payment_method_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method_id, Unset):
            payment_method_id = self.payment_method_id.to_dict()

        active: dict[str, Any] | Unset = UNSET
        if not isinstance(self.active, Unset):
            active = self.active.to_dict()

        cash_account_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cash_account_id, Unset):
            cash_account_id = self.cash_account_id.to_dict()

        payment_method_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_method_details, Unset):
            payment_method_details = []
            for payment_method_details_item_data in self.payment_method_details:
                payment_method_details_item = payment_method_details_item_data.to_dict()
                payment_method_details.append(payment_method_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if payment_method_id is not UNSET:
            field_dict["paymentMethodId"] = payment_method_id
        if active is not UNSET:
            field_dict["active"] = active
        if cash_account_id is not UNSET:
            field_dict["cashAccountId"] = cash_account_id
        if payment_method_details is not UNSET:
            field_dict["paymentMethodDetails"] = payment_method_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("customerId", UNSET)
        _instance.customer_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("paymentMethodId", UNSET)
        _instance.payment_method_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("active", UNSET)
        _instance.active = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("cashAccountId", UNSET)
        _instance.cash_account_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("paymentMethodDetails", UNSET)
        _instance.payment_method_details = (
            UNSET
            if _value is UNSET
            else [
                _models.CustomerPaymentMethodDetailUpdateDto.from_dict(payment_method_details_item_data)
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
