from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SupplierDetailsLineDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "active",
    "default",
    "supplier_id",
    "supplier_name",
    "location",
    "warehouse",
    "purchase_unit",
    "supplier_item_id",
    "shipment_lead_time",
    "lead_time",
    "min_order_freq",
    "min_order_qty",
    "max_order_qty",
    "lot_size",
    "eoq",
    "currency_id",
    "last_supplier_price",
    "override",
)


@_attrs_define(repr=False)
class SupplierDetailsLineDto:
    """
    Attributes:
        active (bool | Unset):
        default (bool | Unset):
        supplier_id (str | Unset):
        supplier_name (str | Unset):
        location (str | Unset):
        warehouse (str | Unset):
        purchase_unit (str | Unset):
        supplier_item_id (str | Unset):
        shipment_lead_time (int | Unset):
        lead_time (int | Unset):
        min_order_freq (int | Unset):
        min_order_qty (float | Unset):
        max_order_qty (float | Unset):
        lot_size (float | Unset):
        eoq (float | Unset):
        currency_id (str | Unset):
        last_supplier_price (float | Unset):
        override (bool | Unset):
    """

    active: bool | Unset = UNSET
    default: bool | Unset = UNSET
    supplier_id: str | Unset = UNSET
    supplier_name: str | Unset = UNSET
    location: str | Unset = UNSET
    warehouse: str | Unset = UNSET
    purchase_unit: str | Unset = UNSET
    supplier_item_id: str | Unset = UNSET
    shipment_lead_time: int | Unset = UNSET
    lead_time: int | Unset = UNSET
    min_order_freq: int | Unset = UNSET
    min_order_qty: float | Unset = UNSET
    max_order_qty: float | Unset = UNSET
    lot_size: float | Unset = UNSET
    eoq: float | Unset = UNSET
    currency_id: str | Unset = UNSET
    last_supplier_price: float | Unset = UNSET
    override: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        default = self.default

        supplier_id = self.supplier_id

        supplier_name = self.supplier_name

        location = self.location

        warehouse = self.warehouse

        purchase_unit = self.purchase_unit

        supplier_item_id = self.supplier_item_id

        shipment_lead_time = self.shipment_lead_time

        lead_time = self.lead_time

        min_order_freq = self.min_order_freq

        min_order_qty = self.min_order_qty

        max_order_qty = self.max_order_qty

        lot_size = self.lot_size

        eoq = self.eoq

        currency_id = self.currency_id

        last_supplier_price = self.last_supplier_price

        override = self.override

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if default is not UNSET:
            field_dict["default"] = default
        if supplier_id is not UNSET:
            field_dict["supplierId"] = supplier_id
        if supplier_name is not UNSET:
            field_dict["supplierName"] = supplier_name
        if location is not UNSET:
            field_dict["location"] = location
        if warehouse is not UNSET:
            field_dict["warehouse"] = warehouse
        if purchase_unit is not UNSET:
            field_dict["purchaseUnit"] = purchase_unit
        if supplier_item_id is not UNSET:
            field_dict["supplierItemId"] = supplier_item_id
        if shipment_lead_time is not UNSET:
            field_dict["shipmentLeadTime"] = shipment_lead_time
        if lead_time is not UNSET:
            field_dict["leadTime"] = lead_time
        if min_order_freq is not UNSET:
            field_dict["minOrderFreq"] = min_order_freq
        if min_order_qty is not UNSET:
            field_dict["minOrderQty"] = min_order_qty
        if max_order_qty is not UNSET:
            field_dict["maxOrderQty"] = max_order_qty
        if lot_size is not UNSET:
            field_dict["lotSize"] = lot_size
        if eoq is not UNSET:
            field_dict["eoq"] = eoq
        if currency_id is not UNSET:
            field_dict["currencyId"] = currency_id
        if last_supplier_price is not UNSET:
            field_dict["lastSupplierPrice"] = last_supplier_price
        if override is not UNSET:
            field_dict["override"] = override

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.active = _rest.pop("active", UNSET)
        _instance.default = _rest.pop("default", UNSET)
        _instance.supplier_id = _rest.pop("supplierId", UNSET)
        _instance.supplier_name = _rest.pop("supplierName", UNSET)
        _instance.location = _rest.pop("location", UNSET)
        _instance.warehouse = _rest.pop("warehouse", UNSET)
        _instance.purchase_unit = _rest.pop("purchaseUnit", UNSET)
        _instance.supplier_item_id = _rest.pop("supplierItemId", UNSET)
        _instance.shipment_lead_time = _rest.pop("shipmentLeadTime", UNSET)
        _instance.lead_time = _rest.pop("leadTime", UNSET)
        _instance.min_order_freq = _rest.pop("minOrderFreq", UNSET)
        _instance.min_order_qty = _rest.pop("minOrderQty", UNSET)
        _instance.max_order_qty = _rest.pop("maxOrderQty", UNSET)
        _instance.lot_size = _rest.pop("lotSize", UNSET)
        _instance.eoq = _rest.pop("eoq", UNSET)
        _instance.currency_id = _rest.pop("currencyId", UNSET)
        _instance.last_supplier_price = _rest.pop("lastSupplierPrice", UNSET)
        _instance.override = _rest.pop("override", UNSET)
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
