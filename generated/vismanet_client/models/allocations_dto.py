from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.location_in_allocations_dto import LocationInAllocationsDto


T = TypeVar("T", bound="AllocationsDto")


@_attrs_define
class AllocationsDto:
    """This class represents a Allocations for Purchase Receipt Line in PurchaseReceiptController. Used for getting data.

    Attributes:
        line_nbr (int | Unset): Line no. &gt; The line of the purchase order that contains the selected item.
        item_id (str | Unset): ItemId &gt; The id of the item.
        location (LocationInAllocationsDto | Unset): Location &gt; The location in the warehouse.
        lot_serial_number (str | Unset): Lot/Serial no. &gt; The lot or serial number of the item.
        quantity (float | Unset): Quantity &gt; The quantity of the stock item with the same lot number. It is 1 for
            items with serial numbers.
        uom (str | Unset): UoM &gt; The unit of measure for the specified quantity of the inventory item.
        expiration_date (datetime.datetime | Unset): Expiration date &gt; The expiration date of the specified quantity
            of the stock item.
        description (str | Unset): Description &gt; The description of the stock item.
    """

    line_nbr: int | Unset = UNSET
    item_id: str | Unset = UNSET
    location: LocationInAllocationsDto | Unset = UNSET
    lot_serial_number: str | Unset = UNSET
    quantity: float | Unset = UNSET
    uom: str | Unset = UNSET
    expiration_date: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_nbr = self.line_nbr

        item_id = self.item_id

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        lot_serial_number = self.lot_serial_number

        quantity = self.quantity

        uom = self.uom

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.isoformat()

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line_nbr is not UNSET:
            field_dict["lineNbr"] = line_nbr
        if item_id is not UNSET:
            field_dict["itemId"] = item_id
        if location is not UNSET:
            field_dict["location"] = location
        if lot_serial_number is not UNSET:
            field_dict["lotSerialNumber"] = lot_serial_number
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if uom is not UNSET:
            field_dict["uom"] = uom
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.location_in_allocations_dto import LocationInAllocationsDto

        d = dict(src_dict)
        line_nbr = d.pop("lineNbr", UNSET)

        item_id = d.pop("itemId", UNSET)

        _location = d.pop("location", UNSET)
        location: LocationInAllocationsDto | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = LocationInAllocationsDto.from_dict(_location)

        lot_serial_number = d.pop("lotSerialNumber", UNSET)

        quantity = d.pop("quantity", UNSET)

        uom = d.pop("uom", UNSET)

        _expiration_date = d.pop("expirationDate", UNSET)
        expiration_date: datetime.datetime | Unset
        if isinstance(_expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = datetime.datetime.fromisoformat(_expiration_date)

        description = d.pop("description", UNSET)

        allocations_dto = cls(
            line_nbr=line_nbr,
            item_id=item_id,
            location=location,
            lot_serial_number=lot_serial_number,
            quantity=quantity,
            uom=uom,
            expiration_date=expiration_date,
            description=description,
        )

        allocations_dto.additional_properties = d
        return allocations_dto

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
