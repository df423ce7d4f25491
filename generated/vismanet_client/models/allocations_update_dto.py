from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.allocations_update_dto_operation import (
    AllocationsUpdateDtoOperation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.expiration_date_in_allocations_update_dto import ExpirationDateInAllocationsUpdateDto
    from ..models.line_nbr_in_allocations_update_dto import LineNbrInAllocationsUpdateDto
    from ..models.location_in_allocations_update_dto import LocationInAllocationsUpdateDto
    from ..models.lot_serial_number_in_allocations_update_dto import LotSerialNumberInAllocationsUpdateDto
    from ..models.quantity_in_allocations_update_dto import QuantityInAllocationsUpdateDto
    from ..models.uom_in_allocations_update_dto import UomInAllocationsUpdateDto


T = TypeVar("T", bound="AllocationsUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "operation",
    "line_nbr",
    "location",
    "lot_serial_number",
    "quantity",
    "uom",
    "expiration_date",
)


@_attrs_define(repr=False)
class AllocationsUpdateDto:
    """This class represents a Allocations for Purchase Receipt Line in PurchaseReceiptEndpoint. Used to add/update data.

    Attributes:
        operation (AllocationsUpdateDtoOperation | Unset): The operation &gt;  Insert=1, Update=2, Delete=3
        line_nbr (LineNbrInAllocationsUpdateDto | Unset): Line no. &gt; The line of the purchase order that contains the
            selected item.
        location (LocationInAllocationsUpdateDto | Unset): Location &gt; The location in the warehouse.
        lot_serial_number (LotSerialNumberInAllocationsUpdateDto | Unset): Lot/Serial no. &gt; The lot or serial number
            of the item.
        quantity (QuantityInAllocationsUpdateDto | Unset): Quantity &gt; The quantity of the stock item with the same
            lot number. It is 1 for items with serial numbers.
        uom (UomInAllocationsUpdateDto | Unset): UoM &gt; The unit of measure for the specified quantity of the
            inventory item.
        expiration_date (ExpirationDateInAllocationsUpdateDto | Unset): Expiration date &gt; The expiration date of the
            specified quantity of the stock item.
    """

    operation: AllocationsUpdateDtoOperation | Unset = UNSET
    line_nbr: LineNbrInAllocationsUpdateDto | Unset = UNSET
    location: LocationInAllocationsUpdateDto | Unset = UNSET
    lot_serial_number: LotSerialNumberInAllocationsUpdateDto | Unset = UNSET
    quantity: QuantityInAllocationsUpdateDto | Unset = UNSET
    uom: UomInAllocationsUpdateDto | Unset = UNSET
    expiration_date: ExpirationDateInAllocationsUpdateDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        line_nbr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_nbr, Unset):
            line_nbr = self.line_nbr.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        lot_serial_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lot_serial_number, Unset):
            lot_serial_number = self.lot_serial_number.to_dict()

        quantity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quantity, Unset):
            quantity = self.quantity.to_dict()

        uom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.uom, Unset):
            uom = self.uom.to_dict()

        expiration_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation
        if line_nbr is not UNSET:
            field_dict["lineNbr"] = line_nbr
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("lineNbr", UNSET)
        _instance.line_nbr = UNSET if _value is UNSET else _models.LineNbrInAllocationsUpdateDto.from_dict(_value)
        _value = _rest.pop("location", UNSET)
        _instance.location = UNSET if _value is UNSET else _models.LocationInAllocationsUpdateDto.from_dict(_value)
        _value = _rest.pop("lotSerialNumber", UNSET)
        _instance.lot_serial_number = (
            UNSET if _value is UNSET else _models.LotSerialNumberInAllocationsUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("quantity", UNSET)
        _instance.quantity = UNSET if _value is UNSET else _models.QuantityInAllocationsUpdateDto.from_dict(_value)
        _value = _rest.pop("uom", UNSET)
        _instance.uom = UNSET if _value is UNSET else _models.UomInAllocationsUpdateDto.from_dict(_value)
        _value = _rest.pop("expirationDate", UNSET)
        _instance.expiration_date = (
            UNSET if _value is UNSET else _models.ExpirationDateInAllocationsUpdateDto.from_dict(_value)
        )
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
