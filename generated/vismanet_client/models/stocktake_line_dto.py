from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.stocktake_line_dto_status import StocktakeLineDtoStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inventory_in_stocktake_line_dto import InventoryInStocktakeLineDto
    from ..models.location_in_stocktake_line_dto import LocationInStocktakeLineDto
    from ..models.warehouse_in_stocktake_line_dto import WarehouseInStocktakeLineDto


T = TypeVar("T", bound="StocktakeLineDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "status",
    "line_nbr",
    "tag_nbr",
    "inventory",
    "location",
    "warehouse",
    "lot_serial_nbr",
    "expiration_date",
    "book_quantity",
    "physical_quantity",
    "variance_quantity",
    "unit_cost",
    "ext_variance_cost",
    "reason_code",
    "last_modified_date_time",
)


@_attrs_define(repr=False)
class StocktakeLineDto:
    """
    Attributes:
        status (StocktakeLineDtoStatus | Unset): Stocktaking details tab &gt; Status &gt; The status of the line of the
            stocktaking document, which indicates whether the actual physical quantity has been specified for the line.
        line_nbr (int | Unset): Stocktaking details tab &gt; Line no. &gt; The number of the line in the stocktaking
            document.
        tag_nbr (int | Unset): Stocktaking details tab &gt; Tag no. &gt; The tag number for the line item, which is the
            stock item with the properties specified in the line, such as location, subitem, and lot or serial number.
        inventory (InventoryInStocktakeLineDto | Unset): Stocktaking details tab &gt; Item ID &gt; The item ID of the
            item.
        location (LocationInStocktakeLineDto | Unset): Stocktaking details tab &gt; Location &gt; The warehouse location
            of the item.
        warehouse (WarehouseInStocktakeLineDto | Unset): The top part &gt; Warehouse &gt; An info field that shows the
            warehouse where the stocktaking count is performed.
        lot_serial_nbr (str | Unset): Stocktaking details tab &gt; Lot/serial number &gt; The lot or serial number of
            the item.
        expiration_date (datetime.datetime | Unset): Stocktaking details tab &gt; Expiration date &gt; The expiration
            date of the item with this specific lot or serial number.
        book_quantity (float | Unset): Stocktaking details tab &gt; Book quantity &gt; The book quantity of the item,
            which is calculated based on the system records.
        physical_quantity (float | Unset): Stocktaking details tab &gt; Physical quantity &gt; The physical quantity of
            the item as entered manually.
        variance_quantity (float | Unset): Stocktaking details tab &gt; Variance quantity &gt; The difference between
            the book quantity and the physical quantity for the line item.
        unit_cost (float | Unset): Stocktaking details tab &gt; Unit cost &gt; The last cost of the item???s base unit
            as approximation of its unit cost during the count.
        ext_variance_cost (float | Unset): Stocktaking details tab &gt; Variance cost &gt; The difference between the
            extended cost calculated based on the book quantity and the extended cost calculated based on the physical
            quantity for the item.
        reason_code (str | Unset): Stocktaking details tab &gt; Reason code &gt; The reason code for the item.
        last_modified_date_time (datetime.datetime | Unset): System generated information.
    """

    status: StocktakeLineDtoStatus | Unset = UNSET
    line_nbr: int | Unset = UNSET
    tag_nbr: int | Unset = UNSET
    inventory: InventoryInStocktakeLineDto | Unset = UNSET
    location: LocationInStocktakeLineDto | Unset = UNSET
    warehouse: WarehouseInStocktakeLineDto | Unset = UNSET
    lot_serial_nbr: str | Unset = UNSET
    expiration_date: datetime.datetime | Unset = UNSET
    book_quantity: float | Unset = UNSET
    physical_quantity: float | Unset = UNSET
    variance_quantity: float | Unset = UNSET
    unit_cost: float | Unset = UNSET
    ext_variance_cost: float | Unset = UNSET
    reason_code: str | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        line_nbr = self.line_nbr

        tag_nbr = self.tag_nbr

        inventory: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory, Unset):
            inventory = self.inventory.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        warehouse: dict[str, Any] | Unset = UNSET
        if not isinstance(self.warehouse, Unset):
            warehouse = self.warehouse.to_dict()

        lot_serial_nbr = self.lot_serial_nbr

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.isoformat()

        book_quantity = self.book_quantity

        physical_quantity = self.physical_quantity

        variance_quantity = self.variance_quantity

        unit_cost = self.unit_cost

        ext_variance_cost = self.ext_variance_cost

        reason_code = self.reason_code

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if line_nbr is not UNSET:
            field_dict["lineNbr"] = line_nbr
        if tag_nbr is not UNSET:
            field_dict["tagNbr"] = tag_nbr
        if inventory is not UNSET:
            field_dict["inventory"] = inventory
        if location is not UNSET:
            field_dict["location"] = location
        if warehouse is not UNSET:
            field_dict["warehouse"] = warehouse
        if lot_serial_nbr is not UNSET:
            field_dict["lotSerialNbr"] = lot_serial_nbr
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date
        if book_quantity is not UNSET:
            field_dict["bookQuantity"] = book_quantity
        if physical_quantity is not UNSET:
            field_dict["physicalQuantity"] = physical_quantity
        if variance_quantity is not UNSET:
            field_dict["varianceQuantity"] = variance_quantity
        if unit_cost is not UNSET:
            field_dict["unitCost"] = unit_cost
        if ext_variance_cost is not UNSET:
            field_dict["extVarianceCost"] = ext_variance_cost
        if reason_code is not UNSET:
            field_dict["reasonCode"] = reason_code
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.status = _rest.pop("status", UNSET)
        _instance.line_nbr = _rest.pop("lineNbr", UNSET)
        _instance.tag_nbr = _rest.pop("tagNbr", UNSET)
        _value = _rest.pop("inventory", UNSET)
        _instance.inventory = UNSET if _value is UNSET else _models.InventoryInStocktakeLineDto.from_dict(_value)
        _value = _rest.pop("location", UNSET)
        _instance.location = UNSET if _value is UNSET else _models.LocationInStocktakeLineDto.from_dict(_value)
        _value = _rest.pop("warehouse", UNSET)
        _instance.warehouse = UNSET if _value is UNSET else _models.WarehouseInStocktakeLineDto.from_dict(_value)
        _instance.lot_serial_nbr = _rest.pop("lotSerialNbr", UNSET)
        _value = _rest.pop("expirationDate", UNSET)
        _instance.expiration_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.book_quantity = _rest.pop("bookQuantity", UNSET)
        _instance.physical_quantity = _rest.pop("physicalQuantity", UNSET)
        _instance.variance_quantity = _rest.pop("varianceQuantity", UNSET)
        _instance.unit_cost = _rest.pop("unitCost", UNSET)
        _instance.ext_variance_cost = _rest.pop("extVarianceCost", UNSET)
        _instance.reason_code = _rest.pop("reasonCode", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
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
