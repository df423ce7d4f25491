from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.kit_specification_stock_components_update_dto_operation import (
    KitSpecificationStockComponentsUpdateDtoOperation,
)
from ..types import UNSET, Unset

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
class KitSpecificationStockComponentsUpdateDto:
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

    operation: KitSpecificationStockComponentsUpdateDtoOperation | Unset = UNSET
    line_nbr: DtoValueOfNullableOfInt32 | Unset = UNSET
    comp_inventory_id: DtoValueOfString | Unset = UNSET
    dflt_comp_qty: DtoValueOfNullableOfDecimal | Unset = UNSET
    uom: DtoValueOfString | Unset = UNSET
    allow_qty_variation: DtoValueOfNullableOfBoolean | Unset = UNSET
    min_comp_qty: DtoValueOfNullableOfDecimal | Unset = UNSET
    max_comp_qty: DtoValueOfNullableOfDecimal | Unset = UNSET
    disassembly_coeff: DtoValueOfNullableOfDecimal | Unset = UNSET
    allow_substitution: DtoValueOfNullableOfBoolean | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        line_nbr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_nbr, Unset):
            line_nbr = self.line_nbr.to_dict()

        comp_inventory_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.comp_inventory_id, Unset):
            comp_inventory_id = self.comp_inventory_id.to_dict()

        dflt_comp_qty: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dflt_comp_qty, Unset):
            dflt_comp_qty = self.dflt_comp_qty.to_dict()

        uom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.uom, Unset):
            uom = self.uom.to_dict()

        allow_qty_variation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.allow_qty_variation, Unset):
            allow_qty_variation = self.allow_qty_variation.to_dict()

        min_comp_qty: dict[str, Any] | Unset = UNSET
        if not isinstance(self.min_comp_qty, Unset):
            min_comp_qty = self.min_comp_qty.to_dict()

        max_comp_qty: dict[str, Any] | Unset = UNSET
        if not isinstance(self.max_comp_qty, Unset):
            max_comp_qty = self.max_comp_qty.to_dict()

        disassembly_coeff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.disassembly_coeff, Unset):
            disassembly_coeff = self.disassembly_coeff.to_dict()

        allow_substitution: dict[str, Any] | Unset = UNSET
        if not isinstance(self.allow_substitution, Unset):
            allow_substitution = self.allow_substitution.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation
        if line_nbr is not UNSET:
            field_dict["lineNbr"] = line_nbr
        if comp_inventory_id is not UNSET:
            field_dict["compInventoryID"] = comp_inventory_id
        if dflt_comp_qty is not UNSET:
            field_dict["dfltCompQty"] = dflt_comp_qty
        if uom is not UNSET:
            field_dict["uom"] = uom
        if allow_qty_variation is not UNSET:
            field_dict["allowQtyVariation"] = allow_qty_variation
        if min_comp_qty is not UNSET:
            field_dict["minCompQty"] = min_comp_qty
        if max_comp_qty is not UNSET:
            field_dict["maxCompQty"] = max_comp_qty
        if disassembly_coeff is not UNSET:
            field_dict["disassemblyCoeff"] = disassembly_coeff
        if allow_substitution is not UNSET:
            field_dict["allowSubstitution"] = allow_substitution

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
        _value = _rest.pop("compInventoryID", UNSET)
        _instance.comp_inventory_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("dfltCompQty", UNSET)
        _instance.dflt_comp_qty = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("uom", UNSET)
        _instance.uom = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("allowQtyVariation", UNSET)
        _instance.allow_qty_variation = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        )
        _value = _rest.pop("minCompQty", UNSET)
        _instance.min_comp_qty = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("maxCompQty", UNSET)
        _instance.max_comp_qty = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("disassemblyCoeff", UNSET)
        _instance.disassembly_coeff = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        )
        _value = _rest.pop("allowSubstitution", UNSET)
        _instance.allow_substitution = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        )
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
