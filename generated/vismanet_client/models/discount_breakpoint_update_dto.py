from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.discount_breakpoint_update_dto_operation import (
    DiscountBreakpointUpdateDtoOperation,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

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
class DiscountBreakpointUpdateDto(GeneratedModel):
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

    operation: DiscountBreakpointUpdateDtoOperation | Unset | None = UNSET
    line_nbr: DtoValueOfInt32 | Unset | None = UNSET
    pending_break_amount: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    pending_date: DtoValueOfNullableOfDateTime | Unset | None = UNSET
    pending_discount_percent: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    pending_discount_amount: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    pending_break_quantity: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    break_amount: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    discount_amount: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    discount_percent: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.operation
        if _value is not UNSET:
            field_dict["operation"] = _value
        _value = self.line_nbr
        if _value is not UNSET:
            field_dict["lineNbr"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.pending_break_amount
        if _value is not UNSET:
            field_dict["pendingBreakAmount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.pending_date
        if _value is not UNSET:
            field_dict["pendingDate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.pending_discount_percent
        if _value is not UNSET:
            field_dict["pendingDiscountPercent"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.pending_discount_amount
        if _value is not UNSET:
            field_dict["pendingDiscountAmount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.pending_break_quantity
        if _value is not UNSET:
            field_dict["pendingBreakQuantity"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.break_amount
        if _value is not UNSET:
            field_dict["breakAmount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.discount_amount
        if _value is not UNSET:
            field_dict["discountAmount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.discount_percent
        if _value is not UNSET:
            field_dict["discountPercent"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not DiscountBreakpointUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("lineNbr", UNSET)
        self.line_nbr = (
            _models.DtoValueOfInt32._vn_fill(_new(_models.DtoValueOfInt32), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("pendingBreakAmount", UNSET)
        self.pending_break_amount = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("pendingDate", UNSET)
        self.pending_date = (
            _models.DtoValueOfNullableOfDateTime._vn_fill(_new(_models.DtoValueOfNullableOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("pendingDiscountPercent", UNSET)
        self.pending_discount_percent = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("pendingDiscountAmount", UNSET)
        self.pending_discount_amount = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("pendingBreakQuantity", UNSET)
        self.pending_break_quantity = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("breakAmount", UNSET)
        self.break_amount = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("discountAmount", UNSET)
        self.discount_amount = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("discountPercent", UNSET)
        self.discount_percent = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("operation", "operation", False, "str"),
        ("line_nbr", "lineNbr", False, ("model", "DtoValueOfInt32")),
        ("pending_break_amount", "pendingBreakAmount", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("pending_date", "pendingDate", False, ("model", "DtoValueOfNullableOfDateTime")),
        ("pending_discount_percent", "pendingDiscountPercent", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("pending_discount_amount", "pendingDiscountAmount", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("pending_break_quantity", "pendingBreakQuantity", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("break_amount", "breakAmount", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("discount_amount", "discountAmount", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("discount_percent", "discountPercent", False, ("model", "DtoValueOfNullableOfDecimal")),
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


_Lazy = _lazy_twin(DiscountBreakpointUpdateDto)
