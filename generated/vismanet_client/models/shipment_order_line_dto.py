from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

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
class ShipmentOrderLineDto(GeneratedModel):
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

    order_type: str | Unset | None = UNSET
    order_nbr: str | Unset | None = UNSET
    shipped_qty: float | Unset | None = UNSET
    shipped_weight: float | Unset | None = UNSET
    shipped_volume: float | Unset | None = UNSET
    invoice_type: str | Unset | None = UNSET
    invoice_nbr: str | Unset | None = UNSET
    inventory_doc_type: str | Unset | None = UNSET
    inventory_ref_nbr: str | Unset | None = UNSET
    note: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.order_type
        if _value is not UNSET:
            field_dict["orderType"] = _value
        _value = self.order_nbr
        if _value is not UNSET:
            field_dict["orderNbr"] = _value
        _value = self.shipped_qty
        if _value is not UNSET:
            field_dict["shippedQty"] = _value
        _value = self.shipped_weight
        if _value is not UNSET:
            field_dict["shippedWeight"] = _value
        _value = self.shipped_volume
        if _value is not UNSET:
            field_dict["shippedVolume"] = _value
        _value = self.invoice_type
        if _value is not UNSET:
            field_dict["invoiceType"] = _value
        _value = self.invoice_nbr
        if _value is not UNSET:
            field_dict["invoiceNbr"] = _value
        _value = self.inventory_doc_type
        if _value is not UNSET:
            field_dict["inventoryDocType"] = _value
        _value = self.inventory_ref_nbr
        if _value is not UNSET:
            field_dict["inventoryRefNbr"] = _value
        _value = self.note
        if _value is not UNSET:
            field_dict["note"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not ShipmentOrderLineDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.order_type = _rest.pop("orderType", UNSET)
        self.order_nbr = _rest.pop("orderNbr", UNSET)
        self.shipped_qty = _rest.pop("shippedQty", UNSET)
        self.shipped_weight = _rest.pop("shippedWeight", UNSET)
        self.shipped_volume = _rest.pop("shippedVolume", UNSET)
        self.invoice_type = _rest.pop("invoiceType", UNSET)
        self.invoice_nbr = _rest.pop("invoiceNbr", UNSET)
        self.inventory_doc_type = _rest.pop("inventoryDocType", UNSET)
        self.inventory_ref_nbr = _rest.pop("inventoryRefNbr", UNSET)
        self.note = _rest.pop("note", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("order_type", "orderType", False, "str"),
        ("order_nbr", "orderNbr", False, "str"),
        ("shipped_qty", "shippedQty", False, "float"),
        ("shipped_weight", "shippedWeight", False, "float"),
        ("shipped_volume", "shippedVolume", False, "float"),
        ("invoice_type", "invoiceType", False, "str"),
        ("invoice_nbr", "invoiceNbr", False, "str"),
        ("inventory_doc_type", "inventoryDocType", False, "str"),
        ("inventory_ref_nbr", "inventoryRefNbr", False, "str"),
        ("note", "note", False, "str"),
    )
    _vn_extra = None

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


_Lazy = _lazy_twin(ShipmentOrderLineDto)
