from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.in_allocations_dto import INAllocationsDto
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="KitAssemblyStockComponentsDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "line_nbr",
    "item_id",
    "description",
    "location",
    "uo_m",
    "quantity",
    "unit_cost",
    "reason_code",
    "component_qty",
    "min_component_qty",
    "allow_component_qty_variance",
    "max_component_qty",
    "allow_component_substitution",
    "disassembly_coeff",
    "allocations",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class KitAssemblyStockComponentsDto(GeneratedModel):
    """
    Attributes:
        line_nbr (int | Unset):
        item_id (str | Unset):
        description (str | Unset):
        location (str | Unset):
        uo_m (str | Unset):
        quantity (float | Unset):
        unit_cost (float | Unset):
        reason_code (str | Unset):
        component_qty (float | Unset):
        min_component_qty (float | Unset):
        allow_component_qty_variance (bool | Unset):
        max_component_qty (float | Unset):
        allow_component_substitution (bool | Unset):
        disassembly_coeff (float | Unset):
        allocations (list[INAllocationsDto] | Unset):
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    line_nbr: int | Unset | None = UNSET
    item_id: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    location: str | Unset | None = UNSET
    uo_m: str | Unset | None = UNSET
    quantity: float | Unset | None = UNSET
    unit_cost: float | Unset | None = UNSET
    reason_code: str | Unset | None = UNSET
    component_qty: float | Unset | None = UNSET
    min_component_qty: float | Unset | None = UNSET
    allow_component_qty_variance: bool | Unset | None = UNSET
    max_component_qty: float | Unset | None = UNSET
    allow_component_substitution: bool | Unset | None = UNSET
    disassembly_coeff: float | Unset | None = UNSET
    allocations: list[INAllocationsDto] | Unset | None = UNSET
    error_info: str | Unset | None = UNSET
    metadata: MetadataDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.line_nbr
        if _value is not UNSET:
            field_dict["lineNbr"] = _value
        _value = self.item_id
        if _value is not UNSET:
            field_dict["itemId"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.location
        if _value is not UNSET:
            field_dict["location"] = _value
        _value = self.uo_m
        if _value is not UNSET:
            field_dict["uoM"] = _value
        _value = self.quantity
        if _value is not UNSET:
            field_dict["quantity"] = _value
        _value = self.unit_cost
        if _value is not UNSET:
            field_dict["unitCost"] = _value
        _value = self.reason_code
        if _value is not UNSET:
            field_dict["reasonCode"] = _value
        _value = self.component_qty
        if _value is not UNSET:
            field_dict["componentQty"] = _value
        _value = self.min_component_qty
        if _value is not UNSET:
            field_dict["minComponentQty"] = _value
        _value = self.allow_component_qty_variance
        if _value is not UNSET:
            field_dict["allowComponentQtyVariance"] = _value
        _value = self.max_component_qty
        if _value is not UNSET:
            field_dict["maxComponentQty"] = _value
        _value = self.allow_component_substitution
        if _value is not UNSET:
            field_dict["allowComponentSubstitution"] = _value
        _value = self.disassembly_coeff
        if _value is not UNSET:
            field_dict["disassemblyCoeff"] = _value
        _value = self.allocations
        if _value is not UNSET:
            field_dict["allocations"] = (
                [
                    allocations_item_data.to_dict()
                    if isinstance(allocations_item_data, GeneratedModel)
                    else allocations_item_data
                    for allocations_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.error_info
        if _value is not UNSET:
            field_dict["errorInfo"] = _value
        _value = self.metadata
        if _value is not UNSET:
            field_dict["metadata"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not KitAssemblyStockComponentsDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.line_nbr = _rest.pop("lineNbr", UNSET)
        self.item_id = _rest.pop("itemId", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.location = _rest.pop("location", UNSET)
        self.uo_m = _rest.pop("uoM", UNSET)
        self.quantity = _rest.pop("quantity", UNSET)
        self.unit_cost = _rest.pop("unitCost", UNSET)
        self.reason_code = _rest.pop("reasonCode", UNSET)
        self.component_qty = _rest.pop("componentQty", UNSET)
        self.min_component_qty = _rest.pop("minComponentQty", UNSET)
        self.allow_component_qty_variance = _rest.pop("allowComponentQtyVariance", UNSET)
        self.max_component_qty = _rest.pop("maxComponentQty", UNSET)
        self.allow_component_substitution = _rest.pop("allowComponentSubstitution", UNSET)
        self.disassembly_coeff = _rest.pop("disassemblyCoeff", UNSET)
        _value = _rest.pop("allocations", UNSET)
        self.allocations = (
            [
                _models.INAllocationsDto._vn_fill(_new(_models.INAllocationsDto), allocations_item_data)
                if isinstance(allocations_item_data, dict)
                else allocations_item_data
                for allocations_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        self.error_info = _rest.pop("errorInfo", UNSET)
        _value = _rest.pop("metadata", UNSET)
        self.metadata = (
            _models.MetadataDto._vn_fill(_new(_models.MetadataDto), _value) if isinstance(_value, dict) else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("line_nbr", "lineNbr", False, "int"),
        ("item_id", "itemId", False, "str"),
        ("description", "description", False, "str"),
        ("location", "location", False, "str"),
        ("uo_m", "uoM", False, "str"),
        ("quantity", "quantity", False, "float"),
        ("unit_cost", "unitCost", False, "float"),
        ("reason_code", "reasonCode", False, "str"),
        ("component_qty", "componentQty", False, "float"),
        ("min_component_qty", "minComponentQty", False, "float"),
        ("allow_component_qty_variance", "allowComponentQtyVariance", False, "bool"),
        ("max_component_qty", "maxComponentQty", False, "float"),
        ("allow_component_substitution", "allowComponentSubstitution", False, "bool"),
        ("disassembly_coeff", "disassemblyCoeff", False, "float"),
        ("allocations", "allocations", False, ("list", ("model", "INAllocationsDto"))),
        ("error_info", "errorInfo", False, "str"),
        ("metadata", "metadata", False, ("model", "MetadataDto")),
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


_Lazy = _lazy_twin(KitAssemblyStockComponentsDto)
