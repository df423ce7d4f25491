from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.payment_method_dto_means_of_payment import (
    PaymentMethodDtoMeansOfPayment,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

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
class PaymentMethodDto(GeneratedModel):
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

    payment_method_id: str | Unset | None = UNSET
    active: bool | Unset | None = UNSET
    means_of_payment: PaymentMethodDtoMeansOfPayment | Unset | None = UNSET
    description: str | Unset | None = UNSET
    use_in_ap: bool | Unset | None = UNSET
    details: list[PaymentMethodDetailDto] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.payment_method_id
        if _value is not UNSET:
            field_dict["paymentMethodID"] = _value
        _value = self.active
        if _value is not UNSET:
            field_dict["active"] = _value
        _value = self.means_of_payment
        if _value is not UNSET:
            field_dict["meansOfPayment"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.use_in_ap
        if _value is not UNSET:
            field_dict["useInAP"] = _value
        _value = self.details
        if _value is not UNSET:
            field_dict["details"] = (
                [
                    details_item_data.to_dict() if isinstance(details_item_data, GeneratedModel) else details_item_data
                    for details_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not PaymentMethodDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.payment_method_id = _rest.pop("paymentMethodID", UNSET)
        self.active = _rest.pop("active", UNSET)
        self.means_of_payment = _rest.pop("meansOfPayment", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.use_in_ap = _rest.pop("useInAP", UNSET)
        _value = _rest.pop("details", UNSET)
        self.details = (
            [
                _models.PaymentMethodDetailDto._vn_fill(_new(_models.PaymentMethodDetailDto), details_item_data)
                if isinstance(details_item_data, dict)
                else details_item_data
                for details_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("payment_method_id", "paymentMethodID", False, "str"),
        ("active", "active", False, "bool"),
        ("means_of_payment", "meansOfPayment", False, "str"),
        ("description", "description", False, "str"),
        ("use_in_ap", "useInAP", False, "bool"),
        ("details", "details", False, ("list", ("model", "PaymentMethodDetailDto"))),
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


_Lazy = _lazy_twin(PaymentMethodDto)
