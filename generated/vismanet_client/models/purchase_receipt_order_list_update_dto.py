from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.purchase_receipt_order_update_dto import PurchaseReceiptOrderUpdateDto


T = TypeVar("T", bound="PurchaseReceiptOrderListUpdateDto")


@_attrs_define
class PurchaseReceiptOrderListUpdateDto:
    """This class represents a list of Purchase Orders to add to a Purchase Receipt.

    Attributes:
        purchase_orders (list[PurchaseReceiptOrderUpdateDto] | Unset): The array of reference numbers of the Purchase
            Orders.
    """

    purchase_orders: list[PurchaseReceiptOrderUpdateDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        purchase_orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.purchase_orders, Unset):
            purchase_orders = []
            for purchase_orders_item_data in self.purchase_orders:
                purchase_orders_item = purchase_orders_item_data.to_dict()
                purchase_orders.append(purchase_orders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if purchase_orders is not UNSET:
            field_dict["purchaseOrders"] = purchase_orders

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.purchase_receipt_order_update_dto import PurchaseReceiptOrderUpdateDto

        d = dict(src_dict)
        _purchase_orders = d.pop("purchaseOrders", UNSET)
        purchase_orders: list[PurchaseReceiptOrderUpdateDto] | Unset = UNSET
        if _purchase_orders is not UNSET:
            purchase_orders = []
            for purchase_orders_item_data in _purchase_orders:
                purchase_orders_item = PurchaseReceiptOrderUpdateDto.from_dict(purchase_orders_item_data)

                purchase_orders.append(purchase_orders_item)

        purchase_receipt_order_list_update_dto = cls(
            purchase_orders=purchase_orders,
        )

        purchase_receipt_order_list_update_dto.additional_properties = d
        return purchase_receipt_order_list_update_dto

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
