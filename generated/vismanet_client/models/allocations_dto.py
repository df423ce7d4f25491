from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.location_in_allocations_dto import LocationInAllocationsDto


T = TypeVar("T", bound="AllocationsDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "line_nbr",
    "item_id",
    "location",
    "lot_serial_number",
    "quantity",
    "uom",
    "expiration_date",
    "description",
)


@_attrs_define(repr=False)
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.line_nbr = _rest.pop("lineNbr", UNSET)
        _instance.item_id = _rest.pop("itemId", UNSET)
        _value = _rest.pop("location", UNSET)
        _instance.location = UNSET if _value is UNSET else _models.LocationInAllocationsDto.from_dict(_value)
        _instance.lot_serial_number = _rest.pop("lotSerialNumber", UNSET)
        _instance.quantity = _rest.pop("quantity", UNSET)
        _instance.uom = _rest.pop("uom", UNSET)
        _value = _rest.pop("expirationDate", UNSET)
        _instance.expiration_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.description = _rest.pop("description", UNSET)
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
