from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShipmentSOLine")


@_attrs_define
class ShipmentSOLine:
    """
    Attributes:
        order_type (str | Unset): Sales Order Type
        order_number (str | Unset): Sales Order Number
        order_line_number (int | Unset): Sales Order Line Number, optional if Inventory Id is entered
        inventory_id (str | Unset): Inventory Id, ignored if Order Line Number is specified. If more that one line on
            the Sales order has this Inventory Id, it will not work.
    """

    order_type: str | Unset = UNSET
    order_number: str | Unset = UNSET
    order_line_number: int | Unset = UNSET
    inventory_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_type = self.order_type

        order_number = self.order_number

        order_line_number = self.order_line_number

        inventory_id = self.inventory_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if order_number is not UNSET:
            field_dict["orderNumber"] = order_number
        if order_line_number is not UNSET:
            field_dict["orderLineNumber"] = order_line_number
        if inventory_id is not UNSET:
            field_dict["inventoryId"] = inventory_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        order_type = d.pop("orderType", UNSET)

        order_number = d.pop("orderNumber", UNSET)

        order_line_number = d.pop("orderLineNumber", UNSET)

        inventory_id = d.pop("inventoryId", UNSET)

        shipment_so_line = cls(
            order_type=order_type,
            order_number=order_number,
            order_line_number=order_line_number,
            inventory_id=inventory_id,
        )

        shipment_so_line.additional_properties = d
        return shipment_so_line

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
