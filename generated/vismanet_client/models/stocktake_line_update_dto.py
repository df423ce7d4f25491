from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.stocktake_line_update_dto_operation import (
    StocktakeLineUpdateDtoOperation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_nullable_of_int_32 import DtoValueOfNullableOfInt32
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="StocktakeLineUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "operation",
    "line_nbr",
    "physical_quantity",
    "inventory_id",
    "location_id",
    "reason_code",
    "lot_serial_number",
    "expiration_date",
)


@_attrs_define(repr=False)
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("lineNbr", UNSET)
        _instance.line_nbr = UNSET if _value is UNSET else _models.DtoValueOfNullableOfInt32.from_dict(_value)
        _value = _rest.pop("physicalQuantity", UNSET)
        _instance.physical_quantity = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        )
        _value = _rest.pop("inventoryId", UNSET)
        _instance.inventory_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("locationId", UNSET)
        _instance.location_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("reasonCode", UNSET)
        _instance.reason_code = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("lotSerialNumber", UNSET)
        _instance.lot_serial_number = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("expirationDate", UNSET)
        _instance.expiration_date = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDateTime.from_dict(_value)
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
