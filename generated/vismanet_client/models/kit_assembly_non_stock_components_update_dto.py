from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kit_assembly_non_stock_components_update_dto_operation import (
    KitAssemblyNonStockComponentsUpdateDtoOperation,
    check_kit_assembly_non_stock_components_update_dto_operation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_decimal import DtoValueOfDecimal
    from ..models.dto_value_of_int_32 import DtoValueOfInt32
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="KitAssemblyNonStockComponentsUpdateDto")


@_attrs_define
class KitAssemblyNonStockComponentsUpdateDto:
    """
    Attributes:
        operation (KitAssemblyNonStockComponentsUpdateDtoOperation | Unset):
        line_nbr (DtoValueOfInt32 | Unset):
        item_id (DtoValueOfString | Unset):
        uo_m (DtoValueOfString | Unset):
        quantity (DtoValueOfDecimal | Unset):
        unit_cost (DtoValueOfDecimal | Unset):
        reason_code (DtoValueOfString | Unset):
    """

    operation: KitAssemblyNonStockComponentsUpdateDtoOperation | Unset = UNSET
    line_nbr: DtoValueOfInt32 | Unset = UNSET
    item_id: DtoValueOfString | Unset = UNSET
    uo_m: DtoValueOfString | Unset = UNSET
    quantity: DtoValueOfDecimal | Unset = UNSET
    unit_cost: DtoValueOfDecimal | Unset = UNSET
    reason_code: DtoValueOfString | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        line_nbr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_nbr, Unset):
            line_nbr = self.line_nbr.to_dict()

        item_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_id, Unset):
            item_id = self.item_id.to_dict()

        uo_m: dict[str, Any] | Unset = UNSET
        if not isinstance(self.uo_m, Unset):
            uo_m = self.uo_m.to_dict()

        quantity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quantity, Unset):
            quantity = self.quantity.to_dict()

        unit_cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit_cost, Unset):
            unit_cost = self.unit_cost.to_dict()

        reason_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reason_code, Unset):
            reason_code = self.reason_code.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation
        if line_nbr is not UNSET:
            field_dict["lineNbr"] = line_nbr
        if item_id is not UNSET:
            field_dict["itemId"] = item_id
        if uo_m is not UNSET:
            field_dict["uoM"] = uo_m
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if unit_cost is not UNSET:
            field_dict["unitCost"] = unit_cost
        if reason_code is not UNSET:
            field_dict["reasonCode"] = reason_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_decimal import DtoValueOfDecimal
        from ..models.dto_value_of_int_32 import DtoValueOfInt32
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _operation = d.pop("operation", UNSET)
        operation: KitAssemblyNonStockComponentsUpdateDtoOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = check_kit_assembly_non_stock_components_update_dto_operation(_operation)

        _line_nbr = d.pop("lineNbr", UNSET)
        line_nbr: DtoValueOfInt32 | Unset
        if isinstance(_line_nbr, Unset):
            line_nbr = UNSET
        else:
            line_nbr = DtoValueOfInt32.from_dict(_line_nbr)

        _item_id = d.pop("itemId", UNSET)
        item_id: DtoValueOfString | Unset
        if isinstance(_item_id, Unset):
            item_id = UNSET
        else:
            item_id = DtoValueOfString.from_dict(_item_id)

        _uo_m = d.pop("uoM", UNSET)
        uo_m: DtoValueOfString | Unset
        if isinstance(_uo_m, Unset):
            uo_m = UNSET
        else:
            uo_m = DtoValueOfString.from_dict(_uo_m)

        _quantity = d.pop("quantity", UNSET)
        quantity: DtoValueOfDecimal | Unset
        if isinstance(_quantity, Unset):
            quantity = UNSET
        else:
            quantity = DtoValueOfDecimal.from_dict(_quantity)

        _unit_cost = d.pop("unitCost", UNSET)
        unit_cost: DtoValueOfDecimal | Unset
        if isinstance(_unit_cost, Unset):
            unit_cost = UNSET
        else:
            unit_cost = DtoValueOfDecimal.from_dict(_unit_cost)

        _reason_code = d.pop("reasonCode", UNSET)
        reason_code: DtoValueOfString | Unset
        if isinstance(_reason_code, Unset):
            reason_code = UNSET
        else:
            reason_code = DtoValueOfString.from_dict(_reason_code)

        kit_assembly_non_stock_components_update_dto = cls(
            operation=operation,
            line_nbr=line_nbr,
            item_id=item_id,
            uo_m=uo_m,
            quantity=quantity,
            unit_cost=unit_cost,
            reason_code=reason_code,
        )

        kit_assembly_non_stock_components_update_dto.additional_properties = d
        return kit_assembly_non_stock_components_update_dto

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
