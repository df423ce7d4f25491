from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.supplier_details_dto_operation import SupplierDetailsDtoOperation
from ..types import UNSET, Unset

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
class SupplierDetailsDto:
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

    operation: SupplierDetailsDtoOperation | Unset = UNSET
    active: DtoValueOfBoolean | Unset = UNSET
    default: DtoValueOfBoolean | Unset = UNSET
    supplier_id: DtoValueOfString | Unset = UNSET
    location: DtoValueOfString | Unset = UNSET
    purchase_unit: DtoValueOfString | Unset = UNSET
    supplier_item_id: DtoValueOfString | Unset = UNSET
    override: DtoValueOfBoolean | Unset = UNSET
    shipment_lead_time: DtoValueOfInt16 | Unset = UNSET
    min_order_freq: DtoValueOfInt32 | Unset = UNSET
    min_order_qty: DtoValueOfDecimal | Unset = UNSET
    max_order_qty: DtoValueOfDecimal | Unset = UNSET
    lot_size: DtoValueOfDecimal | Unset = UNSET
    eoq: DtoValueOfDecimal | Unset = UNSET
    currency_id: DtoValueOfString | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        active: dict[str, Any] | Unset = UNSET
        if not isinstance(self.active, Unset):
            active = self.active.to_dict()

        default: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default, Unset):
            default = self.default.to_dict()

        supplier_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier_id, Unset):
            supplier_id = self.supplier_id.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        purchase_unit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.purchase_unit, Unset):
            purchase_unit = self.purchase_unit.to_dict()

        supplier_item_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier_item_id, Unset):
            supplier_item_id = self.supplier_item_id.to_dict()

        override: dict[str, Any] | Unset = UNSET
        if not isinstance(self.override, Unset):
            override = self.override.to_dict()

        shipment_lead_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipment_lead_time, Unset):
            shipment_lead_time = self.shipment_lead_time.to_dict()

        min_order_freq: dict[str, Any] | Unset = UNSET
        if not isinstance(self.min_order_freq, Unset):
            min_order_freq = self.min_order_freq.to_dict()

        min_order_qty: dict[str, Any] | Unset = UNSET
        if not isinstance(self.min_order_qty, Unset):
            min_order_qty = self.min_order_qty.to_dict()

        max_order_qty: dict[str, Any] | Unset = UNSET
        if not isinstance(self.max_order_qty, Unset):
            max_order_qty = self.max_order_qty.to_dict()

        lot_size: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lot_size, Unset):
            lot_size = self.lot_size.to_dict()

        eoq: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eoq, Unset):
            eoq = self.eoq.to_dict()

        currency_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency_id, Unset):
            currency_id = self.currency_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation
        if active is not UNSET:
            field_dict["active"] = active
        if default is not UNSET:
            field_dict["default"] = default
        if supplier_id is not UNSET:
            field_dict["supplierID"] = supplier_id
        if location is not UNSET:
            field_dict["location"] = location
        if purchase_unit is not UNSET:
            field_dict["purchaseUnit"] = purchase_unit
        if supplier_item_id is not UNSET:
            field_dict["supplierItemID"] = supplier_item_id
        if override is not UNSET:
            field_dict["override"] = override
        if shipment_lead_time is not UNSET:
            field_dict["shipmentLeadTime"] = shipment_lead_time
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
            field_dict["currencyID"] = currency_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("active", UNSET)
        _instance.active = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("default", UNSET)
        _instance.default = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("supplierID", UNSET)
        _instance.supplier_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("location", UNSET)
        _instance.location = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("purchaseUnit", UNSET)
        _instance.purchase_unit = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("supplierItemID", UNSET)
        _instance.supplier_item_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("override", UNSET)
        _instance.override = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("shipmentLeadTime", UNSET)
        _instance.shipment_lead_time = UNSET if _value is UNSET else _models.DtoValueOfInt16.from_dict(_value)
        _value = _rest.pop("minOrderFreq", UNSET)
        _instance.min_order_freq = UNSET if _value is UNSET else _models.DtoValueOfInt32.from_dict(_value)
        _value = _rest.pop("minOrderQty", UNSET)
        _instance.min_order_qty = UNSET if _value is UNSET else _models.DtoValueOfDecimal.from_dict(_value)
        _value = _rest.pop("maxOrderQty", UNSET)
        _instance.max_order_qty = UNSET if _value is UNSET else _models.DtoValueOfDecimal.from_dict(_value)
        _value = _rest.pop("lotSize", UNSET)
        _instance.lot_size = UNSET if _value is UNSET else _models.DtoValueOfDecimal.from_dict(_value)
        _value = _rest.pop("eoq", UNSET)
        _instance.eoq = UNSET if _value is UNSET else _models.DtoValueOfDecimal.from_dict(_value)
        _value = _rest.pop("currencyID", UNSET)
        _instance.currency_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
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
