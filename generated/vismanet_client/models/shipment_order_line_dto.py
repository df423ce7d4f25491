from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShipmentOrderLineDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "order_type",
    "order_nbr",
    "shipped_qty",
    "shipped_weight",
    "shipped_volume",
    "invoice_type",
    "invoice_nbr",
    "inventory_doc_type",
    "inventory_ref_nbr",
    "note",
)


@_attrs_define(repr=False)
class ShipmentOrderLineDto:
    """
    Attributes:
        order_type (str | Unset): Orders tab &gt; Order typer &gt; The type of the order.
        order_nbr (str | Unset): Orders tab &gt; Order no. &gt; The reference number of the sales or transfer order.
        shipped_qty (float | Unset): Orders tab &gt; Shipped qty. &gt; The quantity of goods shipped in accordance with
            the order.
        shipped_weight (float | Unset): Orders tab &gt; Shipped weight &gt; The weight of the goods shipped in
            accordance with the order.
        shipped_volume (float | Unset): Orders tab &gt; Shipped volume &gt; The volume of the goods shipped in
            accordance with the sales or transfer order.
        invoice_type (str | Unset): Orders tab &gt; Invoice type &gt; The type of invoice for the goods shipped for the
            sales order.
        invoice_nbr (str | Unset): Orders tab &gt; Invoice no. &gt; The reference number of the invoice for the goods
            shipped.
        inventory_doc_type (str | Unset): Orders tab &gt; Inventory doc. type &gt; The type of the inventory document
            that lists the items for this shipment.
        inventory_ref_nbr (str | Unset): Orders tab &gt; Inventory ref. no. &gt; The reference number of the inventory
            document that lists the items for this shipment.
        note (str | Unset):
    """

    order_type: str | Unset = UNSET
    order_nbr: str | Unset = UNSET
    shipped_qty: float | Unset = UNSET
    shipped_weight: float | Unset = UNSET
    shipped_volume: float | Unset = UNSET
    invoice_type: str | Unset = UNSET
    invoice_nbr: str | Unset = UNSET
    inventory_doc_type: str | Unset = UNSET
    inventory_ref_nbr: str | Unset = UNSET
    note: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_type = self.order_type

        order_nbr = self.order_nbr

        shipped_qty = self.shipped_qty

        shipped_weight = self.shipped_weight

        shipped_volume = self.shipped_volume

        invoice_type = self.invoice_type

        invoice_nbr = self.invoice_nbr

        inventory_doc_type = self.inventory_doc_type

        inventory_ref_nbr = self.inventory_ref_nbr

        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if order_nbr is not UNSET:
            field_dict["orderNbr"] = order_nbr
        if shipped_qty is not UNSET:
            field_dict["shippedQty"] = shipped_qty
        if shipped_weight is not UNSET:
            field_dict["shippedWeight"] = shipped_weight
        if shipped_volume is not UNSET:
            field_dict["shippedVolume"] = shipped_volume
        if invoice_type is not UNSET:
            field_dict["invoiceType"] = invoice_type
        if invoice_nbr is not UNSET:
            field_dict["invoiceNbr"] = invoice_nbr
        if inventory_doc_type is not UNSET:
            field_dict["inventoryDocType"] = inventory_doc_type
        if inventory_ref_nbr is not UNSET:
            field_dict["inventoryRefNbr"] = inventory_ref_nbr
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.order_type = _rest.pop("orderType", UNSET)
        _instance.order_nbr = _rest.pop("orderNbr", UNSET)
        _instance.shipped_qty = _rest.pop("shippedQty", UNSET)
        _instance.shipped_weight = _rest.pop("shippedWeight", UNSET)
        _instance.shipped_volume = _rest.pop("shippedVolume", UNSET)
        _instance.invoice_type = _rest.pop("invoiceType", UNSET)
        _instance.invoice_nbr = _rest.pop("invoiceNbr", UNSET)
        _instance.inventory_doc_type = _rest.pop("inventoryDocType", UNSET)
        _instance.inventory_ref_nbr = _rest.pop("inventoryRefNbr", UNSET)
        _instance.note = _rest.pop("note", UNSET)
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
