from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

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
class SupplierDetailsLineDto(GeneratedModel):
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

    active: bool | Unset | None = UNSET
    default: bool | Unset | None = UNSET
    supplier_id: str | Unset | None = UNSET
    supplier_name: str | Unset | None = UNSET
    location: str | Unset | None = UNSET
    warehouse: str | Unset | None = UNSET
    purchase_unit: str | Unset | None = UNSET
    supplier_item_id: str | Unset | None = UNSET
    shipment_lead_time: int | Unset | None = UNSET
    lead_time: int | Unset | None = UNSET
    min_order_freq: int | Unset | None = UNSET
    min_order_qty: float | Unset | None = UNSET
    max_order_qty: float | Unset | None = UNSET
    lot_size: float | Unset | None = UNSET
    eoq: float | Unset | None = UNSET
    currency_id: str | Unset | None = UNSET
    last_supplier_price: float | Unset | None = UNSET
    override: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.active
        if _value is not UNSET:
            field_dict["active"] = _value
        _value = self.default
        if _value is not UNSET:
            field_dict["default"] = _value
        _value = self.supplier_id
        if _value is not UNSET:
            field_dict["supplierId"] = _value
        _value = self.supplier_name
        if _value is not UNSET:
            field_dict["supplierName"] = _value
        _value = self.location
        if _value is not UNSET:
            field_dict["location"] = _value
        _value = self.warehouse
        if _value is not UNSET:
            field_dict["warehouse"] = _value
        _value = self.purchase_unit
        if _value is not UNSET:
            field_dict["purchaseUnit"] = _value
        _value = self.supplier_item_id
        if _value is not UNSET:
            field_dict["supplierItemId"] = _value
        _value = self.shipment_lead_time
        if _value is not UNSET:
            field_dict["shipmentLeadTime"] = _value
        _value = self.lead_time
        if _value is not UNSET:
            field_dict["leadTime"] = _value
        _value = self.min_order_freq
        if _value is not UNSET:
            field_dict["minOrderFreq"] = _value
        _value = self.min_order_qty
        if _value is not UNSET:
            field_dict["minOrderQty"] = _value
        _value = self.max_order_qty
        if _value is not UNSET:
            field_dict["maxOrderQty"] = _value
        _value = self.lot_size
        if _value is not UNSET:
            field_dict["lotSize"] = _value
        _value = self.eoq
        if _value is not UNSET:
            field_dict["eoq"] = _value
        _value = self.currency_id
        if _value is not UNSET:
            field_dict["currencyId"] = _value
        _value = self.last_supplier_price
        if _value is not UNSET:
            field_dict["lastSupplierPrice"] = _value
        _value = self.override
        if _value is not UNSET:
            field_dict["override"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not SupplierDetailsLineDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.active = _rest.pop("active", UNSET)
        self.default = _rest.pop("default", UNSET)
        self.supplier_id = _rest.pop("supplierId", UNSET)
        self.supplier_name = _rest.pop("supplierName", UNSET)
        self.location = _rest.pop("location", UNSET)
        self.warehouse = _rest.pop("warehouse", UNSET)
        self.purchase_unit = _rest.pop("purchaseUnit", UNSET)
        self.supplier_item_id = _rest.pop("supplierItemId", UNSET)
        self.shipment_lead_time = _rest.pop("shipmentLeadTime", UNSET)
        self.lead_time = _rest.pop("leadTime", UNSET)
        self.min_order_freq = _rest.pop("minOrderFreq", UNSET)
        self.min_order_qty = _rest.pop("minOrderQty", UNSET)
        self.max_order_qty = _rest.pop("maxOrderQty", UNSET)
        self.lot_size = _rest.pop("lotSize", UNSET)
        self.eoq = _rest.pop("eoq", UNSET)
        self.currency_id = _rest.pop("currencyId", UNSET)
        self.last_supplier_price = _rest.pop("lastSupplierPrice", UNSET)
        self.override = _rest.pop("override", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("active", "active", False, "bool"),
        ("default", "default", False, "bool"),
        ("supplier_id", "supplierId", False, "str"),
        ("supplier_name", "supplierName", False, "str"),
        ("location", "location", False, "str"),
        ("warehouse", "warehouse", False, "str"),
        ("purchase_unit", "purchaseUnit", False, "str"),
        ("supplier_item_id", "supplierItemId", False, "str"),
        ("shipment_lead_time", "shipmentLeadTime", False, "int"),
        ("lead_time", "leadTime", False, "int"),
        ("min_order_freq", "minOrderFreq", False, "int"),
        ("min_order_qty", "minOrderQty", False, "float"),
        ("max_order_qty", "maxOrderQty", False, "float"),
        ("lot_size", "lotSize", False, "float"),
        ("eoq", "eoq", False, "float"),
        ("currency_id", "currencyId", False, "str"),
        ("last_supplier_price", "lastSupplierPrice", False, "float"),
        ("override", "override", False, "bool"),
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


_Lazy = _lazy_twin(SupplierDetailsLineDto)
