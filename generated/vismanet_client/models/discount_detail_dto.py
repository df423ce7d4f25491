from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discount_detail_dto_type import DiscountDetailDtoType
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

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
class DiscountDetailDto(GeneratedModel):
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

    line_nbr: int | Unset | None = UNSET
    skip_discount: bool | Unset | None = UNSET
    discount_code: str | Unset | None = UNSET
    sequance_id: str | Unset | None = UNSET
    type_: DiscountDetailDtoType | Unset | None = UNSET
    manual_discount: bool | Unset | None = UNSET
    discountable_amt: float | Unset | None = UNSET
    discountable_qty: float | Unset | None = UNSET
    discount_amt: float | Unset | None = UNSET
    discount: float | Unset | None = UNSET
    free_item: int | Unset | None = UNSET
    free_item_qty: float | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.line_nbr
        if _value is not UNSET:
            field_dict["lineNbr"] = _value
        _value = self.skip_discount
        if _value is not UNSET:
            field_dict["skipDiscount"] = _value
        _value = self.discount_code
        if _value is not UNSET:
            field_dict["discountCode"] = _value
        _value = self.sequance_id
        if _value is not UNSET:
            field_dict["sequanceID"] = _value
        _value = self.type_
        if _value is not UNSET:
            field_dict["type"] = _value
        _value = self.manual_discount
        if _value is not UNSET:
            field_dict["manualDiscount"] = _value
        _value = self.discountable_amt
        if _value is not UNSET:
            field_dict["discountableAmt"] = _value
        _value = self.discountable_qty
        if _value is not UNSET:
            field_dict["discountableQty"] = _value
        _value = self.discount_amt
        if _value is not UNSET:
            field_dict["discountAmt"] = _value
        _value = self.discount
        if _value is not UNSET:
            field_dict["discount"] = _value
        _value = self.free_item
        if _value is not UNSET:
            field_dict["freeItem"] = _value
        _value = self.free_item_qty
        if _value is not UNSET:
            field_dict["freeItemQty"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not DiscountDetailDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.line_nbr = _rest.pop("lineNbr", UNSET)
        self.skip_discount = _rest.pop("skipDiscount", UNSET)
        self.discount_code = _rest.pop("discountCode", UNSET)
        self.sequance_id = _rest.pop("sequanceID", UNSET)
        self.type_ = _rest.pop("type", UNSET)
        self.manual_discount = _rest.pop("manualDiscount", UNSET)
        self.discountable_amt = _rest.pop("discountableAmt", UNSET)
        self.discountable_qty = _rest.pop("discountableQty", UNSET)
        self.discount_amt = _rest.pop("discountAmt", UNSET)
        self.discount = _rest.pop("discount", UNSET)
        self.free_item = _rest.pop("freeItem", UNSET)
        self.free_item_qty = _rest.pop("freeItemQty", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("line_nbr", "lineNbr", False, "int"),
        ("skip_discount", "skipDiscount", False, "bool"),
        ("discount_code", "discountCode", False, "str"),
        ("sequance_id", "sequanceID", False, "str"),
        ("type_", "type", False, "str"),
        ("manual_discount", "manualDiscount", False, "bool"),
        ("discountable_amt", "discountableAmt", False, "float"),
        ("discountable_qty", "discountableQty", False, "float"),
        ("discount_amt", "discountAmt", False, "float"),
        ("discount", "discount", False, "float"),
        ("free_item", "freeItem", False, "int"),
        ("free_item_qty", "freeItemQty", False, "float"),
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


_Lazy = _lazy_twin(DiscountDetailDto)
