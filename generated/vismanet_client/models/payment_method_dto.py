from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.payment_method_dto_means_of_payment import (
    PaymentMethodDtoMeansOfPayment,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_method_detail_dto import PaymentMethodDetailDto


T = TypeVar("T", bound="PaymentMethodDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "payment_method_id",
    "active",
    "means_of_payment",
    "description",
    "use_in_ap",
    "details",
)


@_attrs_define(repr=False)
class PaymentMethodDto:
    """This class represents a Payment Method in PaymentMethodController. Used for getting data.

    Attributes:
        payment_method_id (str | Unset): Mandatory field: The top part &gt; Payment method ID* &gt; The unique
            identifier of the payment method.
        active (bool | Unset): The top part &gt; Active &gt; A check box that indicates whether the payment method is
            active in the system.
        means_of_payment (PaymentMethodDtoMeansOfPayment | Unset): The top part &gt; Means of payment &gt; One of the
            system's built-in payment templates. The following options are available: Credit card, Cash, Direct deposit.
        description (str | Unset): Mandatory field: The top part &gt; Description* &gt; A description of the payment
            method.
        use_in_ap (bool | Unset): The top part &gt; Use for supplier &gt; A check box that indicates whether the payment
            method will be used in Supplier ledger.
        details (list[PaymentMethodDetailDto] | Unset): The settings for Customer ledger and The settings of Supplier
            ledger tab &gt; The table
    """

    payment_method_id: str | Unset = UNSET
    active: bool | Unset = UNSET
    means_of_payment: PaymentMethodDtoMeansOfPayment | Unset = UNSET
    description: str | Unset = UNSET
    use_in_ap: bool | Unset = UNSET
    details: list[PaymentMethodDetailDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_method_id = self.payment_method_id

        active = self.active

        means_of_payment: str | Unset = UNSET
        if not isinstance(self.means_of_payment, Unset):
            means_of_payment = self.means_of_payment

        description = self.description

        use_in_ap = self.use_in_ap

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_method_id is not UNSET:
            field_dict["paymentMethodID"] = payment_method_id
        if active is not UNSET:
            field_dict["active"] = active
        if means_of_payment is not UNSET:
            field_dict["meansOfPayment"] = means_of_payment
        if description is not UNSET:
            field_dict["description"] = description
        if use_in_ap is not UNSET:
            field_dict["useInAP"] = use_in_ap
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.payment_method_id = _rest.pop("paymentMethodID", UNSET)
        _instance.active = _rest.pop("active", UNSET)
        _instance.means_of_payment = _rest.pop("meansOfPayment", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.use_in_ap = _rest.pop("useInAP", UNSET)
        _value = _rest.pop("details", UNSET)
        _instance.details = (
            UNSET
            if _value is UNSET
            else [_models.PaymentMethodDetailDto.from_dict(details_item_data) for details_item_data in _value]
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
