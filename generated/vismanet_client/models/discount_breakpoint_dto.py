from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DiscountBreakpointDto")


@_attrs_define
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
        d = dict(src_dict)
        line_nbr = d.pop("lineNbr", UNSET)

        active = d.pop("active", UNSET)

        break_amount = d.pop("breakAmount", UNSET)

        amount_to = d.pop("amountTo", UNSET)

        last_break_amount = d.pop("lastBreakAmount", UNSET)

        last_amount_to = d.pop("lastAmountTo", UNSET)

        pending_break_amount = d.pop("pendingBreakAmount", UNSET)

        break_quantity = d.pop("breakQuantity", UNSET)

        quantity_to = d.pop("quantityTo", UNSET)

        last_break_quantity = d.pop("lastBreakQuantity", UNSET)

        last_quantity_to = d.pop("lastQuantityTo", UNSET)

        pending_break_quantity = d.pop("pendingBreakQuantity", UNSET)

        discount_amount = d.pop("discountAmount", UNSET)

        discount_percent = d.pop("discountPercent", UNSET)

        last_discount_amount = d.pop("lastDiscountAmount", UNSET)

        last_discount_percent = d.pop("lastDiscountPercent", UNSET)

        last_discount = d.pop("lastDiscount", UNSET)

        pending_discount_amount = d.pop("pendingDiscountAmount", UNSET)

        pending_discount_percent = d.pop("pendingDiscountPercent", UNSET)

        free_item_qty = d.pop("freeItemQty", UNSET)

        last_free_item_qty = d.pop("lastFreeItemQty", UNSET)

        pending_free_item_qty = d.pop("pendingFreeItemQty", UNSET)

        _pending_date = d.pop("pendingDate", UNSET)
        pending_date: datetime.datetime | Unset
        if isinstance(_pending_date, Unset):
            pending_date = UNSET
        else:
            pending_date = datetime.datetime.fromisoformat(_pending_date)

        _effective_date = d.pop("effectiveDate", UNSET)
        effective_date: datetime.datetime | Unset
        if isinstance(_effective_date, Unset):
            effective_date = UNSET
        else:
            effective_date = datetime.datetime.fromisoformat(_effective_date)

        discount_breakpoint_dto = cls(
            line_nbr=line_nbr,
            active=active,
            break_amount=break_amount,
            amount_to=amount_to,
            last_break_amount=last_break_amount,
            last_amount_to=last_amount_to,
            pending_break_amount=pending_break_amount,
            break_quantity=break_quantity,
            quantity_to=quantity_to,
            last_break_quantity=last_break_quantity,
            last_quantity_to=last_quantity_to,
            pending_break_quantity=pending_break_quantity,
            discount_amount=discount_amount,
            discount_percent=discount_percent,
            last_discount_amount=last_discount_amount,
            last_discount_percent=last_discount_percent,
            last_discount=last_discount,
            pending_discount_amount=pending_discount_amount,
            pending_discount_percent=pending_discount_percent,
            free_item_qty=free_item_qty,
            last_free_item_qty=last_free_item_qty,
            pending_free_item_qty=pending_free_item_qty,
            pending_date=pending_date,
            effective_date=effective_date,
        )

        discount_breakpoint_dto.additional_properties = d
        return discount_breakpoint_dto

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
