from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShipmentSOOrder")


@_attrs_define
class ShipmentSOOrder:
    """
    Attributes:
        order_type (str | Unset): Sales Order Type
        order_number (str | Unset): Sales Order Number
    """

    order_type: str | Unset = UNSET
    order_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_type = self.order_type

        order_number = self.order_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if order_number is not UNSET:
            field_dict["orderNumber"] = order_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        order_type = d.pop("orderType", UNSET)

        order_number = d.pop("orderNumber", UNSET)

        shipment_so_order = cls(
            order_type=order_type,
            order_number=order_number,
        )

        shipment_so_order.additional_properties = d
        return shipment_so_order

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
