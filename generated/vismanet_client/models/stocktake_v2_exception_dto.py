from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stocktake_v2_exception_dto_error_code import (
    StocktakeV2ExceptionDtoErrorCode,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

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
class StocktakeV2ExceptionDto(GeneratedModel):
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

    inventory_id: str | Unset | None = UNSET
    location_id: str | Unset | None = UNSET
    physical_quantity: float | Unset | None = UNSET
    reason_code: str | Unset | None = UNSET
    lot_serial_number: str | Unset | None = UNSET
    expiration_date: datetime.datetime | Unset | None = UNSET
    message: str | Unset | None = UNSET
    error_code: StocktakeV2ExceptionDtoErrorCode | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.inventory_id
        if _value is not UNSET:
            field_dict["inventoryId"] = _value
        _value = self.location_id
        if _value is not UNSET:
            field_dict["locationId"] = _value
        _value = self.physical_quantity
        if _value is not UNSET:
            field_dict["physicalQuantity"] = _value
        _value = self.reason_code
        if _value is not UNSET:
            field_dict["reasonCode"] = _value
        _value = self.lot_serial_number
        if _value is not UNSET:
            field_dict["lotSerialNumber"] = _value
        _value = self.expiration_date
        if _value is not UNSET:
            field_dict["expirationDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.message
        if _value is not UNSET:
            field_dict["message"] = _value
        _value = self.error_code
        if _value is not UNSET:
            field_dict["errorCode"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not StocktakeV2ExceptionDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.inventory_id = _rest.pop("inventoryId", UNSET)
        self.location_id = _rest.pop("locationId", UNSET)
        self.physical_quantity = _rest.pop("physicalQuantity", UNSET)
        self.reason_code = _rest.pop("reasonCode", UNSET)
        self.lot_serial_number = _rest.pop("lotSerialNumber", UNSET)
        _value = _rest.pop("expirationDate", UNSET)
        self.expiration_date = _parse_datetime(_value)
        self.message = _rest.pop("message", UNSET)
        self.error_code = _rest.pop("errorCode", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("inventory_id", "inventoryId", False, "str"),
        ("location_id", "locationId", False, "str"),
        ("physical_quantity", "physicalQuantity", False, "float"),
        ("reason_code", "reasonCode", False, "str"),
        ("lot_serial_number", "lotSerialNumber", False, "str"),
        ("expiration_date", "expirationDate", False, "datetime"),
        ("message", "message", False, "str"),
        ("error_code", "errorCode", False, "str"),
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


_Lazy = _lazy_twin(StocktakeV2ExceptionDto)
