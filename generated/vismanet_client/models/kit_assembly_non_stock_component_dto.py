from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="KitAssemblyNonStockComponentDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "line_nbr",
    "item_id",
    "description",
    "uo_m",
    "quantity",
    "unit_cost",
    "reason_code",
    "component_qty",
    "allow_component_qty_variance",
    "min_component_qty",
    "max_component_qty",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class KitAssemblyNonStockComponentDto:
    """
    Attributes:
        line_nbr (int | Unset):
        item_id (str | Unset):
        description (str | Unset):
        uo_m (str | Unset):
        quantity (float | Unset):
        unit_cost (float | Unset):
        reason_code (str | Unset):
        component_qty (float | Unset):
        allow_component_qty_variance (bool | Unset):
        min_component_qty (float | Unset):
        max_component_qty (float | Unset):
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    line_nbr: int | Unset = UNSET
    item_id: str | Unset = UNSET
    description: str | Unset = UNSET
    uo_m: str | Unset = UNSET
    quantity: float | Unset = UNSET
    unit_cost: float | Unset = UNSET
    reason_code: str | Unset = UNSET
    component_qty: float | Unset = UNSET
    allow_component_qty_variance: bool | Unset = UNSET
    min_component_qty: float | Unset = UNSET
    max_component_qty: float | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_nbr = self.line_nbr

        item_id = self.item_id

        description = self.description

        uo_m = self.uo_m

        quantity = self.quantity

        unit_cost = self.unit_cost

        reason_code = self.reason_code

        component_qty = self.component_qty

        allow_component_qty_variance = self.allow_component_qty_variance

        min_component_qty = self.min_component_qty

        max_component_qty = self.max_component_qty

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line_nbr is not UNSET:
            field_dict["lineNbr"] = line_nbr
        if item_id is not UNSET:
            field_dict["itemId"] = item_id
        if description is not UNSET:
            field_dict["description"] = description
        if uo_m is not UNSET:
            field_dict["uoM"] = uo_m
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if unit_cost is not UNSET:
            field_dict["unitCost"] = unit_cost
        if reason_code is not UNSET:
            field_dict["reasonCode"] = reason_code
        if component_qty is not UNSET:
            field_dict["componentQty"] = component_qty
        if allow_component_qty_variance is not UNSET:
            field_dict["allowComponentQtyVariance"] = allow_component_qty_variance
        if min_component_qty is not UNSET:
            field_dict["minComponentQty"] = min_component_qty
        if max_component_qty is not UNSET:
            field_dict["maxComponentQty"] = max_component_qty
        if error_info is not UNSET:
            field_dict["errorInfo"] = error_info
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.line_nbr = _rest.pop("lineNbr", UNSET)
        _instance.item_id = _rest.pop("itemId", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.uo_m = _rest.pop("uoM", UNSET)
        _instance.quantity = _rest.pop("quantity", UNSET)
        _instance.unit_cost = _rest.pop("unitCost", UNSET)
        _instance.reason_code = _rest.pop("reasonCode", UNSET)
        _instance.component_qty = _rest.pop("componentQty", UNSET)
        _instance.allow_component_qty_variance = _rest.pop("allowComponentQtyVariance", UNSET)
        _instance.min_component_qty = _rest.pop("minComponentQty", UNSET)
        _instance.max_component_qty = _rest.pop("maxComponentQty", UNSET)
        _instance.error_info = _rest.pop("errorInfo", UNSET)
        _value = _rest.pop("metadata", UNSET)
        _instance.metadata = UNSET if _value is UNSET else _models.MetadataDto.from_dict(_value)
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
