from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

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
class ShipmentDetailLineDto(GeneratedModel):
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

    line_number: int | Unset | None = UNSET
    order_type: str | Unset | None = UNSET
    order_nbr: str | Unset | None = UNSET
    inventory_number: str | Unset | None = UNSET
    free_item: bool | Unset | None = UNSET
    warehouse: WarehouseInShipmentDetailLineDto | Unset | None = UNSET
    location: LocationInShipmentDetailLineDto | Unset | None = UNSET
    uom: str | Unset | None = UNSET
    shipped_qty: float | Unset | None = UNSET
    ordered_qty: float | Unset | None = UNSET
    open_qty: float | Unset | None = UNSET
    lot_serial_nbr: str | Unset | None = UNSET
    expiration_date: datetime.datetime | Unset | None = UNSET
    reason_code: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    allocations: list[AllocationsDto] | Unset | None = UNSET
    order_line_nbr: int | Unset | None = UNSET
    note: str | Unset | None = UNSET
    external_link: str | Unset | None = UNSET
    alternate_id: str | Unset | None = UNSET
    custom_str_1: str | Unset | None = UNSET
    custom_str_2: str | Unset | None = UNSET
    custom_str_3: str | Unset | None = UNSET
    custom_str_4: str | Unset | None = UNSET
    custom_str_5: str | Unset | None = UNSET
    custom_dec_1: float | Unset | None = UNSET
    custom_dec_2: float | Unset | None = UNSET
    custom_int_1: int | Unset | None = UNSET
    custom_int_2: int | Unset | None = UNSET
    custom_date_time_utc1: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.line_number
        if _value is not UNSET:
            field_dict["lineNumber"] = _value
        _value = self.order_type
        if _value is not UNSET:
            field_dict["orderType"] = _value
        _value = self.order_nbr
        if _value is not UNSET:
            field_dict["orderNbr"] = _value
        _value = self.inventory_number
        if _value is not UNSET:
            field_dict["inventoryNumber"] = _value
        _value = self.free_item
        if _value is not UNSET:
            field_dict["freeItem"] = _value
        _value = self.warehouse
        if _value is not UNSET:
            field_dict["warehouse"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.location
        if _value is not UNSET:
            field_dict["location"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.uom
        if _value is not UNSET:
            field_dict["uom"] = _value
        _value = self.shipped_qty
        if _value is not UNSET:
            field_dict["shippedQty"] = _value
        _value = self.ordered_qty
        if _value is not UNSET:
            field_dict["orderedQty"] = _value
        _value = self.open_qty
        if _value is not UNSET:
            field_dict["openQty"] = _value
        _value = self.lot_serial_nbr
        if _value is not UNSET:
            field_dict["lotSerialNbr"] = _value
        _value = self.expiration_date
        if _value is not UNSET:
            field_dict["expirationDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.reason_code
        if _value is not UNSET:
            field_dict["reasonCode"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.allocations
        if _value is not UNSET:
            field_dict["allocations"] = (
                [
                    allocations_item_data.to_dict()
                    if isinstance(allocations_item_data, GeneratedModel)
                    else allocations_item_data
                    for allocations_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.order_line_nbr
        if _value is not UNSET:
            field_dict["orderLineNbr"] = _value
        _value = self.note
        if _value is not UNSET:
            field_dict["note"] = _value
        _value = self.external_link
        if _value is not UNSET:
            field_dict["externalLink"] = _value
        _value = self.alternate_id
        if _value is not UNSET:
            field_dict["alternateID"] = _value
        _value = self.custom_str_1
        if _value is not UNSET:
            field_dict["customStr1"] = _value
        _value = self.custom_str_2
        if _value is not UNSET:
            field_dict["customStr2"] = _value
        _value = self.custom_str_3
        if _value is not UNSET:
            field_dict["customStr3"] = _value
        _value = self.custom_str_4
        if _value is not UNSET:
            field_dict["customStr4"] = _value
        _value = self.custom_str_5
        if _value is not UNSET:
            field_dict["customStr5"] = _value
        _value = self.custom_dec_1
        if _value is not UNSET:
            field_dict["customDec1"] = _value
        _value = self.custom_dec_2
        if _value is not UNSET:
            field_dict["customDec2"] = _value
        _value = self.custom_int_1
        if _value is not UNSET:
            field_dict["customInt1"] = _value
        _value = self.custom_int_2
        if _value is not UNSET:
            field_dict["customInt2"] = _value
        _value = self.custom_date_time_utc1
        if _value is not UNSET:
            field_dict["customDateTimeUTC1"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not ShipmentDetailLineDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.line_number = _rest.pop("lineNumber", UNSET)
        self.order_type = _rest.pop("orderType", UNSET)
        self.order_nbr = _rest.pop("orderNbr", UNSET)
        self.inventory_number = _rest.pop("inventoryNumber", UNSET)
        self.free_item = _rest.pop("freeItem", UNSET)
        _value = _rest.pop("warehouse", UNSET)
        self.warehouse = (
            _models.WarehouseInShipmentDetailLineDto._vn_fill(_new(_models.WarehouseInShipmentDetailLineDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("location", UNSET)
        self.location = (
            _models.LocationInShipmentDetailLineDto._vn_fill(_new(_models.LocationInShipmentDetailLineDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.uom = _rest.pop("uom", UNSET)
        self.shipped_qty = _rest.pop("shippedQty", UNSET)
        self.ordered_qty = _rest.pop("orderedQty", UNSET)
        self.open_qty = _rest.pop("openQty", UNSET)
        self.lot_serial_nbr = _rest.pop("lotSerialNbr", UNSET)
        _value = _rest.pop("expirationDate", UNSET)
        self.expiration_date = _parse_datetime(_value)
        self.reason_code = _rest.pop("reasonCode", UNSET)
        self.description = _rest.pop("description", UNSET)
        _value = _rest.pop("allocations", UNSET)
        self.allocations = (
            [
                _models.AllocationsDto._vn_fill(_new(_models.AllocationsDto), allocations_item_data)
                if isinstance(allocations_item_data, dict)
                else allocations_item_data
                for allocations_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        self.order_line_nbr = _rest.pop("orderLineNbr", UNSET)
        self.note = _rest.pop("note", UNSET)
        self.external_link = _rest.pop("externalLink", UNSET)
        self.alternate_id = _rest.pop("alternateID", UNSET)
        self.custom_str_1 = _rest.pop("customStr1", UNSET)
        self.custom_str_2 = _rest.pop("customStr2", UNSET)
        self.custom_str_3 = _rest.pop("customStr3", UNSET)
        self.custom_str_4 = _rest.pop("customStr4", UNSET)
        self.custom_str_5 = _rest.pop("customStr5", UNSET)
        self.custom_dec_1 = _rest.pop("customDec1", UNSET)
        self.custom_dec_2 = _rest.pop("customDec2", UNSET)
        self.custom_int_1 = _rest.pop("customInt1", UNSET)
        self.custom_int_2 = _rest.pop("customInt2", UNSET)
        _value = _rest.pop("customDateTimeUTC1", UNSET)
        self.custom_date_time_utc1 = _parse_datetime(_value)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("line_number", "lineNumber", False, "int"),
        ("order_type", "orderType", False, "str"),
        ("order_nbr", "orderNbr", False, "str"),
        ("inventory_number", "inventoryNumber", False, "str"),
        ("free_item", "freeItem", False, "bool"),
        ("warehouse", "warehouse", False, ("model", "WarehouseInShipmentDetailLineDto")),
        ("location", "location", False, ("model", "LocationInShipmentDetailLineDto")),
        ("uom", "uom", False, "str"),
        ("shipped_qty", "shippedQty", False, "float"),
        ("ordered_qty", "orderedQty", False, "float"),
        ("open_qty", "openQty", False, "float"),
        ("lot_serial_nbr", "lotSerialNbr", False, "str"),
        ("expiration_date", "expirationDate", False, "datetime"),
        ("reason_code", "reasonCode", False, "str"),
        ("description", "description", False, "str"),
        ("allocations", "allocations", False, ("list", ("model", "AllocationsDto"))),
        ("order_line_nbr", "orderLineNbr", False, "int"),
        ("note", "note", False, "str"),
        ("external_link", "externalLink", False, "str"),
        ("alternate_id", "alternateID", False, "str"),
        ("custom_str_1", "customStr1", False, "str"),
        ("custom_str_2", "customStr2", False, "str"),
        ("custom_str_3", "customStr3", False, "str"),
        ("custom_str_4", "customStr4", False, "str"),
        ("custom_str_5", "customStr5", False, "str"),
        ("custom_dec_1", "customDec1", False, "float"),
        ("custom_dec_2", "customDec2", False, "float"),
        ("custom_int_1", "customInt1", False, "int"),
        ("custom_int_2", "customInt2", False, "int"),
        ("custom_date_time_utc1", "customDateTimeUTC1", False, "datetime"),
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


_Lazy = _lazy_twin(ShipmentDetailLineDto)
