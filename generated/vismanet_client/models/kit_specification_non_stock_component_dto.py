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
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="KitSpecificationNonStockComponentDto")

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
    "description",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class KitSpecificationNonStockComponentDto(GeneratedModel):
    """
    Attributes:
        line_nbr (int | Unset):
        component_id (str | Unset):
        component_qty (float | Unset):
        uom (str | Unset):
        allow_component_qty_variance (bool | Unset):
        min_component_qty (float | Unset):
        max_component_qty (float | Unset):
        description (str | Unset):
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    line_nbr: int | Unset | None = UNSET
    component_id: str | Unset | None = UNSET
    component_qty: float | Unset | None = UNSET
    uom: str | Unset | None = UNSET
    allow_component_qty_variance: bool | Unset | None = UNSET
    min_component_qty: float | Unset | None = UNSET
    max_component_qty: float | Unset | None = UNSET
    description: str | Unset | None = UNSET
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
        _value = self.component_id
        if _value is not UNSET:
            field_dict["componentID"] = _value
        _value = self.component_qty
        if _value is not UNSET:
            field_dict["componentQty"] = _value
        _value = self.uom
        if _value is not UNSET:
            field_dict["uom"] = _value
        _value = self.allow_component_qty_variance
        if _value is not UNSET:
            field_dict["allowComponentQtyVariance"] = _value
        _value = self.min_component_qty
        if _value is not UNSET:
            field_dict["minComponentQty"] = _value
        _value = self.max_component_qty
        if _value is not UNSET:
            field_dict["maxComponentQty"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
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
        if cls is not KitSpecificationNonStockComponentDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.line_nbr = _rest.pop("lineNbr", UNSET)
        self.component_id = _rest.pop("componentID", UNSET)
        self.component_qty = _rest.pop("componentQty", UNSET)
        self.uom = _rest.pop("uom", UNSET)
        self.allow_component_qty_variance = _rest.pop("allowComponentQtyVariance", UNSET)
        self.min_component_qty = _rest.pop("minComponentQty", UNSET)
        self.max_component_qty = _rest.pop("maxComponentQty", UNSET)
        self.description = _rest.pop("description", UNSET)
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
        ("component_id", "componentID", False, "str"),
        ("component_qty", "componentQty", False, "float"),
        ("uom", "uom", False, "str"),
        ("allow_component_qty_variance", "allowComponentQtyVariance", False, "bool"),
        ("min_component_qty", "minComponentQty", False, "float"),
        ("max_component_qty", "maxComponentQty", False, "float"),
        ("description", "description", False, "str"),
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


_Lazy = _lazy_twin(KitSpecificationNonStockComponentDto)
