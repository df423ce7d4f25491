from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kit_specification_update_dto_operation import (
    KitSpecificationUpdateDtoOperation,
    check_kit_specification_update_dto_operation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.kit_specification_non_stock_components_update_dto import KitSpecificationNonStockComponentsUpdateDto
    from ..models.kit_specification_stock_components_update_dto import KitSpecificationStockComponentsUpdateDto


T = TypeVar("T", bound="KitSpecificationUpdateDto")


@_attrs_define
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
        from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
        from ..models.dto_value_of_string import DtoValueOfString
        from ..models.kit_specification_non_stock_components_update_dto import (
            KitSpecificationNonStockComponentsUpdateDto,
        )
        from ..models.kit_specification_stock_components_update_dto import KitSpecificationStockComponentsUpdateDto

        d = dict(src_dict)
        _operation = d.pop("operation", UNSET)
        operation: KitSpecificationUpdateDtoOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = check_kit_specification_update_dto_operation(_operation)

        _kit_inventory_id = d.pop("kitInventoryID", UNSET)
        kit_inventory_id: DtoValueOfString | Unset
        if isinstance(_kit_inventory_id, Unset):
            kit_inventory_id = UNSET
        else:
            kit_inventory_id = DtoValueOfString.from_dict(_kit_inventory_id)

        _revision_id = d.pop("revisionID", UNSET)
        revision_id: DtoValueOfString | Unset
        if isinstance(_revision_id, Unset):
            revision_id = UNSET
        else:
            revision_id = DtoValueOfString.from_dict(_revision_id)

        _descr = d.pop("descr", UNSET)
        descr: DtoValueOfString | Unset
        if isinstance(_descr, Unset):
            descr = UNSET
        else:
            descr = DtoValueOfString.from_dict(_descr)

        _is_active = d.pop("isActive", UNSET)
        is_active: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = DtoValueOfNullableOfBoolean.from_dict(_is_active)

        _allow_comp_addition = d.pop("allowCompAddition", UNSET)
        allow_comp_addition: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_allow_comp_addition, Unset):
            allow_comp_addition = UNSET
        else:
            allow_comp_addition = DtoValueOfNullableOfBoolean.from_dict(_allow_comp_addition)

        _is_non_stock = d.pop("isNonStock", UNSET)
        is_non_stock: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_is_non_stock, Unset):
            is_non_stock = UNSET
        else:
            is_non_stock = DtoValueOfNullableOfBoolean.from_dict(_is_non_stock)

        _stock_component_lines = d.pop("stockComponentLines", UNSET)
        stock_component_lines: list[KitSpecificationStockComponentsUpdateDto] | Unset = UNSET
        if _stock_component_lines is not UNSET:
            stock_component_lines = []
            for stock_component_lines_item_data in _stock_component_lines:
                stock_component_lines_item = KitSpecificationStockComponentsUpdateDto.from_dict(
                    stock_component_lines_item_data
                )

                stock_component_lines.append(stock_component_lines_item)

        _non_stock_component_lines = d.pop("nonStockComponentLines", UNSET)
        non_stock_component_lines: list[KitSpecificationNonStockComponentsUpdateDto] | Unset = UNSET
        if _non_stock_component_lines is not UNSET:
            non_stock_component_lines = []
            for non_stock_component_lines_item_data in _non_stock_component_lines:
                non_stock_component_lines_item = KitSpecificationNonStockComponentsUpdateDto.from_dict(
                    non_stock_component_lines_item_data
                )

                non_stock_component_lines.append(non_stock_component_lines_item)

        kit_specification_update_dto = cls(
            operation=operation,
            kit_inventory_id=kit_inventory_id,
            revision_id=revision_id,
            descr=descr,
            is_active=is_active,
            allow_comp_addition=allow_comp_addition,
            is_non_stock=is_non_stock,
            stock_component_lines=stock_component_lines,
            non_stock_component_lines=non_stock_component_lines,
        )

        kit_specification_update_dto.additional_properties = d
        return kit_specification_update_dto

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
