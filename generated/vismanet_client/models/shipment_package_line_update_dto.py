from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.shipment_package_line_update_dto_operation import (
    ShipmentPackageLineUpdateDtoOperation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_int_32 import DtoValueOfInt32
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="ShipmentPackageLineUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "operation",
    "line_number",
    "confirmed",
    "box_id",
    "description",
    "weight",
    "volume",
    "declared_value",
    "cod_amount",
    "tracking_number",
    "custom_ref_nbr_1",
    "custom_ref_nbr_2",
)


@_attrs_define(repr=False)
class ShipmentPackageLineUpdateDto:
    """
    Attributes:
        operation (ShipmentPackageLineUpdateDtoOperation | Unset):
        line_number (DtoValueOfInt32 | Unset):
        confirmed (DtoValueOfNullableOfBoolean | Unset):
        box_id (DtoValueOfString | Unset):
        description (DtoValueOfString | Unset):
        weight (DtoValueOfNullableOfDecimal | Unset):
        volume (DtoValueOfNullableOfDecimal | Unset):
        declared_value (DtoValueOfNullableOfDecimal | Unset):
        cod_amount (DtoValueOfNullableOfDecimal | Unset):
        tracking_number (DtoValueOfString | Unset):
        custom_ref_nbr_1 (DtoValueOfString | Unset):
        custom_ref_nbr_2 (DtoValueOfString | Unset):
    """

    operation: ShipmentPackageLineUpdateDtoOperation | Unset = UNSET
    line_number: DtoValueOfInt32 | Unset = UNSET
    confirmed: DtoValueOfNullableOfBoolean | Unset = UNSET
    box_id: DtoValueOfString | Unset = UNSET
    description: DtoValueOfString | Unset = UNSET
    weight: DtoValueOfNullableOfDecimal | Unset = UNSET
    volume: DtoValueOfNullableOfDecimal | Unset = UNSET
    declared_value: DtoValueOfNullableOfDecimal | Unset = UNSET
    cod_amount: DtoValueOfNullableOfDecimal | Unset = UNSET
    tracking_number: DtoValueOfString | Unset = UNSET
    custom_ref_nbr_1: DtoValueOfString | Unset = UNSET
    custom_ref_nbr_2: DtoValueOfString | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        line_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_number, Unset):
            line_number = self.line_number.to_dict()

        confirmed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.confirmed, Unset):
            confirmed = self.confirmed.to_dict()

        box_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.box_id, Unset):
            box_id = self.box_id.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        weight: dict[str, Any] | Unset = UNSET
        if not isinstance(self.weight, Unset):
            weight = self.weight.to_dict()

        volume: dict[str, Any] | Unset = UNSET
        if not isinstance(self.volume, Unset):
            volume = self.volume.to_dict()

        declared_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.declared_value, Unset):
            declared_value = self.declared_value.to_dict()

        cod_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cod_amount, Unset):
            cod_amount = self.cod_amount.to_dict()

        tracking_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tracking_number, Unset):
            tracking_number = self.tracking_number.to_dict()

        custom_ref_nbr_1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_ref_nbr_1, Unset):
            custom_ref_nbr_1 = self.custom_ref_nbr_1.to_dict()

        custom_ref_nbr_2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_ref_nbr_2, Unset):
            custom_ref_nbr_2 = self.custom_ref_nbr_2.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation
        if line_number is not UNSET:
            field_dict["lineNumber"] = line_number
        if confirmed is not UNSET:
            field_dict["confirmed"] = confirmed
        if box_id is not UNSET:
            field_dict["boxId"] = box_id
        if description is not UNSET:
            field_dict["description"] = description
        if weight is not UNSET:
            field_dict["weight"] = weight
        if volume is not UNSET:
            field_dict["volume"] = volume
        if declared_value is not UNSET:
            field_dict["declaredValue"] = declared_value
        if cod_amount is not UNSET:
            field_dict["codAmount"] = cod_amount
        if tracking_number is not UNSET:
            field_dict["trackingNumber"] = tracking_number
        if custom_ref_nbr_1 is not UNSET:
            field_dict["customRefNbr1"] = custom_ref_nbr_1
        if custom_ref_nbr_2 is not UNSET:
            field_dict["customRefNbr2"] = custom_ref_nbr_2

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("lineNumber", UNSET)
        _instance.line_number = UNSET if _value is UNSET else _models.DtoValueOfInt32.from_dict(_value)
        _value = _rest.pop("confirmed", UNSET)
        _instance.confirmed = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("boxId", UNSET)
        _instance.box_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("description", UNSET)
        _instance.description = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("weight", UNSET)
        _instance.weight = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("volume", UNSET)
        _instance.volume = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("declaredValue", UNSET)
        _instance.declared_value = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("codAmount", UNSET)
        _instance.cod_amount = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("trackingNumber", UNSET)
        _instance.tracking_number = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("customRefNbr1", UNSET)
        _instance.custom_ref_nbr_1 = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("customRefNbr2", UNSET)
        _instance.custom_ref_nbr_2 = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
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
