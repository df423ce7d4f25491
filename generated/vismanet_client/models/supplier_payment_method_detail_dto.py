from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SupplierPaymentMethodDetailDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "payment_method_detail_description",
    "payment_method_detail_value",
    "payment_method_detail_banking_detail_type",
    "payment_method_detail_id",
)


@_attrs_define(repr=False)
class SupplierPaymentMethodDetailDto:
    """This class represents a Payment Method Detail in SupplierController. Used to get data for
    SupplierPaymentMethodDetails of a Supplier.

        Attributes:
            payment_method_detail_description (str | Unset): The description of the payment method detail.
            payment_method_detail_value (str | Unset): The ID of the payment method detail.
            payment_method_detail_banking_detail_type (str | Unset): Payment method banking detail type
            payment_method_detail_id (str | Unset): payment method detail ID
    """

    payment_method_detail_description: str | Unset = UNSET
    payment_method_detail_value: str | Unset = UNSET
    payment_method_detail_banking_detail_type: str | Unset = UNSET
    payment_method_detail_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_method_detail_description = self.payment_method_detail_description

        payment_method_detail_value = self.payment_method_detail_value

        payment_method_detail_banking_detail_type = self.payment_method_detail_banking_detail_type

        payment_method_detail_id = self.payment_method_detail_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_method_detail_description is not UNSET:
            field_dict["paymentMethodDetailDescription"] = payment_method_detail_description
        if payment_method_detail_value is not UNSET:
            field_dict["paymentMethodDetailValue"] = payment_method_detail_value
        if payment_method_detail_banking_detail_type is not UNSET:
            field_dict["paymentMethodDetailBankingDetailType"] = payment_method_detail_banking_detail_type
        if payment_method_detail_id is not UNSET:
            field_dict["paymentMethodDetailID"] = payment_method_detail_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.payment_method_detail_description = _rest.pop("paymentMethodDetailDescription", UNSET)
        _instance.payment_method_detail_value = _rest.pop("paymentMethodDetailValue", UNSET)
        _instance.payment_method_detail_banking_detail_type = _rest.pop("paymentMethodDetailBankingDetailType", UNSET)
        _instance.payment_method_detail_id = _rest.pop("paymentMethodDetailID", UNSET)
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
