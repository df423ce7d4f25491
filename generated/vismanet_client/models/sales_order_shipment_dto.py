from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

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
class SalesOrderShipmentDto(GeneratedModel):
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

    shipment_type: str | Unset | None = UNSET
    shipment_no: str | Unset | None = UNSET
    shipment_date: datetime.datetime | Unset | None = UNSET
    shipped_qty: float | Unset | None = UNSET
    shipped_weight: float | Unset | None = UNSET
    shipped_volume: float | Unset | None = UNSET
    invoice_type: str | Unset | None = UNSET
    invoice_no: str | Unset | None = UNSET
    inventory_doc_type: str | Unset | None = UNSET
    inventory_ref_no: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.shipment_type
        if _value is not UNSET:
            field_dict["shipmentType"] = _value
        _value = self.shipment_no
        if _value is not UNSET:
            field_dict["shipmentNo"] = _value
        _value = self.shipment_date
        if _value is not UNSET:
            field_dict["shipmentDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
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
        _value = self.invoice_no
        if _value is not UNSET:
            field_dict["invoiceNo"] = _value
        _value = self.inventory_doc_type
        if _value is not UNSET:
            field_dict["inventoryDocType"] = _value
        _value = self.inventory_ref_no
        if _value is not UNSET:
            field_dict["inventoryRefNo"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not SalesOrderShipmentDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.shipment_type = _rest.pop("shipmentType", UNSET)
        self.shipment_no = _rest.pop("shipmentNo", UNSET)
        _value = _rest.pop("shipmentDate", UNSET)
        self.shipment_date = _parse_datetime(_value)
        self.shipped_qty = _rest.pop("shippedQty", UNSET)
        self.shipped_weight = _rest.pop("shippedWeight", UNSET)
        self.shipped_volume = _rest.pop("shippedVolume", UNSET)
        self.invoice_type = _rest.pop("invoiceType", UNSET)
        self.invoice_no = _rest.pop("invoiceNo", UNSET)
        self.inventory_doc_type = _rest.pop("inventoryDocType", UNSET)
        self.inventory_ref_no = _rest.pop("inventoryRefNo", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("shipment_type", "shipmentType", False, "str"),
        ("shipment_no", "shipmentNo", False, "str"),
        ("shipment_date", "shipmentDate", False, "datetime"),
        ("shipped_qty", "shippedQty", False, "float"),
        ("shipped_weight", "shippedWeight", False, "float"),
        ("shipped_volume", "shippedVolume", False, "float"),
        ("invoice_type", "invoiceType", False, "str"),
        ("invoice_no", "invoiceNo", False, "str"),
        ("inventory_doc_type", "inventoryDocType", False, "str"),
        ("inventory_ref_no", "inventoryRefNo", False, "str"),
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


_Lazy = _lazy_twin(SalesOrderShipmentDto)
