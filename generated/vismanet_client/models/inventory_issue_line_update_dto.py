from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.inventory_issue_line_update_dto_operation import (
    InventoryIssueLineUpdateDtoOperation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_int_32 import DtoValueOfInt32
    from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_nullable_of_inventory_transaction_type import (
        DtoValueOfNullableOfInventoryTransactionType,
    )
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.in_allocations_update_dto import INAllocationsUpdateDto


T = TypeVar("T", bound="InventoryIssueLineUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "warehouse_id",
    "unit_cost",
    "ext_cost",
    "unit_price",
    "ext_price",
    "tran_type",
    "lot_serial_number",
    "expiration_date",
    "allocations",
    "cost_code",
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
class InventoryIssueLineUpdateDto:
    """
    Attributes:
        warehouse_id (DtoValueOfString | Unset):
        unit_cost (DtoValueOfNullableOfDecimal | Unset):
        ext_cost (DtoValueOfNullableOfDecimal | Unset):
        unit_price (DtoValueOfNullableOfDecimal | Unset):
        ext_price (DtoValueOfNullableOfDecimal | Unset):
        tran_type (DtoValueOfNullableOfInventoryTransactionType | Unset):
        lot_serial_number (DtoValueOfString | Unset):
        expiration_date (DtoValueOfNullableOfDateTime | Unset):
        allocations (list[INAllocationsUpdateDto] | Unset):
        cost_code (DtoValueOfString | Unset):
        operation (InventoryIssueLineUpdateDtoOperation | Unset):
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
    unit_price: DtoValueOfNullableOfDecimal | Unset = UNSET
    ext_price: DtoValueOfNullableOfDecimal | Unset = UNSET
    tran_type: DtoValueOfNullableOfInventoryTransactionType | Unset = UNSET
    lot_serial_number: DtoValueOfString | Unset = UNSET
    expiration_date: DtoValueOfNullableOfDateTime | Unset = UNSET
    allocations: list[INAllocationsUpdateDto] | Unset = UNSET
    cost_code: DtoValueOfString | Unset = UNSET
    operation: InventoryIssueLineUpdateDtoOperation | Unset = UNSET
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

        unit_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit_price, Unset):
            unit_price = self.unit_price.to_dict()

        ext_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ext_price, Unset):
            ext_price = self.ext_price.to_dict()

        tran_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tran_type, Unset):
            tran_type = self.tran_type.to_dict()

        lot_serial_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lot_serial_number, Unset):
            lot_serial_number = self.lot_serial_number.to_dict()

        expiration_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.to_dict()

        allocations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allocations, Unset):
            allocations = []
            for allocations_item_data in self.allocations:
                allocations_item = allocations_item_data.to_dict()
                allocations.append(allocations_item)

        cost_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost_code, Unset):
            cost_code = self.cost_code.to_dict()

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
        if unit_price is not UNSET:
            field_dict["unitPrice"] = unit_price
        if ext_price is not UNSET:
            field_dict["extPrice"] = ext_price
        if tran_type is not UNSET:
            field_dict["tranType"] = tran_type
        if lot_serial_number is not UNSET:
            field_dict["lotSerialNumber"] = lot_serial_number
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date
        if allocations is not UNSET:
            field_dict["allocations"] = allocations
        if cost_code is not UNSET:
            field_dict["costCode"] = cost_code
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("warehouseId", UNSET)
        _instance.warehouse_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("unitCost", UNSET)
        _instance.unit_cost = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("extCost", UNSET)
        _instance.ext_cost = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("unitPrice", UNSET)
        _instance.unit_price = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("extPrice", UNSET)
        _instance.ext_price = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("tranType", UNSET)
        _instance.tran_type = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfInventoryTransactionType.from_dict(_value)
        )
        _value = _rest.pop("lotSerialNumber", UNSET)
        _instance.lot_serial_number = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("expirationDate", UNSET)
        _instance.expiration_date = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDateTime.from_dict(_value)
        _value = _rest.pop("allocations", UNSET)
        _instance.allocations = (
            UNSET
            if _value is UNSET
            else [_models.INAllocationsUpdateDto.from_dict(allocations_item_data) for allocations_item_data in _value]
        )
        _value = _rest.pop("costCode", UNSET)
        _instance.cost_code = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _instance.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("lineNumber", UNSET)
        _instance.line_number = UNSET if _value is UNSET else _models.DtoValueOfInt32.from_dict(_value)
        _value = _rest.pop("inventoryNumber", UNSET)
        _instance.inventory_number = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("locationId", UNSET)
        _instance.location_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("quantity", UNSET)
        _instance.quantity = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("uom", UNSET)
        _instance.uom = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("reasonCode", UNSET)
        _instance.reason_code = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("projectId", UNSET)
        _instance.project_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("projectTaskId", UNSET)
        _instance.project_task_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("description", UNSET)
        _instance.description = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("branchNumber", UNSET)
        _instance.branch_number = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
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
