from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.kit_assembly_stock_components_update_dto_operation import (
    KitAssemblyStockComponentsUpdateDtoOperation,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

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
class KitAssemblyStockComponentsUpdateDto(GeneratedModel):
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

    operation: KitAssemblyStockComponentsUpdateDtoOperation | Unset | None = UNSET
    line_nbr: DtoValueOfInt32 | Unset | None = UNSET
    item_id: DtoValueOfString | Unset | None = UNSET
    location: DtoValueOfString | Unset | None = UNSET
    uo_m: DtoValueOfString | Unset | None = UNSET
    quantity: DtoValueOfDecimal | Unset | None = UNSET
    unit_cost: DtoValueOfDecimal | Unset | None = UNSET
    reason_code: DtoValueOfString | Unset | None = UNSET
    stock_component_line_allocations: list[KitAssemblyStockComponentAllocationsUpdateDto] | Unset | None = UNSET
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
        _value = self.item_id
        if _value is not UNSET:
            field_dict["itemId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.location
        if _value is not UNSET:
            field_dict["location"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.uo_m
        if _value is not UNSET:
            field_dict["uoM"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.quantity
        if _value is not UNSET:
            field_dict["quantity"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.unit_cost
        if _value is not UNSET:
            field_dict["unitCost"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.reason_code
        if _value is not UNSET:
            field_dict["reasonCode"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.stock_component_line_allocations
        if _value is not UNSET:
            field_dict["stockComponentLineAllocations"] = (
                [
                    stock_component_line_allocations_item_data.to_dict()
                    if isinstance(stock_component_line_allocations_item_data, GeneratedModel)
                    else stock_component_line_allocations_item_data
                    for stock_component_line_allocations_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not KitAssemblyStockComponentsUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("lineNbr", UNSET)
        self.line_nbr = (
            _models.DtoValueOfInt32._vn_fill(_new(_models.DtoValueOfInt32), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("itemId", UNSET)
        self.item_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("location", UNSET)
        self.location = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("uoM", UNSET)
        self.uo_m = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("quantity", UNSET)
        self.quantity = (
            _models.DtoValueOfDecimal._vn_fill(_new(_models.DtoValueOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("unitCost", UNSET)
        self.unit_cost = (
            _models.DtoValueOfDecimal._vn_fill(_new(_models.DtoValueOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("reasonCode", UNSET)
        self.reason_code = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("stockComponentLineAllocations", UNSET)
        self.stock_component_line_allocations = (
            [
                _models.KitAssemblyStockComponentAllocationsUpdateDto._vn_fill(
                    _new(_models.KitAssemblyStockComponentAllocationsUpdateDto),
                    stock_component_line_allocations_item_data,
                )
                if isinstance(stock_component_line_allocations_item_data, dict)
                else stock_component_line_allocations_item_data
                for stock_component_line_allocations_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("operation", "operation", False, "str"),
        ("line_nbr", "lineNbr", False, ("model", "DtoValueOfInt32")),
        ("item_id", "itemId", False, ("model", "DtoValueOfString")),
        ("location", "location", False, ("model", "DtoValueOfString")),
        ("uo_m", "uoM", False, ("model", "DtoValueOfString")),
        ("quantity", "quantity", False, ("model", "DtoValueOfDecimal")),
        ("unit_cost", "unitCost", False, ("model", "DtoValueOfDecimal")),
        ("reason_code", "reasonCode", False, ("model", "DtoValueOfString")),
        (
            "stock_component_line_allocations",
            "stockComponentLineAllocations",
            False,
            ("list", ("model", "KitAssemblyStockComponentAllocationsUpdateDto")),
        ),
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


_Lazy = _lazy_twin(KitAssemblyStockComponentsUpdateDto)
