from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stocktake_line_update_dto_operation import (
    StocktakeLineUpdateDtoOperation,
    check_stocktake_line_update_dto_operation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_nullable_of_int_32 import DtoValueOfNullableOfInt32
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="StocktakeLineUpdateDto")


@_attrs_define
class StocktakeLineUpdateDto:
    """This class represent a Stocktake line in StocktakeContoller. Used to update a Stocktake line

    Attributes:
        operation (StocktakeLineUpdateDtoOperation | Unset):
        line_nbr (DtoValueOfNullableOfInt32 | Unset):
        physical_quantity (DtoValueOfNullableOfDecimal | Unset):
        inventory_id (DtoValueOfString | Unset):
        location_id (DtoValueOfString | Unset):
        reason_code (DtoValueOfString | Unset):
        lot_serial_number (DtoValueOfString | Unset):
        expiration_date (DtoValueOfNullableOfDateTime | Unset):
    """

    operation: StocktakeLineUpdateDtoOperation | Unset = UNSET
    line_nbr: DtoValueOfNullableOfInt32 | Unset = UNSET
    physical_quantity: DtoValueOfNullableOfDecimal | Unset = UNSET
    inventory_id: DtoValueOfString | Unset = UNSET
    location_id: DtoValueOfString | Unset = UNSET
    reason_code: DtoValueOfString | Unset = UNSET
    lot_serial_number: DtoValueOfString | Unset = UNSET
    expiration_date: DtoValueOfNullableOfDateTime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        line_nbr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_nbr, Unset):
            line_nbr = self.line_nbr.to_dict()

        physical_quantity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.physical_quantity, Unset):
            physical_quantity = self.physical_quantity.to_dict()

        inventory_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_id, Unset):
            inventory_id = self.inventory_id.to_dict()

        location_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location_id, Unset):
            location_id = self.location_id.to_dict()

        reason_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reason_code, Unset):
            reason_code = self.reason_code.to_dict()

        lot_serial_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lot_serial_number, Unset):
            lot_serial_number = self.lot_serial_number.to_dict()

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
        if physical_quantity is not UNSET:
            field_dict["physicalQuantity"] = physical_quantity
        if inventory_id is not UNSET:
            field_dict["inventoryId"] = inventory_id
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if reason_code is not UNSET:
            field_dict["reasonCode"] = reason_code
        if lot_serial_number is not UNSET:
            field_dict["lotSerialNumber"] = lot_serial_number
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
        from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
        from ..models.dto_value_of_nullable_of_int_32 import DtoValueOfNullableOfInt32
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _operation = d.pop("operation", UNSET)
        operation: StocktakeLineUpdateDtoOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = check_stocktake_line_update_dto_operation(_operation)

        _line_nbr = d.pop("lineNbr", UNSET)
        line_nbr: DtoValueOfNullableOfInt32 | Unset
        if isinstance(_line_nbr, Unset):
            line_nbr = UNSET
        else:
            line_nbr = DtoValueOfNullableOfInt32.from_dict(_line_nbr)

        _physical_quantity = d.pop("physicalQuantity", UNSET)
        physical_quantity: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_physical_quantity, Unset):
            physical_quantity = UNSET
        else:
            physical_quantity = DtoValueOfNullableOfDecimal.from_dict(_physical_quantity)

        _inventory_id = d.pop("inventoryId", UNSET)
        inventory_id: DtoValueOfString | Unset
        if isinstance(_inventory_id, Unset):
            inventory_id = UNSET
        else:
            inventory_id = DtoValueOfString.from_dict(_inventory_id)

        _location_id = d.pop("locationId", UNSET)
        location_id: DtoValueOfString | Unset
        if isinstance(_location_id, Unset):
            location_id = UNSET
        else:
            location_id = DtoValueOfString.from_dict(_location_id)

        _reason_code = d.pop("reasonCode", UNSET)
        reason_code: DtoValueOfString | Unset
        if isinstance(_reason_code, Unset):
            reason_code = UNSET
        else:
            reason_code = DtoValueOfString.from_dict(_reason_code)

        _lot_serial_number = d.pop("lotSerialNumber", UNSET)
        lot_serial_number: DtoValueOfString | Unset
        if isinstance(_lot_serial_number, Unset):
            lot_serial_number = UNSET
        else:
            lot_serial_number = DtoValueOfString.from_dict(_lot_serial_number)

        _expiration_date = d.pop("expirationDate", UNSET)
        expiration_date: DtoValueOfNullableOfDateTime | Unset
        if isinstance(_expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = DtoValueOfNullableOfDateTime.from_dict(_expiration_date)

        stocktake_line_update_dto = cls(
            operation=operation,
            line_nbr=line_nbr,
            physical_quantity=physical_quantity,
            inventory_id=inventory_id,
            location_id=location_id,
            reason_code=reason_code,
            lot_serial_number=lot_serial_number,
            expiration_date=expiration_date,
        )

        stocktake_line_update_dto.additional_properties = d
        return stocktake_line_update_dto

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
