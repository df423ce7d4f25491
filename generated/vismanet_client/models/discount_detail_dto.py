from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discount_detail_dto_type import DiscountDetailDtoType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DiscountDetailDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "line_nbr",
    "skip_discount",
    "discount_code",
    "sequance_id",
    "type_",
    "manual_discount",
    "discountable_amt",
    "discountable_qty",
    "discount_amt",
    "discount",
    "free_item",
    "free_item_qty",
)


@_attrs_define(repr=False)
class DiscountDetailDto:
    """
    Attributes:
        line_nbr (int | Unset): The table &gt; Line number.
        skip_discount (bool | Unset): The table &gt; Skip discount &gt; A check box that you select to cancel a Group or
            Document level discount for the document.
        discount_code (str | Unset): Mandatory field: The table &gt; Discount code* &gt; The discount code of the
            supplier discount applied to the document automatically or manually.
        sequance_id (str | Unset): Mandatory field: The table &gt; Series ID* &gt; The ID of the discount sequence
            applied to the document.
        type_ (DiscountDetailDtoType | Unset): The table &gt; Type &gt; The type of discount applied to the document
            (Group or Document).
        manual_discount (bool | Unset): The table &gt; Manual discount &gt; A check box that indicates (if selected)
            that the supplier discount shown in this row has been applied manually .
        discountable_amt (float | Unset): The table &gt; Discountable amt. &gt; The amount used as a base for discount
            calculation if the discount is defined as based on the amount.
        discountable_qty (float | Unset): The table &gt; Discountable qty. &gt; The quantity used as a base for discount
            calculation if the discount is defined as based on the item quantity.
        discount_amt (float | Unset): The table &gt; Discount amt. &gt; The amount of the discount.
        discount (float | Unset): The table &gt; Discount percent &gt; The discount percent if by definition the
            discount is calculated as a percentage.
        free_item (int | Unset): The table &gt; Free item &gt; The item ID of the free item, if one is specified by the
            discount applied to the document.
        free_item_qty (float | Unset): The table &gt; Free item qty.&gt; The quantity of the free item to be added as
            the discount.
    """

    line_nbr: int | Unset = UNSET
    skip_discount: bool | Unset = UNSET
    discount_code: str | Unset = UNSET
    sequance_id: str | Unset = UNSET
    type_: DiscountDetailDtoType | Unset = UNSET
    manual_discount: bool | Unset = UNSET
    discountable_amt: float | Unset = UNSET
    discountable_qty: float | Unset = UNSET
    discount_amt: float | Unset = UNSET
    discount: float | Unset = UNSET
    free_item: int | Unset = UNSET
    free_item_qty: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_nbr = self.line_nbr

        skip_discount = self.skip_discount

        discount_code = self.discount_code

        sequance_id = self.sequance_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        manual_discount = self.manual_discount

        discountable_amt = self.discountable_amt

        discountable_qty = self.discountable_qty

        discount_amt = self.discount_amt

        discount = self.discount

        free_item = self.free_item

        free_item_qty = self.free_item_qty

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line_nbr is not UNSET:
            field_dict["lineNbr"] = line_nbr
        if skip_discount is not UNSET:
            field_dict["skipDiscount"] = skip_discount
        if discount_code is not UNSET:
            field_dict["discountCode"] = discount_code
        if sequance_id is not UNSET:
            field_dict["sequanceID"] = sequance_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if manual_discount is not UNSET:
            field_dict["manualDiscount"] = manual_discount
        if discountable_amt is not UNSET:
            field_dict["discountableAmt"] = discountable_amt
        if discountable_qty is not UNSET:
            field_dict["discountableQty"] = discountable_qty
        if discount_amt is not UNSET:
            field_dict["discountAmt"] = discount_amt
        if discount is not UNSET:
            field_dict["discount"] = discount
        if free_item is not UNSET:
            field_dict["freeItem"] = free_item
        if free_item_qty is not UNSET:
            field_dict["freeItemQty"] = free_item_qty

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.line_nbr = _rest.pop("lineNbr", UNSET)
        _instance.skip_discount = _rest.pop("skipDiscount", UNSET)
        _instance.discount_code = _rest.pop("discountCode", UNSET)
        _instance.sequance_id = _rest.pop("sequanceID", UNSET)
        _instance.type_ = _rest.pop("type", UNSET)
        _instance.manual_discount = _rest.pop("manualDiscount", UNSET)
        _instance.discountable_amt = _rest.pop("discountableAmt", UNSET)
        _instance.discountable_qty = _rest.pop("discountableQty", UNSET)
        _instance.discount_amt = _rest.pop("discountAmt", UNSET)
        _instance.discount = _rest.pop("discount", UNSET)
        _instance.free_item = _rest.pop("freeItem", UNSET)
        _instance.free_item_qty = _rest.pop("freeItemQty", UNSET)
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
