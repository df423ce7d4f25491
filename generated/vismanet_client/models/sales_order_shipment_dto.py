from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SalesOrderShipmentDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "shipment_type",
    "shipment_no",
    "shipment_date",
    "shipped_qty",
    "shipped_weight",
    "shipped_volume",
    "invoice_type",
    "invoice_no",
    "inventory_doc_type",
    "inventory_ref_no",
)


@_attrs_define(repr=False)
class SalesOrderShipmentDto:
    """
    Attributes:
        shipment_type (str | Unset):
        shipment_no (str | Unset):
        shipment_date (datetime.datetime | Unset):
        shipped_qty (float | Unset):
        shipped_weight (float | Unset):
        shipped_volume (float | Unset):
        invoice_type (str | Unset):
        invoice_no (str | Unset):
        inventory_doc_type (str | Unset):
        inventory_ref_no (str | Unset):
    """

    shipment_type: str | Unset = UNSET
    shipment_no: str | Unset = UNSET
    shipment_date: datetime.datetime | Unset = UNSET
    shipped_qty: float | Unset = UNSET
    shipped_weight: float | Unset = UNSET
    shipped_volume: float | Unset = UNSET
    invoice_type: str | Unset = UNSET
    invoice_no: str | Unset = UNSET
    inventory_doc_type: str | Unset = UNSET
    inventory_ref_no: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shipment_type = self.shipment_type

        shipment_no = self.shipment_no

        shipment_date: str | Unset = UNSET
        if not isinstance(self.shipment_date, Unset):
            shipment_date = self.shipment_date.isoformat()

        shipped_qty = self.shipped_qty

        shipped_weight = self.shipped_weight

        shipped_volume = self.shipped_volume

        invoice_type = self.invoice_type

        invoice_no = self.invoice_no

        inventory_doc_type = self.inventory_doc_type

        inventory_ref_no = self.inventory_ref_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if shipment_type is not UNSET:
            field_dict["shipmentType"] = shipment_type
        if shipment_no is not UNSET:
            field_dict["shipmentNo"] = shipment_no
        if shipment_date is not UNSET:
            field_dict["shipmentDate"] = shipment_date
        if shipped_qty is not UNSET:
            field_dict["shippedQty"] = shipped_qty
        if shipped_weight is not UNSET:
            field_dict["shippedWeight"] = shipped_weight
        if shipped_volume is not UNSET:
            field_dict["shippedVolume"] = shipped_volume
        if invoice_type is not UNSET:
            field_dict["invoiceType"] = invoice_type
        if invoice_no is not UNSET:
            field_dict["invoiceNo"] = invoice_no
        if inventory_doc_type is not UNSET:
            field_dict["inventoryDocType"] = inventory_doc_type
        if inventory_ref_no is not UNSET:
            field_dict["inventoryRefNo"] = inventory_ref_no

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.shipment_type = _rest.pop("shipmentType", UNSET)
        _instance.shipment_no = _rest.pop("shipmentNo", UNSET)
        _value = _rest.pop("shipmentDate", UNSET)
        _instance.shipment_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.shipped_qty = _rest.pop("shippedQty", UNSET)
        _instance.shipped_weight = _rest.pop("shippedWeight", UNSET)
        _instance.shipped_volume = _rest.pop("shippedVolume", UNSET)
        _instance.invoice_type = _rest.pop("invoiceType", UNSET)
        _instance.invoice_no = _rest.pop("invoiceNo", UNSET)
        _instance.inventory_doc_type = _rest.pop("inventoryDocType", UNSET)
        _instance.inventory_ref_no = _rest.pop("inventoryRefNo", UNSET)
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
