from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stocktake_v2_exception_dto_error_code import (
    StocktakeV2ExceptionDtoErrorCode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="StocktakeV2ExceptionDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "inventory_id",
    "location_id",
    "physical_quantity",
    "reason_code",
    "lot_serial_number",
    "expiration_date",
    "message",
    "error_code",
)


@_attrs_define(repr=False)
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.inventory_id = _rest.pop("inventoryId", UNSET)
        _instance.location_id = _rest.pop("locationId", UNSET)
        _instance.physical_quantity = _rest.pop("physicalQuantity", UNSET)
        _instance.reason_code = _rest.pop("reasonCode", UNSET)
        _instance.lot_serial_number = _rest.pop("lotSerialNumber", UNSET)
        _value = _rest.pop("expirationDate", UNSET)
        _instance.expiration_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.message = _rest.pop("message", UNSET)
        _instance.error_code = _rest.pop("errorCode", UNSET)
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
