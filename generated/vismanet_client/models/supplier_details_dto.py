from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.supplier_details_dto_operation import SupplierDetailsDtoOperation, check_supplier_details_dto_operation
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_boolean import DtoValueOfBoolean
    from ..models.dto_value_of_decimal import DtoValueOfDecimal
    from ..models.dto_value_of_int_16 import DtoValueOfInt16
    from ..models.dto_value_of_int_32 import DtoValueOfInt32
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="SupplierDetailsDto")


@_attrs_define
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
        from ..models.dto_value_of_boolean import DtoValueOfBoolean
        from ..models.dto_value_of_decimal import DtoValueOfDecimal
        from ..models.dto_value_of_int_16 import DtoValueOfInt16
        from ..models.dto_value_of_int_32 import DtoValueOfInt32
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _operation = d.pop("operation", UNSET)
        operation: SupplierDetailsDtoOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = check_supplier_details_dto_operation(_operation)

        _active = d.pop("active", UNSET)
        active: DtoValueOfBoolean | Unset
        if isinstance(_active, Unset):
            active = UNSET
        else:
            active = DtoValueOfBoolean.from_dict(_active)

        _default = d.pop("default", UNSET)
        default: DtoValueOfBoolean | Unset
        if isinstance(_default, Unset):
            default = UNSET
        else:
            default = DtoValueOfBoolean.from_dict(_default)

        _supplier_id = d.pop("supplierID", UNSET)
        supplier_id: DtoValueOfString | Unset
        if isinstance(_supplier_id, Unset):
            supplier_id = UNSET
        else:
            supplier_id = DtoValueOfString.from_dict(_supplier_id)

        _location = d.pop("location", UNSET)
        location: DtoValueOfString | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = DtoValueOfString.from_dict(_location)

        _purchase_unit = d.pop("purchaseUnit", UNSET)
        purchase_unit: DtoValueOfString | Unset
        if isinstance(_purchase_unit, Unset):
            purchase_unit = UNSET
        else:
            purchase_unit = DtoValueOfString.from_dict(_purchase_unit)

        _supplier_item_id = d.pop("supplierItemID", UNSET)
        supplier_item_id: DtoValueOfString | Unset
        if isinstance(_supplier_item_id, Unset):
            supplier_item_id = UNSET
        else:
            supplier_item_id = DtoValueOfString.from_dict(_supplier_item_id)

        _override = d.pop("override", UNSET)
        override: DtoValueOfBoolean | Unset
        if isinstance(_override, Unset):
            override = UNSET
        else:
            override = DtoValueOfBoolean.from_dict(_override)

        _shipment_lead_time = d.pop("shipmentLeadTime", UNSET)
        shipment_lead_time: DtoValueOfInt16 | Unset
        if isinstance(_shipment_lead_time, Unset):
            shipment_lead_time = UNSET
        else:
            shipment_lead_time = DtoValueOfInt16.from_dict(_shipment_lead_time)

        _min_order_freq = d.pop("minOrderFreq", UNSET)
        min_order_freq: DtoValueOfInt32 | Unset
        if isinstance(_min_order_freq, Unset):
            min_order_freq = UNSET
        else:
            min_order_freq = DtoValueOfInt32.from_dict(_min_order_freq)

        _min_order_qty = d.pop("minOrderQty", UNSET)
        min_order_qty: DtoValueOfDecimal | Unset
        if isinstance(_min_order_qty, Unset):
            min_order_qty = UNSET
        else:
            min_order_qty = DtoValueOfDecimal.from_dict(_min_order_qty)

        _max_order_qty = d.pop("maxOrderQty", UNSET)
        max_order_qty: DtoValueOfDecimal | Unset
        if isinstance(_max_order_qty, Unset):
            max_order_qty = UNSET
        else:
            max_order_qty = DtoValueOfDecimal.from_dict(_max_order_qty)

        _lot_size = d.pop("lotSize", UNSET)
        lot_size: DtoValueOfDecimal | Unset
        if isinstance(_lot_size, Unset):
            lot_size = UNSET
        else:
            lot_size = DtoValueOfDecimal.from_dict(_lot_size)

        _eoq = d.pop("eoq", UNSET)
        eoq: DtoValueOfDecimal | Unset
        if isinstance(_eoq, Unset):
            eoq = UNSET
        else:
            eoq = DtoValueOfDecimal.from_dict(_eoq)

        _currency_id = d.pop("currencyID", UNSET)
        currency_id: DtoValueOfString | Unset
        if isinstance(_currency_id, Unset):
            currency_id = UNSET
        else:
            currency_id = DtoValueOfString.from_dict(_currency_id)

        supplier_details_dto = cls(
            operation=operation,
            active=active,
            default=default,
            supplier_id=supplier_id,
            location=location,
            purchase_unit=purchase_unit,
            supplier_item_id=supplier_item_id,
            override=override,
            shipment_lead_time=shipment_lead_time,
            min_order_freq=min_order_freq,
            min_order_qty=min_order_qty,
            max_order_qty=max_order_qty,
            lot_size=lot_size,
            eoq=eoq,
            currency_id=currency_id,
        )

        supplier_details_dto.additional_properties = d
        return supplier_details_dto

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
