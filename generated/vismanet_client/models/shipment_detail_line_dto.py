from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allocations_dto import AllocationsDto
    from ..models.location_in_shipment_detail_line_dto import LocationInShipmentDetailLineDto
    from ..models.warehouse_in_shipment_detail_line_dto import WarehouseInShipmentDetailLineDto


T = TypeVar("T", bound="ShipmentDetailLineDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "line_number",
    "order_type",
    "order_nbr",
    "inventory_number",
    "free_item",
    "warehouse",
    "location",
    "uom",
    "shipped_qty",
    "ordered_qty",
    "open_qty",
    "lot_serial_nbr",
    "expiration_date",
    "reason_code",
    "description",
    "allocations",
    "order_line_nbr",
    "note",
    "external_link",
    "alternate_id",
    "custom_str_1",
    "custom_str_2",
    "custom_str_3",
    "custom_str_4",
    "custom_str_5",
    "custom_dec_1",
    "custom_dec_2",
    "custom_int_1",
    "custom_int_2",
    "custom_date_time_utc1",
)


@_attrs_define(repr=False)
class ShipmentDetailLineDto:
    """
    Attributes:
        line_number (int | Unset): Document details tab &gt; The line number indicating sequence.
        order_type (str | Unset): Document details tab &gt; The type of the document, which is one of the predefined
            order types or a custom order type.
        order_nbr (str | Unset): Document details tab &gt; Order no. &gt; The reference number of the document.
        inventory_number (str | Unset): Document details tab &gt; Item ID &gt; The ID of the item being shipped.
        free_item (bool | Unset): Document details tab &gt; Free item &gt; The free item earned by the customer, if
            applicable. (This column does not appear for transfer.)
        warehouse (WarehouseInShipmentDetailLineDto | Unset): Mandatory field: Document details tab &gt; Warehouse* &gt;
            The warehouse from which the items is shipped.
        location (LocationInShipmentDetailLineDto | Unset): Document details tab &gt; Location &gt; The location in the
            warehouse from which the item is shipped.
        uom (str | Unset): Document details tab &gt; UoM &gt; The unit of measure used for the item in shipment.
        shipped_qty (float | Unset): Document details tab &gt; Shipped qty. &gt; The quantity of the item shipped with
            the specified properties.
        ordered_qty (float | Unset): Document details tab &gt; Ordered qty. &gt; The quantity of the item ordered with
            the specified properties.
        open_qty (float | Unset): Document details tab &gt; Open qty. &gt; The number of items with the specified
            quantities still to be shipped.
        lot_serial_nbr (str | Unset): Document details tab &gt; Lot/serial no. &gt; The lot or serial number of
            particular items of the item.
        expiration_date (datetime.datetime | Unset): Document details tab &gt; Expiration date &gt; The expiration date
            of the item, if it is traced for this item ID.
        reason_code (str | Unset): Document details tab &gt; Reason code &gt; The reason code used for shipments.
        description (str | Unset): Document details tab &gt; Description &gt; A short description for the shipment.
        allocations (list[AllocationsDto] | Unset): Document details tab &gt; Allocations button &gt; Opens the
            Allocations dialog box, so that you can specify the locations, or lot or serial numbers for the units of the of
            the item.
        order_line_nbr (int | Unset): Document details tab &gt; Order line no. &gt; Read only. The order's line number
            that matches this shipment line.
        note (str | Unset):
        external_link (str | Unset):
        alternate_id (str | Unset):
        custom_str_1 (str | Unset): A free custom colum of type string with max length 100.
        custom_str_2 (str | Unset): A free custom colum of type string with max length 100.
        custom_str_3 (str | Unset): A free custom colum of type string with max length 100.
        custom_str_4 (str | Unset): A free custom colum of type string with max length 100.
        custom_str_5 (str | Unset): A free custom colum of type string with max length 100.
        custom_dec_1 (float | Unset): A free custom colum of type decimal with max 4 decimals.
        custom_dec_2 (float | Unset): A free custom colum of type decimal with max 4 decimals.
        custom_int_1 (int | Unset): A free custom colum of type int
        custom_int_2 (int | Unset): A free custom colum of type int
        custom_date_time_utc1 (datetime.datetime | Unset): A free custom colum of type DateTime - in UTC timezone
    """

    line_number: int | Unset = UNSET
    order_type: str | Unset = UNSET
    order_nbr: str | Unset = UNSET
    inventory_number: str | Unset = UNSET
    free_item: bool | Unset = UNSET
    warehouse: WarehouseInShipmentDetailLineDto | Unset = UNSET
    location: LocationInShipmentDetailLineDto | Unset = UNSET
    uom: str | Unset = UNSET
    shipped_qty: float | Unset = UNSET
    ordered_qty: float | Unset = UNSET
    open_qty: float | Unset = UNSET
    lot_serial_nbr: str | Unset = UNSET
    expiration_date: datetime.datetime | Unset = UNSET
    reason_code: str | Unset = UNSET
    description: str | Unset = UNSET
    allocations: list[AllocationsDto] | Unset = UNSET
    order_line_nbr: int | Unset = UNSET
    note: str | Unset = UNSET
    external_link: str | Unset = UNSET
    alternate_id: str | Unset = UNSET
    custom_str_1: str | Unset = UNSET
    custom_str_2: str | Unset = UNSET
    custom_str_3: str | Unset = UNSET
    custom_str_4: str | Unset = UNSET
    custom_str_5: str | Unset = UNSET
    custom_dec_1: float | Unset = UNSET
    custom_dec_2: float | Unset = UNSET
    custom_int_1: int | Unset = UNSET
    custom_int_2: int | Unset = UNSET
    custom_date_time_utc1: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_number = self.line_number

        order_type = self.order_type

        order_nbr = self.order_nbr

        inventory_number = self.inventory_number

        free_item = self.free_item

        warehouse: dict[str, Any] | Unset = UNSET
        if not isinstance(self.warehouse, Unset):
            warehouse = self.warehouse.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        uom = self.uom

        shipped_qty = self.shipped_qty

        ordered_qty = self.ordered_qty

        open_qty = self.open_qty

        lot_serial_nbr = self.lot_serial_nbr

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.isoformat()

        reason_code = self.reason_code

        description = self.description

        allocations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allocations, Unset):
            allocations = []
            for allocations_item_data in self.allocations:
                allocations_item = allocations_item_data.to_dict()
                allocations.append(allocations_item)

        order_line_nbr = self.order_line_nbr

        note = self.note

        external_link = self.external_link

        alternate_id = self.alternate_id

        custom_str_1 = self.custom_str_1

        custom_str_2 = self.custom_str_2

        custom_str_3 = self.custom_str_3

        custom_str_4 = self.custom_str_4

        custom_str_5 = self.custom_str_5

        custom_dec_1 = self.custom_dec_1

        custom_dec_2 = self.custom_dec_2

        custom_int_1 = self.custom_int_1

        custom_int_2 = self.custom_int_2

        custom_date_time_utc1: str | Unset = UNSET
        if not isinstance(self.custom_date_time_utc1, Unset):
            custom_date_time_utc1 = self.custom_date_time_utc1.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line_number is not UNSET:
            field_dict["lineNumber"] = line_number
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if order_nbr is not UNSET:
            field_dict["orderNbr"] = order_nbr
        if inventory_number is not UNSET:
            field_dict["inventoryNumber"] = inventory_number
        if free_item is not UNSET:
            field_dict["freeItem"] = free_item
        if warehouse is not UNSET:
            field_dict["warehouse"] = warehouse
        if location is not UNSET:
            field_dict["location"] = location
        if uom is not UNSET:
            field_dict["uom"] = uom
        if shipped_qty is not UNSET:
            field_dict["shippedQty"] = shipped_qty
        if ordered_qty is not UNSET:
            field_dict["orderedQty"] = ordered_qty
        if open_qty is not UNSET:
            field_dict["openQty"] = open_qty
        if lot_serial_nbr is not UNSET:
            field_dict["lotSerialNbr"] = lot_serial_nbr
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date
        if reason_code is not UNSET:
            field_dict["reasonCode"] = reason_code
        if description is not UNSET:
            field_dict["description"] = description
        if allocations is not UNSET:
            field_dict["allocations"] = allocations
        if order_line_nbr is not UNSET:
            field_dict["orderLineNbr"] = order_line_nbr
        if note is not UNSET:
            field_dict["note"] = note
        if external_link is not UNSET:
            field_dict["externalLink"] = external_link
        if alternate_id is not UNSET:
            field_dict["alternateID"] = alternate_id
        if custom_str_1 is not UNSET:
            field_dict["customStr1"] = custom_str_1
        if custom_str_2 is not UNSET:
            field_dict["customStr2"] = custom_str_2
        if custom_str_3 is not UNSET:
            field_dict["customStr3"] = custom_str_3
        if custom_str_4 is not UNSET:
            field_dict["customStr4"] = custom_str_4
        if custom_str_5 is not UNSET:
            field_dict["customStr5"] = custom_str_5
        if custom_dec_1 is not UNSET:
            field_dict["customDec1"] = custom_dec_1
        if custom_dec_2 is not UNSET:
            field_dict["customDec2"] = custom_dec_2
        if custom_int_1 is not UNSET:
            field_dict["customInt1"] = custom_int_1
        if custom_int_2 is not UNSET:
            field_dict["customInt2"] = custom_int_2
        if custom_date_time_utc1 is not UNSET:
            field_dict["customDateTimeUTC1"] = custom_date_time_utc1

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.line_number = _rest.pop("lineNumber", UNSET)
        _instance.order_type = _rest.pop("orderType", UNSET)
        _instance.order_nbr = _rest.pop("orderNbr", UNSET)
        _instance.inventory_number = _rest.pop("inventoryNumber", UNSET)
        _instance.free_item = _rest.pop("freeItem", UNSET)
        _value = _rest.pop("warehouse", UNSET)
        _instance.warehouse = UNSET if _value is UNSET else _models.WarehouseInShipmentDetailLineDto.from_dict(_value)
        _value = _rest.pop("location", UNSET)
        _instance.location = UNSET if _value is UNSET else _models.LocationInShipmentDetailLineDto.from_dict(_value)
        _instance.uom = _rest.pop("uom", UNSET)
        _instance.shipped_qty = _rest.pop("shippedQty", UNSET)
        _instance.ordered_qty = _rest.pop("orderedQty", UNSET)
        _instance.open_qty = _rest.pop("openQty", UNSET)
        _instance.lot_serial_nbr = _rest.pop("lotSerialNbr", UNSET)
        _value = _rest.pop("expirationDate", UNSET)
        _instance.expiration_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.reason_code = _rest.pop("reasonCode", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _value = _rest.pop("allocations", UNSET)
        _instance.allocations = (
            UNSET
            if _value is UNSET
            else [_models.AllocationsDto.from_dict(allocations_item_data) for allocations_item_data in _value]
        )
        _instance.order_line_nbr = _rest.pop("orderLineNbr", UNSET)
        _instance.note = _rest.pop("note", UNSET)
        _instance.external_link = _rest.pop("externalLink", UNSET)
        _instance.alternate_id = _rest.pop("alternateID", UNSET)
        _instance.custom_str_1 = _rest.pop("customStr1", UNSET)
        _instance.custom_str_2 = _rest.pop("customStr2", UNSET)
        _instance.custom_str_3 = _rest.pop("customStr3", UNSET)
        _instance.custom_str_4 = _rest.pop("customStr4", UNSET)
        _instance.custom_str_5 = _rest.pop("customStr5", UNSET)
        _instance.custom_dec_1 = _rest.pop("customDec1", UNSET)
        _instance.custom_dec_2 = _rest.pop("customDec2", UNSET)
        _instance.custom_int_1 = _rest.pop("customInt1", UNSET)
        _instance.custom_int_2 = _rest.pop("customInt2", UNSET)
        _value = _rest.pop("customDateTimeUTC1", UNSET)
        _instance.custom_date_time_utc1 = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
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
