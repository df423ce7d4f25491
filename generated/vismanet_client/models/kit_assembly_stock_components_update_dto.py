from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.kit_assembly_stock_components_update_dto_operation import (
    KitAssemblyStockComponentsUpdateDtoOperation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_decimal import DtoValueOfDecimal
    from ..models.dto_value_of_int_32 import DtoValueOfInt32
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.kit_assembly_stock_component_allocations_update_dto import (
        KitAssemblyStockComponentAllocationsUpdateDto,
    )


T = TypeVar("T", bound="KitAssemblyStockComponentsUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "operation",
    "line_nbr",
    "item_id",
    "location",
    "uo_m",
    "quantity",
    "unit_cost",
    "reason_code",
    "stock_component_line_allocations",
)


@_attrs_define(repr=False)
class KitAssemblyStockComponentsUpdateDto:
    """
    Attributes:
        operation (KitAssemblyStockComponentsUpdateDtoOperation | Unset):
        line_nbr (DtoValueOfInt32 | Unset):
        item_id (DtoValueOfString | Unset):
        location (DtoValueOfString | Unset):
        uo_m (DtoValueOfString | Unset):
        quantity (DtoValueOfDecimal | Unset):
        unit_cost (DtoValueOfDecimal | Unset):
        reason_code (DtoValueOfString | Unset):
        stock_component_line_allocations (list[KitAssemblyStockComponentAllocationsUpdateDto] | Unset):
    """

    operation: KitAssemblyStockComponentsUpdateDtoOperation | Unset = UNSET
    line_nbr: DtoValueOfInt32 | Unset = UNSET
    item_id: DtoValueOfString | Unset = UNSET
    location: DtoValueOfString | Unset = UNSET
    uo_m: DtoValueOfString | Unset = UNSET
    quantity: DtoValueOfDecimal | Unset = UNSET
    unit_cost: DtoValueOfDecimal | Unset = UNSET
    reason_code: DtoValueOfString | Unset = UNSET
    stock_component_line_allocations: list[KitAssemblyStockComponentAllocationsUpdateDto] | Unset = UNSET
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

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

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

        stock_component_line_allocations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stock_component_line_allocations, Unset):
            stock_component_line_allocations = []
            for stock_component_line_allocations_item_data in self.stock_component_line_allocations:
                stock_component_line_allocations_item = stock_component_line_allocations_item_data.to_dict()
                stock_component_line_allocations.append(stock_component_line_allocations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation
        if line_nbr is not UNSET:
            field_dict["lineNbr"] = line_nbr
        if item_id is not UNSET:
            field_dict["itemId"] = item_id
        if location is not UNSET:
            field_dict["location"] = location
        if uo_m is not UNSET:
            field_dict["uoM"] = uo_m
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if unit_cost is not UNSET:
            field_dict["unitCost"] = unit_cost
        if reason_code is not UNSET:
            field_dict["reasonCode"] = reason_code
        if stock_component_line_allocations is not UNSET:
            field_dict["stockComponentLineAllocations"] = stock_component_line_allocations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("lineNbr", UNSET)
        _instance.line_nbr = UNSET if _value is UNSET else _models.DtoValueOfInt32.from_dict(_value)
        _value = _rest.pop("itemId", UNSET)
        _instance.item_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("location", UNSET)
        _instance.location = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("uoM", UNSET)
        _instance.uo_m = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("quantity", UNSET)
        _instance.quantity = UNSET if _value is UNSET else _models.DtoValueOfDecimal.from_dict(_value)
        _value = _rest.pop("unitCost", UNSET)
        _instance.unit_cost = UNSET if _value is UNSET else _models.DtoValueOfDecimal.from_dict(_value)
        _value = _rest.pop("reasonCode", UNSET)
        _instance.reason_code = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("stockComponentLineAllocations", UNSET)
        _instance.stock_component_line_allocations = (
            UNSET
            if _value is UNSET
            else [
                _models.KitAssemblyStockComponentAllocationsUpdateDto.from_dict(
                    stock_component_line_allocations_item_data
                )
                for stock_component_line_allocations_item_data in _value
            ]
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
