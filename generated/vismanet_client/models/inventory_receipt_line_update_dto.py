from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.inventory_receipt_line_update_dto_operation import (
    InventoryReceiptLineUpdateDtoOperation,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.dto_value_of_int_32 import DtoValueOfInt32
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.inventory_receipt_line_allocations_update_dto import InventoryReceiptLineAllocationsUpdateDto


T = TypeVar("T", bound="InventoryReceiptLineUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "warehouse_id",
    "unit_cost",
    "ext_cost",
    "allocations",
    "operation",
    "line_number",
    "inventory_number",
    "location_id",
    "quantity",
    "uom",
    "reason_code",
    "project_id",
    "project_task_id",
    "description",
    "branch_number",
)


@_attrs_define(repr=False)
class InventoryReceiptLineUpdateDto(GeneratedModel):
    """
    Attributes:
        warehouse_id (DtoValueOfString | Unset):
        unit_cost (DtoValueOfNullableOfDecimal | Unset):
        ext_cost (DtoValueOfNullableOfDecimal | Unset):
        allocations (list[InventoryReceiptLineAllocationsUpdateDto] | Unset):
        operation (InventoryReceiptLineUpdateDtoOperation | Unset):
        line_number (DtoValueOfInt32 | Unset):
        inventory_number (DtoValueOfString | Unset):
        location_id (DtoValueOfString | Unset):
        quantity (DtoValueOfNullableOfDecimal | Unset):
        uom (DtoValueOfString | Unset):
        reason_code (DtoValueOfString | Unset):
        project_id (DtoValueOfString | Unset):
        project_task_id (DtoValueOfString | Unset):
        description (DtoValueOfString | Unset):
        branch_number (DtoValueOfString | Unset):
    """

    warehouse_id: DtoValueOfString | Unset | None = UNSET
    unit_cost: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    ext_cost: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    allocations: list[InventoryReceiptLineAllocationsUpdateDto] | Unset | None = UNSET
    operation: InventoryReceiptLineUpdateDtoOperation | Unset | None = UNSET
    line_number: DtoValueOfInt32 | Unset | None = UNSET
    inventory_number: DtoValueOfString | Unset | None = UNSET
    location_id: DtoValueOfString | Unset | None = UNSET
    quantity: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    uom: DtoValueOfString | Unset | None = UNSET
    reason_code: DtoValueOfString | Unset | None = UNSET
    project_id: DtoValueOfString | Unset | None = UNSET
    project_task_id: DtoValueOfString | Unset | None = UNSET
    description: DtoValueOfString | Unset | None = UNSET
    branch_number: DtoValueOfString | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.warehouse_id
        if _value is not UNSET:
            field_dict["warehouseId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.unit_cost
        if _value is not UNSET:
            field_dict["unitCost"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.ext_cost
        if _value is not UNSET:
            field_dict["extCost"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
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
        _value = self.operation
        if _value is not UNSET:
            field_dict["operation"] = _value
        _value = self.line_number
        if _value is not UNSET:
            field_dict["lineNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.inventory_number
        if _value is not UNSET:
            field_dict["inventoryNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.location_id
        if _value is not UNSET:
            field_dict["locationId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.quantity
        if _value is not UNSET:
            field_dict["quantity"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.uom
        if _value is not UNSET:
            field_dict["uom"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.reason_code
        if _value is not UNSET:
            field_dict["reasonCode"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.project_id
        if _value is not UNSET:
            field_dict["projectId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.project_task_id
        if _value is not UNSET:
            field_dict["projectTaskId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.branch_number
        if _value is not UNSET:
            field_dict["branchNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not InventoryReceiptLineUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("warehouseId", UNSET)
        self.warehouse_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("unitCost", UNSET)
        self.unit_cost = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("extCost", UNSET)
        self.ext_cost = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("allocations", UNSET)
        self.allocations = (
            [
                _models.InventoryReceiptLineAllocationsUpdateDto._vn_fill(
                    _new(_models.InventoryReceiptLineAllocationsUpdateDto), allocations_item_data
                )
                if isinstance(allocations_item_data, dict)
                else allocations_item_data
                for allocations_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        self.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("lineNumber", UNSET)
        self.line_number = (
            _models.DtoValueOfInt32._vn_fill(_new(_models.DtoValueOfInt32), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("inventoryNumber", UNSET)
        self.inventory_number = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("locationId", UNSET)
        self.location_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("quantity", UNSET)
        self.quantity = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("uom", UNSET)
        self.uom = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("reasonCode", UNSET)
        self.reason_code = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("projectId", UNSET)
        self.project_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("projectTaskId", UNSET)
        self.project_task_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("description", UNSET)
        self.description = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("branchNumber", UNSET)
        self.branch_number = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("warehouse_id", "warehouseId", False, ("model", "DtoValueOfString")),
        ("unit_cost", "unitCost", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("ext_cost", "extCost", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("allocations", "allocations", False, ("list", ("model", "InventoryReceiptLineAllocationsUpdateDto"))),
        ("operation", "operation", False, "str"),
        ("line_number", "lineNumber", False, ("model", "DtoValueOfInt32")),
        ("inventory_number", "inventoryNumber", False, ("model", "DtoValueOfString")),
        ("location_id", "locationId", False, ("model", "DtoValueOfString")),
        ("quantity", "quantity", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("uom", "uom", False, ("model", "DtoValueOfString")),
        ("reason_code", "reasonCode", False, ("model", "DtoValueOfString")),
        ("project_id", "projectId", False, ("model", "DtoValueOfString")),
        ("project_task_id", "projectTaskId", False, ("model", "DtoValueOfString")),
        ("description", "description", False, ("model", "DtoValueOfString")),
        ("branch_number", "branchNumber", False, ("model", "DtoValueOfString")),
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


_Lazy = _lazy_twin(InventoryReceiptLineUpdateDto)
