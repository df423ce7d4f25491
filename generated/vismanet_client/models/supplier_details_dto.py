from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.supplier_details_dto_operation import SupplierDetailsDtoOperation
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.dto_value_of_boolean import DtoValueOfBoolean
    from ..models.dto_value_of_decimal import DtoValueOfDecimal
    from ..models.dto_value_of_int_16 import DtoValueOfInt16
    from ..models.dto_value_of_int_32 import DtoValueOfInt32
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="SupplierDetailsDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "operation",
    "active",
    "default",
    "supplier_id",
    "location",
    "purchase_unit",
    "supplier_item_id",
    "override",
    "shipment_lead_time",
    "min_order_freq",
    "min_order_qty",
    "max_order_qty",
    "lot_size",
    "eoq",
    "currency_id",
)


@_attrs_define(repr=False)
class SupplierDetailsDto(GeneratedModel):
    """
    Attributes:
        operation (SupplierDetailsDtoOperation | Unset):
        active (DtoValueOfBoolean | Unset):
        default (DtoValueOfBoolean | Unset):
        supplier_id (DtoValueOfString | Unset):
        location (DtoValueOfString | Unset):
        purchase_unit (DtoValueOfString | Unset):
        supplier_item_id (DtoValueOfString | Unset):
        override (DtoValueOfBoolean | Unset):
        shipment_lead_time (DtoValueOfInt16 | Unset):
        min_order_freq (DtoValueOfInt32 | Unset):
        min_order_qty (DtoValueOfDecimal | Unset):
        max_order_qty (DtoValueOfDecimal | Unset):
        lot_size (DtoValueOfDecimal | Unset):
        eoq (DtoValueOfDecimal | Unset):
        currency_id (DtoValueOfString | Unset):
    """

    operation: SupplierDetailsDtoOperation | Unset | None = UNSET
    active: DtoValueOfBoolean | Unset | None = UNSET
    default: DtoValueOfBoolean | Unset | None = UNSET
    supplier_id: DtoValueOfString | Unset | None = UNSET
    location: DtoValueOfString | Unset | None = UNSET
    purchase_unit: DtoValueOfString | Unset | None = UNSET
    supplier_item_id: DtoValueOfString | Unset | None = UNSET
    override: DtoValueOfBoolean | Unset | None = UNSET
    shipment_lead_time: DtoValueOfInt16 | Unset | None = UNSET
    min_order_freq: DtoValueOfInt32 | Unset | None = UNSET
    min_order_qty: DtoValueOfDecimal | Unset | None = UNSET
    max_order_qty: DtoValueOfDecimal | Unset | None = UNSET
    lot_size: DtoValueOfDecimal | Unset | None = UNSET
    eoq: DtoValueOfDecimal | Unset | None = UNSET
    currency_id: DtoValueOfString | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.operation
        if _value is not UNSET:
            field_dict["operation"] = _value
        _value = self.active
        if _value is not UNSET:
            field_dict["active"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.default
        if _value is not UNSET:
            field_dict["default"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.supplier_id
        if _value is not UNSET:
            field_dict["supplierID"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.location
        if _value is not UNSET:
            field_dict["location"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.purchase_unit
        if _value is not UNSET:
            field_dict["purchaseUnit"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.supplier_item_id
        if _value is not UNSET:
            field_dict["supplierItemID"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.override
        if _value is not UNSET:
            field_dict["override"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.shipment_lead_time
        if _value is not UNSET:
            field_dict["shipmentLeadTime"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.min_order_freq
        if _value is not UNSET:
            field_dict["minOrderFreq"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.min_order_qty
        if _value is not UNSET:
            field_dict["minOrderQty"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.max_order_qty
        if _value is not UNSET:
            field_dict["maxOrderQty"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.lot_size
        if _value is not UNSET:
            field_dict["lotSize"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.eoq
        if _value is not UNSET:
            field_dict["eoq"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.currency_id
        if _value is not UNSET:
            field_dict["currencyID"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not SupplierDetailsDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("active", UNSET)
        self.active = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("default", UNSET)
        self.default = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("supplierID", UNSET)
        self.supplier_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("location", UNSET)
        self.location = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("purchaseUnit", UNSET)
        self.purchase_unit = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("supplierItemID", UNSET)
        self.supplier_item_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("override", UNSET)
        self.override = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("shipmentLeadTime", UNSET)
        self.shipment_lead_time = (
            _models.DtoValueOfInt16._vn_fill(_new(_models.DtoValueOfInt16), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("minOrderFreq", UNSET)
        self.min_order_freq = (
            _models.DtoValueOfInt32._vn_fill(_new(_models.DtoValueOfInt32), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("minOrderQty", UNSET)
        self.min_order_qty = (
            _models.DtoValueOfDecimal._vn_fill(_new(_models.DtoValueOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("maxOrderQty", UNSET)
        self.max_order_qty = (
            _models.DtoValueOfDecimal._vn_fill(_new(_models.DtoValueOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("lotSize", UNSET)
        self.lot_size = (
            _models.DtoValueOfDecimal._vn_fill(_new(_models.DtoValueOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("eoq", UNSET)
        self.eoq = (
            _models.DtoValueOfDecimal._vn_fill(_new(_models.DtoValueOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("currencyID", UNSET)
        self.currency_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("operation", "operation", False, "str"),
        ("active", "active", False, ("model", "DtoValueOfBoolean")),
        ("default", "default", False, ("model", "DtoValueOfBoolean")),
        ("supplier_id", "supplierID", False, ("model", "DtoValueOfString")),
        ("location", "location", False, ("model", "DtoValueOfString")),
        ("purchase_unit", "purchaseUnit", False, ("model", "DtoValueOfString")),
        ("supplier_item_id", "supplierItemID", False, ("model", "DtoValueOfString")),
        ("override", "override", False, ("model", "DtoValueOfBoolean")),
        ("shipment_lead_time", "shipmentLeadTime", False, ("model", "DtoValueOfInt16")),
        ("min_order_freq", "minOrderFreq", False, ("model", "DtoValueOfInt32")),
        ("min_order_qty", "minOrderQty", False, ("model", "DtoValueOfDecimal")),
        ("max_order_qty", "maxOrderQty", False, ("model", "DtoValueOfDecimal")),
        ("lot_size", "lotSize", False, ("model", "DtoValueOfDecimal")),
        ("eoq", "eoq", False, ("model", "DtoValueOfDecimal")),
        ("currency_id", "currencyID", False, ("model", "DtoValueOfString")),
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


_Lazy = _lazy_twin(SupplierDetailsDto)
