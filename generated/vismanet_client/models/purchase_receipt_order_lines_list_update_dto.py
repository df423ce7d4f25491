from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.purchase_receipt_order_lines_update_dto import PurchaseReceiptOrderLinesUpdateDto


T = TypeVar("T", bound="PurchaseReceiptOrderLinesListUpdateDto")


@_attrs_define
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
        from ..models.purchase_receipt_order_lines_update_dto import PurchaseReceiptOrderLinesUpdateDto

        d = dict(src_dict)
        _purchase_order_lines = d.pop("purchaseOrderLines", UNSET)
        purchase_order_lines: list[PurchaseReceiptOrderLinesUpdateDto] | Unset = UNSET
        if _purchase_order_lines is not UNSET:
            purchase_order_lines = []
            for purchase_order_lines_item_data in _purchase_order_lines:
                purchase_order_lines_item = PurchaseReceiptOrderLinesUpdateDto.from_dict(purchase_order_lines_item_data)

                purchase_order_lines.append(purchase_order_lines_item)

        purchase_receipt_order_lines_list_update_dto = cls(
            purchase_order_lines=purchase_order_lines,
        )

        purchase_receipt_order_lines_list_update_dto.additional_properties = d
        return purchase_receipt_order_lines_list_update_dto

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
