from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.kit_specification_update_dto_operation import (
    KitSpecificationUpdateDtoOperation,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.kit_specification_non_stock_components_update_dto import KitSpecificationNonStockComponentsUpdateDto
    from ..models.kit_specification_stock_components_update_dto import KitSpecificationStockComponentsUpdateDto


T = TypeVar("T", bound="KitSpecificationUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "operation",
    "kit_inventory_id",
    "revision_id",
    "descr",
    "is_active",
    "allow_comp_addition",
    "is_non_stock",
    "stock_component_lines",
    "non_stock_component_lines",
)


@_attrs_define(repr=False)
class KitSpecificationUpdateDto(GeneratedModel):
    """
    Attributes:
        operation (KitSpecificationUpdateDtoOperation | Unset):
        kit_inventory_id (DtoValueOfString | Unset):
        revision_id (DtoValueOfString | Unset):
        descr (DtoValueOfString | Unset):
        is_active (DtoValueOfNullableOfBoolean | Unset):
        allow_comp_addition (DtoValueOfNullableOfBoolean | Unset):
        is_non_stock (DtoValueOfNullableOfBoolean | Unset):
        stock_component_lines (list[KitSpecificationStockComponentsUpdateDto] | Unset):
        non_stock_component_lines (list[KitSpecificationNonStockComponentsUpdateDto] | Unset):
    """

    operation: KitSpecificationUpdateDtoOperation | Unset | None = UNSET
    kit_inventory_id: DtoValueOfString | Unset | None = UNSET
    revision_id: DtoValueOfString | Unset | None = UNSET
    descr: DtoValueOfString | Unset | None = UNSET
    is_active: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    allow_comp_addition: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    is_non_stock: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    stock_component_lines: list[KitSpecificationStockComponentsUpdateDto] | Unset | None = UNSET
    non_stock_component_lines: list[KitSpecificationNonStockComponentsUpdateDto] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.operation
        if _value is not UNSET:
            field_dict["operation"] = _value
        _value = self.kit_inventory_id
        if _value is not UNSET:
            field_dict["kitInventoryID"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.revision_id
        if _value is not UNSET:
            field_dict["revisionID"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.descr
        if _value is not UNSET:
            field_dict["descr"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.is_active
        if _value is not UNSET:
            field_dict["isActive"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.allow_comp_addition
        if _value is not UNSET:
            field_dict["allowCompAddition"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.is_non_stock
        if _value is not UNSET:
            field_dict["isNonStock"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.stock_component_lines
        if _value is not UNSET:
            field_dict["stockComponentLines"] = (
                [
                    stock_component_lines_item_data.to_dict()
                    if isinstance(stock_component_lines_item_data, GeneratedModel)
                    else stock_component_lines_item_data
                    for stock_component_lines_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.non_stock_component_lines
        if _value is not UNSET:
            field_dict["nonStockComponentLines"] = (
                [
                    non_stock_component_lines_item_data.to_dict()
                    if isinstance(non_stock_component_lines_item_data, GeneratedModel)
                    else non_stock_component_lines_item_data
                    for non_stock_component_lines_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not KitSpecificationUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("kitInventoryID", UNSET)
        self.kit_inventory_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("revisionID", UNSET)
        self.revision_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("descr", UNSET)
        self.descr = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("isActive", UNSET)
        self.is_active = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("allowCompAddition", UNSET)
        self.allow_comp_addition = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("isNonStock", UNSET)
        self.is_non_stock = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("stockComponentLines", UNSET)
        self.stock_component_lines = (
            [
                _models.KitSpecificationStockComponentsUpdateDto._vn_fill(
                    _new(_models.KitSpecificationStockComponentsUpdateDto), stock_component_lines_item_data
                )
                if isinstance(stock_component_lines_item_data, dict)
                else stock_component_lines_item_data
                for stock_component_lines_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("nonStockComponentLines", UNSET)
        self.non_stock_component_lines = (
            [
                _models.KitSpecificationNonStockComponentsUpdateDto._vn_fill(
                    _new(_models.KitSpecificationNonStockComponentsUpdateDto), non_stock_component_lines_item_data
                )
                if isinstance(non_stock_component_lines_item_data, dict)
                else non_stock_component_lines_item_data
                for non_stock_component_lines_item_data in _value
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
        ("kit_inventory_id", "kitInventoryID", False, ("model", "DtoValueOfString")),
        ("revision_id", "revisionID", False, ("model", "DtoValueOfString")),
        ("descr", "descr", False, ("model", "DtoValueOfString")),
        ("is_active", "isActive", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("allow_comp_addition", "allowCompAddition", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("is_non_stock", "isNonStock", False, ("model", "DtoValueOfNullableOfBoolean")),
        (
            "stock_component_lines",
            "stockComponentLines",
            False,
            ("list", ("model", "KitSpecificationStockComponentsUpdateDto")),
        ),
        (
            "non_stock_component_lines",
            "nonStockComponentLines",
            False,
            ("list", ("model", "KitSpecificationNonStockComponentsUpdateDto")),
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


_Lazy = _lazy_twin(KitSpecificationUpdateDto)
