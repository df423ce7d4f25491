from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WarehouseDetailDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "is_default",
    "warehouse",
    "quantity_on_hand",
    "available",
    "available_for_shipment",
    "last_modified_date_time",
)


@_attrs_define(repr=False)
class WarehouseDetailDto:
    """This class represents a WarehouseDetail part of InventoryItem in InventoryItemController. Used for getting data.

    Attributes:
        is_default (bool | Unset):
        warehouse (str | Unset): Warehouse &gt; The warehouse where the stock item is available.
        quantity_on_hand (float | Unset): Qty. on hand &gt; The quantity of this item available (on hand) at the
            warehouse.
        available (float | Unset):
        available_for_shipment (float | Unset):
        last_modified_date_time (datetime.datetime | Unset):
    """

    is_default: bool | Unset = UNSET
    warehouse: str | Unset = UNSET
    quantity_on_hand: float | Unset = UNSET
    available: float | Unset = UNSET
    available_for_shipment: float | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_default = self.is_default

        warehouse = self.warehouse

        quantity_on_hand = self.quantity_on_hand

        available = self.available

        available_for_shipment = self.available_for_shipment

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default
        if warehouse is not UNSET:
            field_dict["warehouse"] = warehouse
        if quantity_on_hand is not UNSET:
            field_dict["quantityOnHand"] = quantity_on_hand
        if available is not UNSET:
            field_dict["available"] = available
        if available_for_shipment is not UNSET:
            field_dict["availableForShipment"] = available_for_shipment
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.is_default = _rest.pop("isDefault", UNSET)
        _instance.warehouse = _rest.pop("warehouse", UNSET)
        _instance.quantity_on_hand = _rest.pop("quantityOnHand", UNSET)
        _instance.available = _rest.pop("available", UNSET)
        _instance.available_for_shipment = _rest.pop("availableForShipment", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
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
