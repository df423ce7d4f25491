from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
class DiscountBreakpointDto:
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

    line_nbr: int | Unset = UNSET
    active: bool | Unset = UNSET
    break_amount: float | Unset = UNSET
    amount_to: float | Unset = UNSET
    last_break_amount: float | Unset = UNSET
    last_amount_to: float | Unset = UNSET
    pending_break_amount: float | Unset = UNSET
    break_quantity: float | Unset = UNSET
    quantity_to: float | Unset = UNSET
    last_break_quantity: float | Unset = UNSET
    last_quantity_to: float | Unset = UNSET
    pending_break_quantity: float | Unset = UNSET
    discount_amount: float | Unset = UNSET
    discount_percent: float | Unset = UNSET
    last_discount_amount: float | Unset = UNSET
    last_discount_percent: float | Unset = UNSET
    last_discount: float | Unset = UNSET
    pending_discount_amount: float | Unset = UNSET
    pending_discount_percent: float | Unset = UNSET
    free_item_qty: float | Unset = UNSET
    last_free_item_qty: float | Unset = UNSET
    pending_free_item_qty: float | Unset = UNSET
    pending_date: datetime.datetime | Unset = UNSET
    effective_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_nbr = self.line_nbr

        active = self.active

        break_amount = self.break_amount

        amount_to = self.amount_to

        last_break_amount = self.last_break_amount

        last_amount_to = self.last_amount_to

        pending_break_amount = self.pending_break_amount

        break_quantity = self.break_quantity

        quantity_to = self.quantity_to

        last_break_quantity = self.last_break_quantity

        last_quantity_to = self.last_quantity_to

        pending_break_quantity = self.pending_break_quantity

        discount_amount = self.discount_amount

        discount_percent = self.discount_percent

        last_discount_amount = self.last_discount_amount

        last_discount_percent = self.last_discount_percent

        last_discount = self.last_discount

        pending_discount_amount = self.pending_discount_amount

        pending_discount_percent = self.pending_discount_percent

        free_item_qty = self.free_item_qty

        last_free_item_qty = self.last_free_item_qty

        pending_free_item_qty = self.pending_free_item_qty

        pending_date: str | Unset = UNSET
        if not isinstance(self.pending_date, Unset):
            pending_date = self.pending_date.isoformat()

        effective_date: str | Unset = UNSET
        if not isinstance(self.effective_date, Unset):
            effective_date = self.effective_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line_nbr is not UNSET:
            field_dict["lineNbr"] = line_nbr
        if active is not UNSET:
            field_dict["active"] = active
        if break_amount is not UNSET:
            field_dict["breakAmount"] = break_amount
        if amount_to is not UNSET:
            field_dict["amountTo"] = amount_to
        if last_break_amount is not UNSET:
            field_dict["lastBreakAmount"] = last_break_amount
        if last_amount_to is not UNSET:
            field_dict["lastAmountTo"] = last_amount_to
        if pending_break_amount is not UNSET:
            field_dict["pendingBreakAmount"] = pending_break_amount
        if break_quantity is not UNSET:
            field_dict["breakQuantity"] = break_quantity
        if quantity_to is not UNSET:
            field_dict["quantityTo"] = quantity_to
        if last_break_quantity is not UNSET:
            field_dict["lastBreakQuantity"] = last_break_quantity
        if last_quantity_to is not UNSET:
            field_dict["lastQuantityTo"] = last_quantity_to
        if pending_break_quantity is not UNSET:
            field_dict["pendingBreakQuantity"] = pending_break_quantity
        if discount_amount is not UNSET:
            field_dict["discountAmount"] = discount_amount
        if discount_percent is not UNSET:
            field_dict["discountPercent"] = discount_percent
        if last_discount_amount is not UNSET:
            field_dict["lastDiscountAmount"] = last_discount_amount
        if last_discount_percent is not UNSET:
            field_dict["lastDiscountPercent"] = last_discount_percent
        if last_discount is not UNSET:
            field_dict["lastDiscount"] = last_discount
        if pending_discount_amount is not UNSET:
            field_dict["pendingDiscountAmount"] = pending_discount_amount
        if pending_discount_percent is not UNSET:
            field_dict["pendingDiscountPercent"] = pending_discount_percent
        if free_item_qty is not UNSET:
            field_dict["freeItemQty"] = free_item_qty
        if last_free_item_qty is not UNSET:
            field_dict["lastFreeItemQty"] = last_free_item_qty
        if pending_free_item_qty is not UNSET:
            field_dict["pendingFreeItemQty"] = pending_free_item_qty
        if pending_date is not UNSET:
            field_dict["pendingDate"] = pending_date
        if effective_date is not UNSET:
            field_dict["effectiveDate"] = effective_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.line_nbr = _rest.pop("lineNbr", UNSET)
        _instance.active = _rest.pop("active", UNSET)
        _instance.break_amount = _rest.pop("breakAmount", UNSET)
        _instance.amount_to = _rest.pop("amountTo", UNSET)
        _instance.last_break_amount = _rest.pop("lastBreakAmount", UNSET)
        _instance.last_amount_to = _rest.pop("lastAmountTo", UNSET)
        _instance.pending_break_amount = _rest.pop("pendingBreakAmount", UNSET)
        _instance.break_quantity = _rest.pop("breakQuantity", UNSET)
        _instance.quantity_to = _rest.pop("quantityTo", UNSET)
        _instance.last_break_quantity = _rest.pop("lastBreakQuantity", UNSET)
        _instance.last_quantity_to = _rest.pop("lastQuantityTo", UNSET)
        _instance.pending_break_quantity = _rest.pop("pendingBreakQuantity", UNSET)
        _instance.discount_amount = _rest.pop("discountAmount", UNSET)
        _instance.discount_percent = _rest.pop("discountPercent", UNSET)
        _instance.last_discount_amount = _rest.pop("lastDiscountAmount", UNSET)
        _instance.last_discount_percent = _rest.pop("lastDiscountPercent", UNSET)
        _instance.last_discount = _rest.pop("lastDiscount", UNSET)
        _instance.pending_discount_amount = _rest.pop("pendingDiscountAmount", UNSET)
        _instance.pending_discount_percent = _rest.pop("pendingDiscountPercent", UNSET)
        _instance.free_item_qty = _rest.pop("freeItemQty", UNSET)
        _instance.last_free_item_qty = _rest.pop("lastFreeItemQty", UNSET)
        _instance.pending_free_item_qty = _rest.pop("pendingFreeItemQty", UNSET)
        _value = _rest.pop("pendingDate", UNSET)
        _instance.pending_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("effectiveDate", UNSET)
        _instance.effective_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
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
