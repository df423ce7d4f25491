from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.allocations_update_basic_dto_operation import (
    AllocationsUpdateBasicDtoOperation,
    check_allocations_update_basic_dto_operation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_int_32 import DtoValueOfInt32
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="AllocationsUpdateBasicDto")


@_attrs_define
class AllocationsUpdateBasicDto:
    """This class represents an Allocation. Used to add/update data.

    Attributes:
        operation (AllocationsUpdateBasicDtoOperation | Unset): The operation &gt;  Insert=1, Update=2, Delete=3
        line_nbr (DtoValueOfInt32 | Unset):
        location (DtoValueOfString | Unset):
        lot_serial_number (DtoValueOfString | Unset):
        quantity (DtoValueOfNullableOfDecimal | Unset):
    """

    operation: AllocationsUpdateBasicDtoOperation | Unset = UNSET
    line_nbr: DtoValueOfInt32 | Unset = UNSET
    location: DtoValueOfString | Unset = UNSET
    lot_serial_number: DtoValueOfString | Unset = UNSET
    quantity: DtoValueOfNullableOfDecimal | Unset = UNSET
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_int_32 import DtoValueOfInt32
        from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _operation = d.pop("operation", UNSET)
        operation: AllocationsUpdateBasicDtoOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = check_allocations_update_basic_dto_operation(_operation)

        _line_nbr = d.pop("lineNbr", UNSET)
        line_nbr: DtoValueOfInt32 | Unset
        if isinstance(_line_nbr, Unset):
            line_nbr = UNSET
        else:
            line_nbr = DtoValueOfInt32.from_dict(_line_nbr)

        _location = d.pop("location", UNSET)
        location: DtoValueOfString | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = DtoValueOfString.from_dict(_location)

        _lot_serial_number = d.pop("lotSerialNumber", UNSET)
        lot_serial_number: DtoValueOfString | Unset
        if isinstance(_lot_serial_number, Unset):
            lot_serial_number = UNSET
        else:
            lot_serial_number = DtoValueOfString.from_dict(_lot_serial_number)

        _quantity = d.pop("quantity", UNSET)
        quantity: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_quantity, Unset):
            quantity = UNSET
        else:
            quantity = DtoValueOfNullableOfDecimal.from_dict(_quantity)

        allocations_update_basic_dto = cls(
            operation=operation,
            line_nbr=line_nbr,
            location=location,
            lot_serial_number=lot_serial_number,
            quantity=quantity,
        )

        allocations_update_basic_dto.additional_properties = d
        return allocations_update_basic_dto

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
