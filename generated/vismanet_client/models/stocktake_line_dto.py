from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stocktake_line_dto_status import StocktakeLineDtoStatus, check_stocktake_line_dto_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inventory_in_stocktake_line_dto import InventoryInStocktakeLineDto
    from ..models.location_in_stocktake_line_dto import LocationInStocktakeLineDto
    from ..models.warehouse_in_stocktake_line_dto import WarehouseInStocktakeLineDto


T = TypeVar("T", bound="StocktakeLineDto")


@_attrs_define
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
        from ..models.inventory_in_stocktake_line_dto import InventoryInStocktakeLineDto
        from ..models.location_in_stocktake_line_dto import LocationInStocktakeLineDto
        from ..models.warehouse_in_stocktake_line_dto import WarehouseInStocktakeLineDto

        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: StocktakeLineDtoStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_stocktake_line_dto_status(_status)

        line_nbr = d.pop("lineNbr", UNSET)

        tag_nbr = d.pop("tagNbr", UNSET)

        _inventory = d.pop("inventory", UNSET)
        inventory: InventoryInStocktakeLineDto | Unset
        if isinstance(_inventory, Unset):
            inventory = UNSET
        else:
            inventory = InventoryInStocktakeLineDto.from_dict(_inventory)

        _location = d.pop("location", UNSET)
        location: LocationInStocktakeLineDto | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = LocationInStocktakeLineDto.from_dict(_location)

        _warehouse = d.pop("warehouse", UNSET)
        warehouse: WarehouseInStocktakeLineDto | Unset
        if isinstance(_warehouse, Unset):
            warehouse = UNSET
        else:
            warehouse = WarehouseInStocktakeLineDto.from_dict(_warehouse)

        lot_serial_nbr = d.pop("lotSerialNbr", UNSET)

        _expiration_date = d.pop("expirationDate", UNSET)
        expiration_date: datetime.datetime | Unset
        if isinstance(_expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = datetime.datetime.fromisoformat(_expiration_date)

        book_quantity = d.pop("bookQuantity", UNSET)

        physical_quantity = d.pop("physicalQuantity", UNSET)

        variance_quantity = d.pop("varianceQuantity", UNSET)

        unit_cost = d.pop("unitCost", UNSET)

        ext_variance_cost = d.pop("extVarianceCost", UNSET)

        reason_code = d.pop("reasonCode", UNSET)

        _last_modified_date_time = d.pop("lastModifiedDateTime", UNSET)
        last_modified_date_time: datetime.datetime | Unset
        if isinstance(_last_modified_date_time, Unset):
            last_modified_date_time = UNSET
        else:
            last_modified_date_time = datetime.datetime.fromisoformat(_last_modified_date_time)

        stocktake_line_dto = cls(
            status=status,
            line_nbr=line_nbr,
            tag_nbr=tag_nbr,
            inventory=inventory,
            location=location,
            warehouse=warehouse,
            lot_serial_nbr=lot_serial_nbr,
            expiration_date=expiration_date,
            book_quantity=book_quantity,
            physical_quantity=physical_quantity,
            variance_quantity=variance_quantity,
            unit_cost=unit_cost,
            ext_variance_cost=ext_variance_cost,
            reason_code=reason_code,
            last_modified_date_time=last_modified_date_time,
        )

        stocktake_line_dto.additional_properties = d
        return stocktake_line_dto

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
