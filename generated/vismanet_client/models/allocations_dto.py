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
class AllocationsDto(GeneratedModel):
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

    line_nbr: int | Unset | None = UNSET
    item_id: str | Unset | None = UNSET
    location: LocationInAllocationsDto | Unset | None = UNSET
    lot_serial_number: str | Unset | None = UNSET
    quantity: float | Unset | None = UNSET
    uom: str | Unset | None = UNSET
    expiration_date: datetime.datetime | Unset | None = UNSET
    description: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.line_nbr
        if _value is not UNSET:
            field_dict["lineNbr"] = _value
        _value = self.item_id
        if _value is not UNSET:
            field_dict["itemId"] = _value
        _value = self.location
        if _value is not UNSET:
            field_dict["location"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.lot_serial_number
        if _value is not UNSET:
            field_dict["lotSerialNumber"] = _value
        _value = self.quantity
        if _value is not UNSET:
            field_dict["quantity"] = _value
        _value = self.uom
        if _value is not UNSET:
            field_dict["uom"] = _value
        _value = self.expiration_date
        if _value is not UNSET:
            field_dict["expirationDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not AllocationsDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.line_nbr = _rest.pop("lineNbr", UNSET)
        self.item_id = _rest.pop("itemId", UNSET)
        _value = _rest.pop("location", UNSET)
        self.location = (
            _models.LocationInAllocationsDto._vn_fill(_new(_models.LocationInAllocationsDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.lot_serial_number = _rest.pop("lotSerialNumber", UNSET)
        self.quantity = _rest.pop("quantity", UNSET)
        self.uom = _rest.pop("uom", UNSET)
        _value = _rest.pop("expirationDate", UNSET)
        self.expiration_date = _parse_datetime(_value)
        self.description = _rest.pop("description", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("line_nbr", "lineNbr", False, "int"),
        ("item_id", "itemId", False, "str"),
        ("location", "location", False, ("model", "LocationInAllocationsDto")),
        ("lot_serial_number", "lotSerialNumber", False, "str"),
        ("quantity", "quantity", False, "float"),
        ("uom", "uom", False, "str"),
        ("expiration_date", "expirationDate", False, "datetime"),
        ("description", "description", False, "str"),
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


_Lazy = _lazy_twin(AllocationsDto)
