from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stocktake_v2_exception_dto_error_code import (
    StocktakeV2ExceptionDtoErrorCode,
    check_stocktake_v2_exception_dto_error_code,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="StocktakeV2ExceptionDto")


@_attrs_define
class StocktakeV2ExceptionDto:
    """
    Attributes:
        inventory_id (str | Unset):
        location_id (str | Unset):
        physical_quantity (float | Unset):
        reason_code (str | Unset):
        lot_serial_number (str | Unset):
        expiration_date (datetime.datetime | Unset):
        message (str | Unset): Exception message
        error_code (StocktakeV2ExceptionDtoErrorCode | Unset): Exception error code
    """

    inventory_id: str | Unset = UNSET
    location_id: str | Unset = UNSET
    physical_quantity: float | Unset = UNSET
    reason_code: str | Unset = UNSET
    lot_serial_number: str | Unset = UNSET
    expiration_date: datetime.datetime | Unset = UNSET
    message: str | Unset = UNSET
    error_code: StocktakeV2ExceptionDtoErrorCode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inventory_id = self.inventory_id

        location_id = self.location_id

        physical_quantity = self.physical_quantity

        reason_code = self.reason_code

        lot_serial_number = self.lot_serial_number

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.isoformat()

        message = self.message

        error_code: str | Unset = UNSET
        if not isinstance(self.error_code, Unset):
            error_code = self.error_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inventory_id is not UNSET:
            field_dict["inventoryId"] = inventory_id
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if physical_quantity is not UNSET:
            field_dict["physicalQuantity"] = physical_quantity
        if reason_code is not UNSET:
            field_dict["reasonCode"] = reason_code
        if lot_serial_number is not UNSET:
            field_dict["lotSerialNumber"] = lot_serial_number
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date
        if message is not UNSET:
            field_dict["message"] = message
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        inventory_id = d.pop("inventoryId", UNSET)

        location_id = d.pop("locationId", UNSET)

        physical_quantity = d.pop("physicalQuantity", UNSET)

        reason_code = d.pop("reasonCode", UNSET)

        lot_serial_number = d.pop("lotSerialNumber", UNSET)

        _expiration_date = d.pop("expirationDate", UNSET)
        expiration_date: datetime.datetime | Unset
        if isinstance(_expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = datetime.datetime.fromisoformat(_expiration_date)

        message = d.pop("message", UNSET)

        _error_code = d.pop("errorCode", UNSET)
        error_code: StocktakeV2ExceptionDtoErrorCode | Unset
        if isinstance(_error_code, Unset):
            error_code = UNSET
        else:
            error_code = check_stocktake_v2_exception_dto_error_code(_error_code)

        stocktake_v2_exception_dto = cls(
            inventory_id=inventory_id,
            location_id=location_id,
            physical_quantity=physical_quantity,
            reason_code=reason_code,
            lot_serial_number=lot_serial_number,
            expiration_date=expiration_date,
            message=message,
            error_code=error_code,
        )

        stocktake_v2_exception_dto.additional_properties = d
        return stocktake_v2_exception_dto

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
