from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.purchase_receipt_order_update_dto_order_type import (
    PurchaseReceiptOrderUpdateDtoOrderType,
    check_purchase_receipt_order_update_dto_order_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allocations_update_dto import AllocationsUpdateDto


T = TypeVar("T", bound="PurchaseReceiptOrderUpdateDto")


@_attrs_define
class PurchaseReceiptOrderUpdateDto:
    """This class represents a Purchase Order reference number to add to a Purchase Receipt.

    Attributes:
        order_nbr (str | Unset): The reference number of the Purchase Order.
        order_type (PurchaseReceiptOrderUpdateDtoOrderType | Unset):
        allocations (list[AllocationsUpdateDto] | Unset):
    """

    order_nbr: str | Unset = UNSET
    order_type: PurchaseReceiptOrderUpdateDtoOrderType | Unset = UNSET
    allocations: list[AllocationsUpdateDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_nbr = self.order_nbr

        order_type: str | Unset = UNSET
        if not isinstance(self.order_type, Unset):
            order_type = self.order_type

        allocations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allocations, Unset):
            allocations = []
            for allocations_item_data in self.allocations:
                allocations_item = allocations_item_data.to_dict()
                allocations.append(allocations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_nbr is not UNSET:
            field_dict["orderNbr"] = order_nbr
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if allocations is not UNSET:
            field_dict["allocations"] = allocations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.allocations_update_dto import AllocationsUpdateDto

        d = dict(src_dict)
        order_nbr = d.pop("orderNbr", UNSET)

        _order_type = d.pop("orderType", UNSET)
        order_type: PurchaseReceiptOrderUpdateDtoOrderType | Unset
        if isinstance(_order_type, Unset):
            order_type = UNSET
        else:
            order_type = check_purchase_receipt_order_update_dto_order_type(_order_type)

        _allocations = d.pop("allocations", UNSET)
        allocations: list[AllocationsUpdateDto] | Unset = UNSET
        if _allocations is not UNSET:
            allocations = []
            for allocations_item_data in _allocations:
                allocations_item = AllocationsUpdateDto.from_dict(allocations_item_data)

                allocations.append(allocations_item)

        purchase_receipt_order_update_dto = cls(
            order_nbr=order_nbr,
            order_type=order_type,
            allocations=allocations,
        )

        purchase_receipt_order_update_dto.additional_properties = d
        return purchase_receipt_order_update_dto

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
