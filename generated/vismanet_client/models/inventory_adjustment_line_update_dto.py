from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.inventory_adjustment_line_update_dto_operation import (
    InventoryAdjustmentLineUpdateDtoOperation,
    check_inventory_adjustment_line_update_dto_operation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_int_32 import DtoValueOfInt32
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="InventoryAdjustmentLineUpdateDto")


@_attrs_define
class InventoryAdjustmentLineUpdateDto:
    """
    Attributes:
        warehouse_id (DtoValueOfString | Unset):
        unit_cost (DtoValueOfNullableOfDecimal | Unset):
        ext_cost (DtoValueOfNullableOfDecimal | Unset):
        receipt_number (DtoValueOfString | Unset):
        operation (InventoryAdjustmentLineUpdateDtoOperation | Unset):
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

    warehouse_id: DtoValueOfString | Unset = UNSET
    unit_cost: DtoValueOfNullableOfDecimal | Unset = UNSET
    ext_cost: DtoValueOfNullableOfDecimal | Unset = UNSET
    receipt_number: DtoValueOfString | Unset = UNSET
    operation: InventoryAdjustmentLineUpdateDtoOperation | Unset = UNSET
    line_number: DtoValueOfInt32 | Unset = UNSET
    inventory_number: DtoValueOfString | Unset = UNSET
    location_id: DtoValueOfString | Unset = UNSET
    quantity: DtoValueOfNullableOfDecimal | Unset = UNSET
    uom: DtoValueOfString | Unset = UNSET
    reason_code: DtoValueOfString | Unset = UNSET
    project_id: DtoValueOfString | Unset = UNSET
    project_task_id: DtoValueOfString | Unset = UNSET
    description: DtoValueOfString | Unset = UNSET
    branch_number: DtoValueOfString | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        warehouse_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.warehouse_id, Unset):
            warehouse_id = self.warehouse_id.to_dict()

        unit_cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit_cost, Unset):
            unit_cost = self.unit_cost.to_dict()

        ext_cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ext_cost, Unset):
            ext_cost = self.ext_cost.to_dict()

        receipt_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.receipt_number, Unset):
            receipt_number = self.receipt_number.to_dict()

        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        line_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_number, Unset):
            line_number = self.line_number.to_dict()

        inventory_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_number, Unset):
            inventory_number = self.inventory_number.to_dict()

        location_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location_id, Unset):
            location_id = self.location_id.to_dict()

        quantity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quantity, Unset):
            quantity = self.quantity.to_dict()

        uom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.uom, Unset):
            uom = self.uom.to_dict()

        reason_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reason_code, Unset):
            reason_code = self.reason_code.to_dict()

        project_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_id, Unset):
            project_id = self.project_id.to_dict()

        project_task_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_task_id, Unset):
            project_task_id = self.project_task_id.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        branch_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch_number, Unset):
            branch_number = self.branch_number.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if warehouse_id is not UNSET:
            field_dict["warehouseId"] = warehouse_id
        if unit_cost is not UNSET:
            field_dict["unitCost"] = unit_cost
        if ext_cost is not UNSET:
            field_dict["extCost"] = ext_cost
        if receipt_number is not UNSET:
            field_dict["receiptNumber"] = receipt_number
        if operation is not UNSET:
            field_dict["operation"] = operation
        if line_number is not UNSET:
            field_dict["lineNumber"] = line_number
        if inventory_number is not UNSET:
            field_dict["inventoryNumber"] = inventory_number
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if uom is not UNSET:
            field_dict["uom"] = uom
        if reason_code is not UNSET:
            field_dict["reasonCode"] = reason_code
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if project_task_id is not UNSET:
            field_dict["projectTaskId"] = project_task_id
        if description is not UNSET:
            field_dict["description"] = description
        if branch_number is not UNSET:
            field_dict["branchNumber"] = branch_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_int_32 import DtoValueOfInt32
        from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _warehouse_id = d.pop("warehouseId", UNSET)
        warehouse_id: DtoValueOfString | Unset
        if isinstance(_warehouse_id, Unset):
            warehouse_id = UNSET
        else:
            warehouse_id = DtoValueOfString.from_dict(_warehouse_id)

        _unit_cost = d.pop("unitCost", UNSET)
        unit_cost: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_unit_cost, Unset):
            unit_cost = UNSET
        else:
            unit_cost = DtoValueOfNullableOfDecimal.from_dict(_unit_cost)

        _ext_cost = d.pop("extCost", UNSET)
        ext_cost: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_ext_cost, Unset):
            ext_cost = UNSET
        else:
            ext_cost = DtoValueOfNullableOfDecimal.from_dict(_ext_cost)

        _receipt_number = d.pop("receiptNumber", UNSET)
        receipt_number: DtoValueOfString | Unset
        if isinstance(_receipt_number, Unset):
            receipt_number = UNSET
        else:
            receipt_number = DtoValueOfString.from_dict(_receipt_number)

        _operation = d.pop("operation", UNSET)
        operation: InventoryAdjustmentLineUpdateDtoOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = check_inventory_adjustment_line_update_dto_operation(_operation)

        _line_number = d.pop("lineNumber", UNSET)
        line_number: DtoValueOfInt32 | Unset
        if isinstance(_line_number, Unset):
            line_number = UNSET
        else:
            line_number = DtoValueOfInt32.from_dict(_line_number)

        _inventory_number = d.pop("inventoryNumber", UNSET)
        inventory_number: DtoValueOfString | Unset
        if isinstance(_inventory_number, Unset):
            inventory_number = UNSET
        else:
            inventory_number = DtoValueOfString.from_dict(_inventory_number)

        _location_id = d.pop("locationId", UNSET)
        location_id: DtoValueOfString | Unset
        if isinstance(_location_id, Unset):
            location_id = UNSET
        else:
            location_id = DtoValueOfString.from_dict(_location_id)

        _quantity = d.pop("quantity", UNSET)
        quantity: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_quantity, Unset):
            quantity = UNSET
        else:
            quantity = DtoValueOfNullableOfDecimal.from_dict(_quantity)

        _uom = d.pop("uom", UNSET)
        uom: DtoValueOfString | Unset
        if isinstance(_uom, Unset):
            uom = UNSET
        else:
            uom = DtoValueOfString.from_dict(_uom)

        _reason_code = d.pop("reasonCode", UNSET)
        reason_code: DtoValueOfString | Unset
        if isinstance(_reason_code, Unset):
            reason_code = UNSET
        else:
            reason_code = DtoValueOfString.from_dict(_reason_code)

        _project_id = d.pop("projectId", UNSET)
        project_id: DtoValueOfString | Unset
        if isinstance(_project_id, Unset):
            project_id = UNSET
        else:
            project_id = DtoValueOfString.from_dict(_project_id)

        _project_task_id = d.pop("projectTaskId", UNSET)
        project_task_id: DtoValueOfString | Unset
        if isinstance(_project_task_id, Unset):
            project_task_id = UNSET
        else:
            project_task_id = DtoValueOfString.from_dict(_project_task_id)

        _description = d.pop("description", UNSET)
        description: DtoValueOfString | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = DtoValueOfString.from_dict(_description)

        _branch_number = d.pop("branchNumber", UNSET)
        branch_number: DtoValueOfString | Unset
        if isinstance(_branch_number, Unset):
            branch_number = UNSET
        else:
            branch_number = DtoValueOfString.from_dict(_branch_number)

        inventory_adjustment_line_update_dto = cls(
            warehouse_id=warehouse_id,
            unit_cost=unit_cost,
            ext_cost=ext_cost,
            receipt_number=receipt_number,
            operation=operation,
            line_number=line_number,
            inventory_number=inventory_number,
            location_id=location_id,
            quantity=quantity,
            uom=uom,
            reason_code=reason_code,
            project_id=project_id,
            project_task_id=project_task_id,
            description=description,
            branch_number=branch_number,
        )

        inventory_adjustment_line_update_dto.additional_properties = d
        return inventory_adjustment_line_update_dto

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
