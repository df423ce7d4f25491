from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.allocations_update_dto_operation import (
    AllocationsUpdateDtoOperation,
    check_allocations_update_dto_operation,
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


@_attrs_define
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
        from ..models.expiration_date_in_allocations_update_dto import ExpirationDateInAllocationsUpdateDto
        from ..models.line_nbr_in_allocations_update_dto import LineNbrInAllocationsUpdateDto
        from ..models.location_in_allocations_update_dto import LocationInAllocationsUpdateDto
        from ..models.lot_serial_number_in_allocations_update_dto import LotSerialNumberInAllocationsUpdateDto
        from ..models.quantity_in_allocations_update_dto import QuantityInAllocationsUpdateDto
        from ..models.uom_in_allocations_update_dto import UomInAllocationsUpdateDto

        d = dict(src_dict)
        _operation = d.pop("operation", UNSET)
        operation: AllocationsUpdateDtoOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = check_allocations_update_dto_operation(_operation)

        _line_nbr = d.pop("lineNbr", UNSET)
        line_nbr: LineNbrInAllocationsUpdateDto | Unset
        if isinstance(_line_nbr, Unset):
            line_nbr = UNSET
        else:
            line_nbr = LineNbrInAllocationsUpdateDto.from_dict(_line_nbr)

        _location = d.pop("location", UNSET)
        location: LocationInAllocationsUpdateDto | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = LocationInAllocationsUpdateDto.from_dict(_location)

        _lot_serial_number = d.pop("lotSerialNumber", UNSET)
        lot_serial_number: LotSerialNumberInAllocationsUpdateDto | Unset
        if isinstance(_lot_serial_number, Unset):
            lot_serial_number = UNSET
        else:
            lot_serial_number = LotSerialNumberInAllocationsUpdateDto.from_dict(_lot_serial_number)

        _quantity = d.pop("quantity", UNSET)
        quantity: QuantityInAllocationsUpdateDto | Unset
        if isinstance(_quantity, Unset):
            quantity = UNSET
        else:
            quantity = QuantityInAllocationsUpdateDto.from_dict(_quantity)

        _uom = d.pop("uom", UNSET)
        uom: UomInAllocationsUpdateDto | Unset
        if isinstance(_uom, Unset):
            uom = UNSET
        else:
            uom = UomInAllocationsUpdateDto.from_dict(_uom)

        _expiration_date = d.pop("expirationDate", UNSET)
        expiration_date: ExpirationDateInAllocationsUpdateDto | Unset
        if isinstance(_expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = ExpirationDateInAllocationsUpdateDto.from_dict(_expiration_date)

        allocations_update_dto = cls(
            operation=operation,
            line_nbr=line_nbr,
            location=location,
            lot_serial_number=lot_serial_number,
            quantity=quantity,
            uom=uom,
            expiration_date=expiration_date,
        )

        allocations_update_dto.additional_properties = d
        return allocations_update_dto

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
