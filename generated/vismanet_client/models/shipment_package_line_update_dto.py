from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.shipment_package_line_update_dto_operation import (
    ShipmentPackageLineUpdateDtoOperation,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

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
class ShipmentPackageLineUpdateDto(GeneratedModel):
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

    operation: ShipmentPackageLineUpdateDtoOperation | Unset | None = UNSET
    line_number: DtoValueOfInt32 | Unset | None = UNSET
    confirmed: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    box_id: DtoValueOfString | Unset | None = UNSET
    description: DtoValueOfString | Unset | None = UNSET
    weight: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    volume: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    declared_value: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    cod_amount: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    tracking_number: DtoValueOfString | Unset | None = UNSET
    custom_ref_nbr_1: DtoValueOfString | Unset | None = UNSET
    custom_ref_nbr_2: DtoValueOfString | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.operation
        if _value is not UNSET:
            field_dict["operation"] = _value
        _value = self.line_number
        if _value is not UNSET:
            field_dict["lineNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.confirmed
        if _value is not UNSET:
            field_dict["confirmed"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.box_id
        if _value is not UNSET:
            field_dict["boxId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.weight
        if _value is not UNSET:
            field_dict["weight"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.volume
        if _value is not UNSET:
            field_dict["volume"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.declared_value
        if _value is not UNSET:
            field_dict["declaredValue"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.cod_amount
        if _value is not UNSET:
            field_dict["codAmount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.tracking_number
        if _value is not UNSET:
            field_dict["trackingNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.custom_ref_nbr_1
        if _value is not UNSET:
            field_dict["customRefNbr1"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.custom_ref_nbr_2
        if _value is not UNSET:
            field_dict["customRefNbr2"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not ShipmentPackageLineUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("lineNumber", UNSET)
        self.line_number = (
            _models.DtoValueOfInt32._vn_fill(_new(_models.DtoValueOfInt32), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("confirmed", UNSET)
        self.confirmed = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("boxId", UNSET)
        self.box_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("description", UNSET)
        self.description = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("weight", UNSET)
        self.weight = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("volume", UNSET)
        self.volume = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("declaredValue", UNSET)
        self.declared_value = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("codAmount", UNSET)
        self.cod_amount = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("trackingNumber", UNSET)
        self.tracking_number = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customRefNbr1", UNSET)
        self.custom_ref_nbr_1 = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customRefNbr2", UNSET)
        self.custom_ref_nbr_2 = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("operation", "operation", False, "str"),
        ("line_number", "lineNumber", False, ("model", "DtoValueOfInt32")),
        ("confirmed", "confirmed", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("box_id", "boxId", False, ("model", "DtoValueOfString")),
        ("description", "description", False, ("model", "DtoValueOfString")),
        ("weight", "weight", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("volume", "volume", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("declared_value", "declaredValue", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("cod_amount", "codAmount", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("tracking_number", "trackingNumber", False, ("model", "DtoValueOfString")),
        ("custom_ref_nbr_1", "customRefNbr1", False, ("model", "DtoValueOfString")),
        ("custom_ref_nbr_2", "customRefNbr2", False, ("model", "DtoValueOfString")),
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


_Lazy = _lazy_twin(ShipmentPackageLineUpdateDto)
