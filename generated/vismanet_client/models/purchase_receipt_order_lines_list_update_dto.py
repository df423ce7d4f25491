from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.purchase_receipt_order_lines_update_dto import PurchaseReceiptOrderLinesUpdateDto


T = TypeVar("T", bound="PurchaseReceiptOrderLinesListUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = ("purchase_order_lines",)


@_attrs_define(repr=False)
class PurchaseReceiptOrderLinesListUpdateDto:
    """This class represents a collection of Purchase Orders reference numbers and associated line numbers. Used to add
    Purchase Order lines to a Purchase Receipt.

        Attributes:
            purchase_order_lines (list[PurchaseReceiptOrderLinesUpdateDto] | Unset): The collection of Purchase Order
                reference numbers and their lines.
    """

    purchase_order_lines: list[PurchaseReceiptOrderLinesUpdateDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        purchase_order_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.purchase_order_lines, Unset):
            purchase_order_lines = []
            for purchase_order_lines_item_data in self.purchase_order_lines:
                purchase_order_lines_item = purchase_order_lines_item_data.to_dict()
                purchase_order_lines.append(purchase_order_lines_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if purchase_order_lines is not UNSET:
            field_dict["purchaseOrderLines"] = purchase_order_lines

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("purchaseOrderLines", UNSET)
        _instance.purchase_order_lines = (
            UNSET
            if _value is UNSET
            else [
                _models.PurchaseReceiptOrderLinesUpdateDto.from_dict(purchase_order_lines_item_data)
                for purchase_order_lines_item_data in _value
            ]
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
