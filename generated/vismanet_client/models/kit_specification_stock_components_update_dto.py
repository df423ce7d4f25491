from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.kit_specification_stock_components_update_dto_operation import (
    KitSpecificationStockComponentsUpdateDtoOperation,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_nullable_of_int_32 import DtoValueOfNullableOfInt32
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="KitSpecificationStockComponentsUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "operation",
    "line_nbr",
    "comp_inventory_id",
    "dflt_comp_qty",
    "uom",
    "allow_qty_variation",
    "min_comp_qty",
    "max_comp_qty",
    "disassembly_coeff",
    "allow_substitution",
)


@_attrs_define(repr=False)
class KitSpecificationStockComponentsUpdateDto(GeneratedModel):
    """
    Attributes:
        operation (KitSpecificationStockComponentsUpdateDtoOperation | Unset):
        line_nbr (DtoValueOfNullableOfInt32 | Unset):
        comp_inventory_id (DtoValueOfString | Unset):
        dflt_comp_qty (DtoValueOfNullableOfDecimal | Unset):
        uom (DtoValueOfString | Unset):
        allow_qty_variation (DtoValueOfNullableOfBoolean | Unset):
        min_comp_qty (DtoValueOfNullableOfDecimal | Unset):
        max_comp_qty (DtoValueOfNullableOfDecimal | Unset):
        disassembly_coeff (DtoValueOfNullableOfDecimal | Unset):
        allow_substitution (DtoValueOfNullableOfBoolean | Unset):
    """

    operation: KitSpecificationStockComponentsUpdateDtoOperation | Unset | None = UNSET
    line_nbr: DtoValueOfNullableOfInt32 | Unset | None = UNSET
    comp_inventory_id: DtoValueOfString | Unset | None = UNSET
    dflt_comp_qty: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    uom: DtoValueOfString | Unset | None = UNSET
    allow_qty_variation: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    min_comp_qty: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    max_comp_qty: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    disassembly_coeff: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    allow_substitution: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.operation
        if _value is not UNSET:
            field_dict["operation"] = _value
        _value = self.line_nbr
        if _value is not UNSET:
            field_dict["lineNbr"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.comp_inventory_id
        if _value is not UNSET:
            field_dict["compInventoryID"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.dflt_comp_qty
        if _value is not UNSET:
            field_dict["dfltCompQty"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.uom
        if _value is not UNSET:
            field_dict["uom"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.allow_qty_variation
        if _value is not UNSET:
            field_dict["allowQtyVariation"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.min_comp_qty
        if _value is not UNSET:
            field_dict["minCompQty"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.max_comp_qty
        if _value is not UNSET:
            field_dict["maxCompQty"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.disassembly_coeff
        if _value is not UNSET:
            field_dict["disassemblyCoeff"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.allow_substitution
        if _value is not UNSET:
            field_dict["allowSubstitution"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not KitSpecificationStockComponentsUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("lineNbr", UNSET)
        self.line_nbr = (
            _models.DtoValueOfNullableOfInt32._vn_fill(_new(_models.DtoValueOfNullableOfInt32), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("compInventoryID", UNSET)
        self.comp_inventory_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("dfltCompQty", UNSET)
        self.dflt_comp_qty = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("uom", UNSET)
        self.uom = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("allowQtyVariation", UNSET)
        self.allow_qty_variation = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("minCompQty", UNSET)
        self.min_comp_qty = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("maxCompQty", UNSET)
        self.max_comp_qty = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("disassemblyCoeff", UNSET)
        self.disassembly_coeff = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("allowSubstitution", UNSET)
        self.allow_substitution = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("operation", "operation", False, "str"),
        ("line_nbr", "lineNbr", False, ("model", "DtoValueOfNullableOfInt32")),
        ("comp_inventory_id", "compInventoryID", False, ("model", "DtoValueOfString")),
        ("dflt_comp_qty", "dfltCompQty", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("uom", "uom", False, ("model", "DtoValueOfString")),
        ("allow_qty_variation", "allowQtyVariation", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("min_comp_qty", "minCompQty", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("max_comp_qty", "maxCompQty", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("disassembly_coeff", "disassemblyCoeff", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("allow_substitution", "allowSubstitution", False, ("model", "DtoValueOfNullableOfBoolean")),
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


_Lazy = _lazy_twin(KitSpecificationStockComponentsUpdateDto)
