from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kit_specification_non_stock_components_update_dto_operation import (
    KitSpecificationNonStockComponentsUpdateDtoOperation,
    check_kit_specification_non_stock_components_update_dto_operation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_nullable_of_int_32 import DtoValueOfNullableOfInt32
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="KitSpecificationNonStockComponentsUpdateDto")


@_attrs_define
class KitSpecificationNonStockComponentsUpdateDto:
    """
    Attributes:
        operation (KitSpecificationNonStockComponentsUpdateDtoOperation | Unset):
        line_nbr (DtoValueOfNullableOfInt32 | Unset):
        comp_inventory_id (DtoValueOfString | Unset):
        dflt_comp_qty (DtoValueOfNullableOfDecimal | Unset):
        uom (DtoValueOfString | Unset):
        allow_qty_variation (DtoValueOfNullableOfBoolean | Unset):
        min_comp_qty (DtoValueOfNullableOfDecimal | Unset):
        max_comp_qty (DtoValueOfNullableOfDecimal | Unset):
    """

    operation: KitSpecificationNonStockComponentsUpdateDtoOperation | Unset = UNSET
    line_nbr: DtoValueOfNullableOfInt32 | Unset = UNSET
    comp_inventory_id: DtoValueOfString | Unset = UNSET
    dflt_comp_qty: DtoValueOfNullableOfDecimal | Unset = UNSET
    uom: DtoValueOfString | Unset = UNSET
    allow_qty_variation: DtoValueOfNullableOfBoolean | Unset = UNSET
    min_comp_qty: DtoValueOfNullableOfDecimal | Unset = UNSET
    max_comp_qty: DtoValueOfNullableOfDecimal | Unset = UNSET
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
        from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
        from ..models.dto_value_of_nullable_of_int_32 import DtoValueOfNullableOfInt32
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _operation = d.pop("operation", UNSET)
        operation: KitSpecificationNonStockComponentsUpdateDtoOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = check_kit_specification_non_stock_components_update_dto_operation(_operation)

        _line_nbr = d.pop("lineNbr", UNSET)
        line_nbr: DtoValueOfNullableOfInt32 | Unset
        if isinstance(_line_nbr, Unset):
            line_nbr = UNSET
        else:
            line_nbr = DtoValueOfNullableOfInt32.from_dict(_line_nbr)

        _comp_inventory_id = d.pop("compInventoryID", UNSET)
        comp_inventory_id: DtoValueOfString | Unset
        if isinstance(_comp_inventory_id, Unset):
            comp_inventory_id = UNSET
        else:
            comp_inventory_id = DtoValueOfString.from_dict(_comp_inventory_id)

        _dflt_comp_qty = d.pop("dfltCompQty", UNSET)
        dflt_comp_qty: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_dflt_comp_qty, Unset):
            dflt_comp_qty = UNSET
        else:
            dflt_comp_qty = DtoValueOfNullableOfDecimal.from_dict(_dflt_comp_qty)

        _uom = d.pop("uom", UNSET)
        uom: DtoValueOfString | Unset
        if isinstance(_uom, Unset):
            uom = UNSET
        else:
            uom = DtoValueOfString.from_dict(_uom)

        _allow_qty_variation = d.pop("allowQtyVariation", UNSET)
        allow_qty_variation: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_allow_qty_variation, Unset):
            allow_qty_variation = UNSET
        else:
            allow_qty_variation = DtoValueOfNullableOfBoolean.from_dict(_allow_qty_variation)

        _min_comp_qty = d.pop("minCompQty", UNSET)
        min_comp_qty: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_min_comp_qty, Unset):
            min_comp_qty = UNSET
        else:
            min_comp_qty = DtoValueOfNullableOfDecimal.from_dict(_min_comp_qty)

        _max_comp_qty = d.pop("maxCompQty", UNSET)
        max_comp_qty: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_max_comp_qty, Unset):
            max_comp_qty = UNSET
        else:
            max_comp_qty = DtoValueOfNullableOfDecimal.from_dict(_max_comp_qty)

        kit_specification_non_stock_components_update_dto = cls(
            operation=operation,
            line_nbr=line_nbr,
            comp_inventory_id=comp_inventory_id,
            dflt_comp_qty=dflt_comp_qty,
            uom=uom,
            allow_qty_variation=allow_qty_variation,
            min_comp_qty=min_comp_qty,
            max_comp_qty=max_comp_qty,
        )

        kit_specification_non_stock_components_update_dto.additional_properties = d
        return kit_specification_non_stock_components_update_dto

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
