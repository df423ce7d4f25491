from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.discount_breakpoint_update_dto_operation import (
    DiscountBreakpointUpdateDtoOperation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_int_32 import DtoValueOfInt32
    from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal


T = TypeVar("T", bound="DiscountBreakpointUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "operation",
    "line_nbr",
    "pending_break_amount",
    "pending_date",
    "pending_discount_percent",
    "pending_discount_amount",
    "pending_break_quantity",
    "break_amount",
    "discount_amount",
    "discount_percent",
)


@_attrs_define(repr=False)
class DiscountBreakpointUpdateDto:
    """
    Attributes:
        operation (DiscountBreakpointUpdateDtoOperation | Unset):
        line_nbr (DtoValueOfInt32 | Unset):
        pending_break_amount (DtoValueOfNullableOfDecimal | Unset):
        pending_date (DtoValueOfNullableOfDateTime | Unset):
        pending_discount_percent (DtoValueOfNullableOfDecimal | Unset):
        pending_discount_amount (DtoValueOfNullableOfDecimal | Unset):
        pending_break_quantity (DtoValueOfNullableOfDecimal | Unset):
        break_amount (DtoValueOfNullableOfDecimal | Unset):
        discount_amount (DtoValueOfNullableOfDecimal | Unset):
        discount_percent (DtoValueOfNullableOfDecimal | Unset):
    """

    operation: DiscountBreakpointUpdateDtoOperation | Unset = UNSET
    line_nbr: DtoValueOfInt32 | Unset = UNSET
    pending_break_amount: DtoValueOfNullableOfDecimal | Unset = UNSET
    pending_date: DtoValueOfNullableOfDateTime | Unset = UNSET
    pending_discount_percent: DtoValueOfNullableOfDecimal | Unset = UNSET
    pending_discount_amount: DtoValueOfNullableOfDecimal | Unset = UNSET
    pending_break_quantity: DtoValueOfNullableOfDecimal | Unset = UNSET
    break_amount: DtoValueOfNullableOfDecimal | Unset = UNSET
    discount_amount: DtoValueOfNullableOfDecimal | Unset = UNSET
    discount_percent: DtoValueOfNullableOfDecimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        line_nbr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_nbr, Unset):
            line_nbr = self.line_nbr.to_dict()

        pending_break_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pending_break_amount, Unset):
            pending_break_amount = self.pending_break_amount.to_dict()

        pending_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pending_date, Unset):
            pending_date = self.pending_date.to_dict()

        pending_discount_percent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pending_discount_percent, Unset):
            pending_discount_percent = self.pending_discount_percent.to_dict()

        pending_discount_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pending_discount_amount, Unset):
            pending_discount_amount = self.pending_discount_amount.to_dict()

        pending_break_quantity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pending_break_quantity, Unset):
            pending_break_quantity = self.pending_break_quantity.to_dict()

        break_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.break_amount, Unset):
            break_amount = self.break_amount.to_dict()

        discount_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_amount, Unset):
            discount_amount = self.discount_amount.to_dict()

        discount_percent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_percent, Unset):
            discount_percent = self.discount_percent.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation
        if line_nbr is not UNSET:
            field_dict["lineNbr"] = line_nbr
        if pending_break_amount is not UNSET:
            field_dict["pendingBreakAmount"] = pending_break_amount
        if pending_date is not UNSET:
            field_dict["pendingDate"] = pending_date
        if pending_discount_percent is not UNSET:
            field_dict["pendingDiscountPercent"] = pending_discount_percent
        if pending_discount_amount is not UNSET:
            field_dict["pendingDiscountAmount"] = pending_discount_amount
        if pending_break_quantity is not UNSET:
            field_dict["pendingBreakQuantity"] = pending_break_quantity
        if break_amount is not UNSET:
            field_dict["breakAmount"] = break_amount
        if discount_amount is not UNSET:
            field_dict["discountAmount"] = discount_amount
        if discount_percent is not UNSET:
            field_dict["discountPercent"] = discount_percent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("lineNbr", UNSET)
        _instance.line_nbr = UNSET if _value is UNSET else _models.DtoValueOfInt32.from_dict(_value)
        _value = _rest.pop("pendingBreakAmount", UNSET)
        _instance.pending_break_amount = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        )
        _value = _rest.pop("pendingDate", UNSET)
        _instance.pending_date = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDateTime.from_dict(_value)
        _value = _rest.pop("pendingDiscountPercent", UNSET)
        _instance.pending_discount_percent = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        )
        _value = _rest.pop("pendingDiscountAmount", UNSET)
        _instance.pending_discount_amount = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        )
        _value = _rest.pop("pendingBreakQuantity", UNSET)
        _instance.pending_break_quantity = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        )
        _value = _rest.pop("breakAmount", UNSET)
        _instance.break_amount = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("discountAmount", UNSET)
        _instance.discount_amount = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("discountPercent", UNSET)
        _instance.discount_percent = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
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
