from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="KitSpecificationStockComponentsDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "line_nbr",
    "component_id",
    "component_qty",
    "uom",
    "allow_component_qty_variance",
    "min_component_qty",
    "max_component_qty",
    "disassembly_coeff",
    "allow_component_substitution",
    "description",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class KitSpecificationStockComponentsDto:
    """
    Attributes:
        line_nbr (int | Unset):
        component_id (str | Unset):
        component_qty (float | Unset):
        uom (str | Unset):
        allow_component_qty_variance (bool | Unset):
        min_component_qty (float | Unset):
        max_component_qty (float | Unset):
        disassembly_coeff (float | Unset):
        allow_component_substitution (bool | Unset):
        description (str | Unset):
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    line_nbr: int | Unset = UNSET
    component_id: str | Unset = UNSET
    component_qty: float | Unset = UNSET
    uom: str | Unset = UNSET
    allow_component_qty_variance: bool | Unset = UNSET
    min_component_qty: float | Unset = UNSET
    max_component_qty: float | Unset = UNSET
    disassembly_coeff: float | Unset = UNSET
    allow_component_substitution: bool | Unset = UNSET
    description: str | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_nbr = self.line_nbr

        component_id = self.component_id

        component_qty = self.component_qty

        uom = self.uom

        allow_component_qty_variance = self.allow_component_qty_variance

        min_component_qty = self.min_component_qty

        max_component_qty = self.max_component_qty

        disassembly_coeff = self.disassembly_coeff

        allow_component_substitution = self.allow_component_substitution

        description = self.description

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line_nbr is not UNSET:
            field_dict["lineNbr"] = line_nbr
        if component_id is not UNSET:
            field_dict["componentID"] = component_id
        if component_qty is not UNSET:
            field_dict["componentQty"] = component_qty
        if uom is not UNSET:
            field_dict["uom"] = uom
        if allow_component_qty_variance is not UNSET:
            field_dict["allowComponentQtyVariance"] = allow_component_qty_variance
        if min_component_qty is not UNSET:
            field_dict["minComponentQty"] = min_component_qty
        if max_component_qty is not UNSET:
            field_dict["maxComponentQty"] = max_component_qty
        if disassembly_coeff is not UNSET:
            field_dict["disassemblyCoeff"] = disassembly_coeff
        if allow_component_substitution is not UNSET:
            field_dict["allowComponentSubstitution"] = allow_component_substitution
        if description is not UNSET:
            field_dict["description"] = description
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
        _instance.component_id = _rest.pop("componentID", UNSET)
        _instance.component_qty = _rest.pop("componentQty", UNSET)
        _instance.uom = _rest.pop("uom", UNSET)
        _instance.allow_component_qty_variance = _rest.pop("allowComponentQtyVariance", UNSET)
        _instance.min_component_qty = _rest.pop("minComponentQty", UNSET)
        _instance.max_component_qty = _rest.pop("maxComponentQty", UNSET)
        _instance.disassembly_coeff = _rest.pop("disassemblyCoeff", UNSET)
        _instance.allow_component_substitution = _rest.pop("allowComponentSubstitution", UNSET)
        _instance.description = _rest.pop("description", UNSET)
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
