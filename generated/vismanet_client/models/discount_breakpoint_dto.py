from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

T = TypeVar("T", bound="DiscountBreakpointDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "line_nbr",
    "active",
    "break_amount",
    "amount_to",
    "last_break_amount",
    "last_amount_to",
    "pending_break_amount",
    "break_quantity",
    "quantity_to",
    "last_break_quantity",
    "last_quantity_to",
    "pending_break_quantity",
    "discount_amount",
    "discount_percent",
    "last_discount_amount",
    "last_discount_percent",
    "last_discount",
    "pending_discount_amount",
    "pending_discount_percent",
    "free_item_qty",
    "last_free_item_qty",
    "pending_free_item_qty",
    "pending_date",
    "effective_date",
)


@_attrs_define(repr=False)
class DiscountBreakpointDto(GeneratedModel):
    """
    Attributes:
        line_nbr (int | Unset):
        active (bool | Unset): The top part &gt; Active &gt; A check box that indicates (if selected) that the series is
            active.
        break_amount (float | Unset): Discount breakpoints tab &gt; Break amount &gt; The line amount (break point) that
            starts the new range for the currently effective series.
        amount_to (float | Unset):
        last_break_amount (float | Unset): Discount breakpoints tab &gt; Last break amount &gt; The amount (break point)
            that started the new range for the previously effective series (the one that was used before the effective
            date).
        last_amount_to (float | Unset):
        pending_break_amount (float | Unset): Discount breakpoints tab &gt; Pending break amount &gt; The amount (break
            point) that starts the new range for the pending series (one that is not yet in effect).
        break_quantity (float | Unset): Discount breakpoints tab &gt; Break quantity &gt; The quantity of items (break
            quantity) that starts the new range for a discount level for the currently effective series. Any break quantity
            should be specified in the base units.
        quantity_to (float | Unset):
        last_break_quantity (float | Unset): Discount breakpoints tab &gt; Last break quantity &gt; The quantity of item
            (break point) that started the range for the discount series used before the effective date.
        last_quantity_to (float | Unset):
        pending_break_quantity (float | Unset): Discount breakpoints tab &gt; Pending break quantity &gt; The quantity
            of items (break point) that starts the new range for the pending (not yet effective) series.
        discount_amount (float | Unset): Discount breakpoints tab &gt; Discount amount &gt; The discount amount to be
            used for the quantities that exceed this break quantity if the Amount option is selected as Discount by.
        discount_percent (float | Unset): Discount breakpoints tab &gt; Discount percent &gt; The discount percent to be
            currently used for the quantities that exceed this break quantity if the Percent option is selected as Discount
            by.
        last_discount_amount (float | Unset): Discount breakpoints tab &gt; Last discount amount &gt; The amount used as
            the discount for the discount series that was in effect before the effective date.
        last_discount_percent (float | Unset): Discount breakpoints tab &gt; Last discount percent &gt; The percentage
            used for the break point in the previously effective series.
        last_discount (float | Unset): Discount breakpoints tab &gt; Last discount amount &gt; The amount used as the
            discount for the discount series that was in effect before the effective date.
        pending_discount_amount (float | Unset): Discount breakpoints tab &gt; Pending discount amount &gt; The amount
            to be used as the discount for the pending series if the Amount option is selected as Discount by.
        pending_discount_percent (float | Unset): Discount breakpoints tab &gt; Pending discount percent &gt; The
            discount percent to be used for the break point in the pending series.
        free_item_qty (float | Unset): Discount breakpoints tab &gt; Free item qty. &gt; The quantity of the free item
            to be added as the discount to orders for this discount series.
        last_free_item_qty (float | Unset): Discount breakpoints tab &gt; Last free item qty. &gt; The quantity of the
            free item that was used as the discount for the previously effective series.
        pending_free_item_qty (float | Unset): Discount breakpoints tab &gt; Pending free item qty. &gt; The quantity of
            the free item to be added as the discount to orders for the pending discount series.
        pending_date (datetime.datetime | Unset):
        effective_date (datetime.datetime | Unset):
    """

    line_nbr: int | Unset | None = UNSET
    active: bool | Unset | None = UNSET
    break_amount: float | Unset | None = UNSET
    amount_to: float | Unset | None = UNSET
    last_break_amount: float | Unset | None = UNSET
    last_amount_to: float | Unset | None = UNSET
    pending_break_amount: float | Unset | None = UNSET
    break_quantity: float | Unset | None = UNSET
    quantity_to: float | Unset | None = UNSET
    last_break_quantity: float | Unset | None = UNSET
    last_quantity_to: float | Unset | None = UNSET
    pending_break_quantity: float | Unset | None = UNSET
    discount_amount: float | Unset | None = UNSET
    discount_percent: float | Unset | None = UNSET
    last_discount_amount: float | Unset | None = UNSET
    last_discount_percent: float | Unset | None = UNSET
    last_discount: float | Unset | None = UNSET
    pending_discount_amount: float | Unset | None = UNSET
    pending_discount_percent: float | Unset | None = UNSET
    free_item_qty: float | Unset | None = UNSET
    last_free_item_qty: float | Unset | None = UNSET
    pending_free_item_qty: float | Unset | None = UNSET
    pending_date: datetime.datetime | Unset | None = UNSET
    effective_date: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.line_nbr
        if _value is not UNSET:
            field_dict["lineNbr"] = _value
        _value = self.active
        if _value is not UNSET:
            field_dict["active"] = _value
        _value = self.break_amount
        if _value is not UNSET:
            field_dict["breakAmount"] = _value
        _value = self.amount_to
        if _value is not UNSET:
            field_dict["amountTo"] = _value
        _value = self.last_break_amount
        if _value is not UNSET:
            field_dict["lastBreakAmount"] = _value
        _value = self.last_amount_to
        if _value is not UNSET:
            field_dict["lastAmountTo"] = _value
        _value = self.pending_break_amount
        if _value is not UNSET:
            field_dict["pendingBreakAmount"] = _value
        _value = self.break_quantity
        if _value is not UNSET:
            field_dict["breakQuantity"] = _value
        _value = self.quantity_to
        if _value is not UNSET:
            field_dict["quantityTo"] = _value
        _value = self.last_break_quantity
        if _value is not UNSET:
            field_dict["lastBreakQuantity"] = _value
        _value = self.last_quantity_to
        if _value is not UNSET:
            field_dict["lastQuantityTo"] = _value
        _value = self.pending_break_quantity
        if _value is not UNSET:
            field_dict["pendingBreakQuantity"] = _value
        _value = self.discount_amount
        if _value is not UNSET:
            field_dict["discountAmount"] = _value
        _value = self.discount_percent
        if _value is not UNSET:
            field_dict["discountPercent"] = _value
        _value = self.last_discount_amount
        if _value is not UNSET:
            field_dict["lastDiscountAmount"] = _value
        _value = self.last_discount_percent
        if _value is not UNSET:
            field_dict["lastDiscountPercent"] = _value
        _value = self.last_discount
        if _value is not UNSET:
            field_dict["lastDiscount"] = _value
        _value = self.pending_discount_amount
        if _value is not UNSET:
            field_dict["pendingDiscountAmount"] = _value
        _value = self.pending_discount_percent
        if _value is not UNSET:
            field_dict["pendingDiscountPercent"] = _value
        _value = self.free_item_qty
        if _value is not UNSET:
            field_dict["freeItemQty"] = _value
        _value = self.last_free_item_qty
        if _value is not UNSET:
            field_dict["lastFreeItemQty"] = _value
        _value = self.pending_free_item_qty
        if _value is not UNSET:
            field_dict["pendingFreeItemQty"] = _value
        _value = self.pending_date
        if _value is not UNSET:
            field_dict["pendingDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.effective_date
        if _value is not UNSET:
            field_dict["effectiveDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not DiscountBreakpointDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.line_nbr = _rest.pop("lineNbr", UNSET)
        self.active = _rest.pop("active", UNSET)
        self.break_amount = _rest.pop("breakAmount", UNSET)
        self.amount_to = _rest.pop("amountTo", UNSET)
        self.last_break_amount = _rest.pop("lastBreakAmount", UNSET)
        self.last_amount_to = _rest.pop("lastAmountTo", UNSET)
        self.pending_break_amount = _rest.pop("pendingBreakAmount", UNSET)
        self.break_quantity = _rest.pop("breakQuantity", UNSET)
        self.quantity_to = _rest.pop("quantityTo", UNSET)
        self.last_break_quantity = _rest.pop("lastBreakQuantity", UNSET)
        self.last_quantity_to = _rest.pop("lastQuantityTo", UNSET)
        self.pending_break_quantity = _rest.pop("pendingBreakQuantity", UNSET)
        self.discount_amount = _rest.pop("discountAmount", UNSET)
        self.discount_percent = _rest.pop("discountPercent", UNSET)
        self.last_discount_amount = _rest.pop("lastDiscountAmount", UNSET)
        self.last_discount_percent = _rest.pop("lastDiscountPercent", UNSET)
        self.last_discount = _rest.pop("lastDiscount", UNSET)
        self.pending_discount_amount = _rest.pop("pendingDiscountAmount", UNSET)
        self.pending_discount_percent = _rest.pop("pendingDiscountPercent", UNSET)
        self.free_item_qty = _rest.pop("freeItemQty", UNSET)
        self.last_free_item_qty = _rest.pop("lastFreeItemQty", UNSET)
        self.pending_free_item_qty = _rest.pop("pendingFreeItemQty", UNSET)
        _value = _rest.pop("pendingDate", UNSET)
        self.pending_date = _parse_datetime(_value)
        _value = _rest.pop("effectiveDate", UNSET)
        self.effective_date = _parse_datetime(_value)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("line_nbr", "lineNbr", False, "int"),
        ("active", "active", False, "bool"),
        ("break_amount", "breakAmount", False, "float"),
        ("amount_to", "amountTo", False, "float"),
        ("last_break_amount", "lastBreakAmount", False, "float"),
        ("last_amount_to", "lastAmountTo", False, "float"),
        ("pending_break_amount", "pendingBreakAmount", False, "float"),
        ("break_quantity", "breakQuantity", False, "float"),
        ("quantity_to", "quantityTo", False, "float"),
        ("last_break_quantity", "lastBreakQuantity", False, "float"),
        ("last_quantity_to", "lastQuantityTo", False, "float"),
        ("pending_break_quantity", "pendingBreakQuantity", False, "float"),
        ("discount_amount", "discountAmount", False, "float"),
        ("discount_percent", "discountPercent", False, "float"),
        ("last_discount_amount", "lastDiscountAmount", False, "float"),
        ("last_discount_percent", "lastDiscountPercent", False, "float"),
        ("last_discount", "lastDiscount", False, "float"),
        ("pending_discount_amount", "pendingDiscountAmount", False, "float"),
        ("pending_discount_percent", "pendingDiscountPercent", False, "float"),
        ("free_item_qty", "freeItemQty", False, "float"),
        ("last_free_item_qty", "lastFreeItemQty", False, "float"),
        ("pending_free_item_qty", "pendingFreeItemQty", False, "float"),
        ("pending_date", "pendingDate", False, "datetime"),
        ("effective_date", "effectiveDate", False, "datetime"),
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


_Lazy = _lazy_twin(DiscountBreakpointDto)
