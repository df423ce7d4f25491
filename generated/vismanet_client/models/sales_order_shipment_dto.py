from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SalesOrderShipmentDto")


@_attrs_define
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
        d = dict(src_dict)
        shipment_type = d.pop("shipmentType", UNSET)

        shipment_no = d.pop("shipmentNo", UNSET)

        _shipment_date = d.pop("shipmentDate", UNSET)
        shipment_date: datetime.datetime | Unset
        if isinstance(_shipment_date, Unset):
            shipment_date = UNSET
        else:
            shipment_date = datetime.datetime.fromisoformat(_shipment_date)

        shipped_qty = d.pop("shippedQty", UNSET)

        shipped_weight = d.pop("shippedWeight", UNSET)

        shipped_volume = d.pop("shippedVolume", UNSET)

        invoice_type = d.pop("invoiceType", UNSET)

        invoice_no = d.pop("invoiceNo", UNSET)

        inventory_doc_type = d.pop("inventoryDocType", UNSET)

        inventory_ref_no = d.pop("inventoryRefNo", UNSET)

        sales_order_shipment_dto = cls(
            shipment_type=shipment_type,
            shipment_no=shipment_no,
            shipment_date=shipment_date,
            shipped_qty=shipped_qty,
            shipped_weight=shipped_weight,
            shipped_volume=shipped_volume,
            invoice_type=invoice_type,
            invoice_no=invoice_no,
            inventory_doc_type=inventory_doc_type,
            inventory_ref_no=inventory_ref_no,
        )

        sales_order_shipment_dto.additional_properties = d
        return sales_order_shipment_dto

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
