from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.kit_specification_update_dto_operation import (
    KitSpecificationUpdateDtoOperation,
)
from ..types import UNSET, Unset

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
class KitSpecificationUpdateDto:
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

    operation: KitSpecificationUpdateDtoOperation | Unset = UNSET
    kit_inventory_id: DtoValueOfString | Unset = UNSET
    revision_id: DtoValueOfString | Unset = UNSET
    descr: DtoValueOfString | Unset = UNSET
    is_active: DtoValueOfNullableOfBoolean | Unset = UNSET
    allow_comp_addition: DtoValueOfNullableOfBoolean | Unset = UNSET
    is_non_stock: DtoValueOfNullableOfBoolean | Unset = UNSET
    stock_component_lines: list[KitSpecificationStockComponentsUpdateDto] | Unset = UNSET
    non_stock_component_lines: list[KitSpecificationNonStockComponentsUpdateDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        kit_inventory_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kit_inventory_id, Unset):
            kit_inventory_id = self.kit_inventory_id.to_dict()

        revision_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.revision_id, Unset):
            revision_id = self.revision_id.to_dict()

        descr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.descr, Unset):
            descr = self.descr.to_dict()

        is_active: dict[str, Any] | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.to_dict()

        allow_comp_addition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.allow_comp_addition, Unset):
            allow_comp_addition = self.allow_comp_addition.to_dict()

        is_non_stock: dict[str, Any] | Unset = UNSET
        if not isinstance(self.is_non_stock, Unset):
            is_non_stock = self.is_non_stock.to_dict()

        stock_component_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stock_component_lines, Unset):
            stock_component_lines = []
            for stock_component_lines_item_data in self.stock_component_lines:
                stock_component_lines_item = stock_component_lines_item_data.to_dict()
                stock_component_lines.append(stock_component_lines_item)

        non_stock_component_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.non_stock_component_lines, Unset):
            non_stock_component_lines = []
            for non_stock_component_lines_item_data in self.non_stock_component_lines:
                non_stock_component_lines_item = non_stock_component_lines_item_data.to_dict()
                non_stock_component_lines.append(non_stock_component_lines_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation
        if kit_inventory_id is not UNSET:
            field_dict["kitInventoryID"] = kit_inventory_id
        if revision_id is not UNSET:
            field_dict["revisionID"] = revision_id
        if descr is not UNSET:
            field_dict["descr"] = descr
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if allow_comp_addition is not UNSET:
            field_dict["allowCompAddition"] = allow_comp_addition
        if is_non_stock is not UNSET:
            field_dict["isNonStock"] = is_non_stock
        if stock_component_lines is not UNSET:
            field_dict["stockComponentLines"] = stock_component_lines
        if non_stock_component_lines is not UNSET:
            field_dict["nonStockComponentLines"] = non_stock_component_lines

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("kitInventoryID", UNSET)
        _instance.kit_inventory_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("revisionID", UNSET)
        _instance.revision_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("descr", UNSET)
        _instance.descr = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("isActive", UNSET)
        _instance.is_active = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("allowCompAddition", UNSET)
        _instance.allow_comp_addition = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        )
        _value = _rest.pop("isNonStock", UNSET)
        _instance.is_non_stock = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("stockComponentLines", UNSET)
        _instance.stock_component_lines = (
            UNSET
            if _value is UNSET
            else [
                _models.KitSpecificationStockComponentsUpdateDto.from_dict(stock_component_lines_item_data)
                for stock_component_lines_item_data in _value
            ]
        )
        _value = _rest.pop("nonStockComponentLines", UNSET)
        _instance.non_stock_component_lines = (
            UNSET
            if _value is UNSET
            else [
                _models.KitSpecificationNonStockComponentsUpdateDto.from_dict(non_stock_component_lines_item_data)
                for non_stock_component_lines_item_data in _value
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
