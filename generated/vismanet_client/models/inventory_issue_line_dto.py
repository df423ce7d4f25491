from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.inventory_issue_line_dto_transaction_type import (
    InventoryIssueLineDtoTransactionType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_dto import AttachmentDto
    from ..models.branch_number_dto import BranchNumberDto
    from ..models.in_allocations_dto import INAllocationsDto
    from ..models.inventory_item_in_inventory_issue_line_dto import InventoryItemInInventoryIssueLineDto
    from ..models.location_in_inventory_issue_line_dto import LocationInInventoryIssueLineDto
    from ..models.project_in_inventory_issue_line_dto import ProjectInInventoryIssueLineDto
    from ..models.project_task_in_inventory_issue_line_dto import ProjectTaskInInventoryIssueLineDto
    from ..models.reason_code_in_inventory_issue_line_dto import ReasonCodeInInventoryIssueLineDto
    from ..models.warehouse_in_inventory_issue_line_dto import WarehouseInInventoryIssueLineDto


T = TypeVar("T", bound="InventoryIssueLineDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "transaction_type",
    "warehouse",
    "unit_cost",
    "ext_cost",
    "unit_price",
    "ext_price",
    "project",
    "project_task",
    "lot_serial_number",
    "expiration_date",
    "allocations",
    "po_receipt_number",
    "line_number",
    "inventory_item",
    "location",
    "quantity",
    "uom",
    "reason_code",
    "description",
    "attachments",
    "branch_number",
)


@_attrs_define(repr=False)
class InventoryIssueLineDto:
    """
    Attributes:
        transaction_type (InventoryIssueLineDtoTransactionType | Unset): Trans. type &gt; The type of inventory issue
            transaction. Select one of the following types: Issue, Return, Invoice, Debit note, Credit note.
        warehouse (WarehouseInInventoryIssueLineDto | Unset): Mandatory field: Warehouse &gt; (This column appears only
            if the Warehouses functionality is enabled in your system.) The warehouse from which the item is issued.
        unit_cost (float | Unset): Unit cost &gt; The cost of the specified unit of this stock item.
        ext_cost (float | Unset): Ext. cost &gt; The extended cost of the specified stock item. An extended cost is
            calculated automatically as the unit cost multiplied by the quantity of units involved in this transaction.
        unit_price (float | Unset): Unit price &gt; The price of the specified unit of this stock item.
        ext_price (float | Unset): Ext. price &gt; The extended price of the specified stock item, calculated
            automatically as the unit price multiplied by the quantity of the stock item involved in the inventory issue
            operation.
        project (ProjectInInventoryIssueLineDto | Unset): Project
        project_task (ProjectTaskInInventoryIssueLineDto | Unset): Project Task
        lot_serial_number (str | Unset):
        expiration_date (datetime.datetime | Unset):
        allocations (list[INAllocationsDto] | Unset):
        po_receipt_number (str | Unset): Purchase order receipt number
        line_number (int | Unset):
        inventory_item (InventoryItemInInventoryIssueLineDto | Unset): Mandatory field: Item ID* &gt; The ID of the
            goods to be transferred.
        location (LocationInInventoryIssueLineDto | Unset): Location &gt; The warehouse location from which the goods
            are transferred.
        quantity (float | Unset): Quantity &gt; The quantity of the transferred goods (in the units indicated below).
        uom (str | Unset): Mandatory field: UoM* &gt; The unit of measure (UoM) used for the goods to be transferred.
        reason_code (ReasonCodeInInventoryIssueLineDto | Unset): Reason code &gt; The reason code associated with the
            transferred goods.
        description (str | Unset): Description &gt; A brief description of the goods transfer transaction.
        attachments (list[AttachmentDto] | Unset):
        branch_number (BranchNumberDto | Unset):
    """

    transaction_type: InventoryIssueLineDtoTransactionType | Unset = UNSET
    warehouse: WarehouseInInventoryIssueLineDto | Unset = UNSET
    unit_cost: float | Unset = UNSET
    ext_cost: float | Unset = UNSET
    unit_price: float | Unset = UNSET
    ext_price: float | Unset = UNSET
    project: ProjectInInventoryIssueLineDto | Unset = UNSET
    project_task: ProjectTaskInInventoryIssueLineDto | Unset = UNSET
    lot_serial_number: str | Unset = UNSET
    expiration_date: datetime.datetime | Unset = UNSET
    allocations: list[INAllocationsDto] | Unset = UNSET
    po_receipt_number: str | Unset = UNSET
    line_number: int | Unset = UNSET
    inventory_item: InventoryItemInInventoryIssueLineDto | Unset = UNSET
    location: LocationInInventoryIssueLineDto | Unset = UNSET
    quantity: float | Unset = UNSET
    uom: str | Unset = UNSET
    reason_code: ReasonCodeInInventoryIssueLineDto | Unset = UNSET
    description: str | Unset = UNSET
    attachments: list[AttachmentDto] | Unset = UNSET
    branch_number: BranchNumberDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_type: str | Unset = UNSET
        if not isinstance(self.transaction_type, Unset):
            transaction_type = self.transaction_type

        warehouse: dict[str, Any] | Unset = UNSET
        if not isinstance(self.warehouse, Unset):
            warehouse = self.warehouse.to_dict()

        unit_cost = self.unit_cost

        ext_cost = self.ext_cost

        unit_price = self.unit_price

        ext_price = self.ext_price

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        project_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_task, Unset):
            project_task = self.project_task.to_dict()

        lot_serial_number = self.lot_serial_number

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.isoformat()

        allocations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allocations, Unset):
            allocations = []
            for allocations_item_data in self.allocations:
                allocations_item = allocations_item_data.to_dict()
                allocations.append(allocations_item)

        po_receipt_number = self.po_receipt_number

        line_number = self.line_number

        inventory_item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_item, Unset):
            inventory_item = self.inventory_item.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        quantity = self.quantity

        uom = self.uom

        reason_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reason_code, Unset):
            reason_code = self.reason_code.to_dict()

        description = self.description

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        branch_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch_number, Unset):
            branch_number = self.branch_number.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transaction_type is not UNSET:
            field_dict["transactionType"] = transaction_type
        if warehouse is not UNSET:
            field_dict["warehouse"] = warehouse
        if unit_cost is not UNSET:
            field_dict["unitCost"] = unit_cost
        if ext_cost is not UNSET:
            field_dict["extCost"] = ext_cost
        if unit_price is not UNSET:
            field_dict["unitPrice"] = unit_price
        if ext_price is not UNSET:
            field_dict["extPrice"] = ext_price
        if project is not UNSET:
            field_dict["project"] = project
        if project_task is not UNSET:
            field_dict["projectTask"] = project_task
        if lot_serial_number is not UNSET:
            field_dict["lotSerialNumber"] = lot_serial_number
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date
        if allocations is not UNSET:
            field_dict["allocations"] = allocations
        if po_receipt_number is not UNSET:
            field_dict["poReceiptNumber"] = po_receipt_number
        if line_number is not UNSET:
            field_dict["lineNumber"] = line_number
        if inventory_item is not UNSET:
            field_dict["inventoryItem"] = inventory_item
        if location is not UNSET:
            field_dict["location"] = location
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if uom is not UNSET:
            field_dict["uom"] = uom
        if reason_code is not UNSET:
            field_dict["reasonCode"] = reason_code
        if description is not UNSET:
            field_dict["description"] = description
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if branch_number is not UNSET:
            field_dict["branchNumber"] = branch_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.transaction_type = _rest.pop("transactionType", UNSET)
        _value = _rest.pop("warehouse", UNSET)
        _instance.warehouse = UNSET if _value is UNSET else _models.WarehouseInInventoryIssueLineDto.from_dict(_value)
        _instance.unit_cost = _rest.pop("unitCost", UNSET)
        _instance.ext_cost = _rest.pop("extCost", UNSET)
        _instance.unit_price = _rest.pop("unitPrice", UNSET)
        _instance.ext_price = _rest.pop("extPrice", UNSET)
        _value = _rest.pop("project", UNSET)
        _instance.project = UNSET if _value is UNSET else _models.ProjectInInventoryIssueLineDto.from_dict(_value)
        _value = _rest.pop("projectTask", UNSET)
        _instance.project_task = (
            UNSET if _value is UNSET else _models.ProjectTaskInInventoryIssueLineDto.from_dict(_value)
        )
        _instance.lot_serial_number = _rest.pop("lotSerialNumber", UNSET)
        _value = _rest.pop("expirationDate", UNSET)
        _instance.expiration_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("allocations", UNSET)
        _instance.allocations = (
            UNSET
            if _value is UNSET
            else [_models.INAllocationsDto.from_dict(allocations_item_data) for allocations_item_data in _value]
        )
        _instance.po_receipt_number = _rest.pop("poReceiptNumber", UNSET)
        _instance.line_number = _rest.pop("lineNumber", UNSET)
        _value = _rest.pop("inventoryItem", UNSET)
        _instance.inventory_item = (
            UNSET if _value is UNSET else _models.InventoryItemInInventoryIssueLineDto.from_dict(_value)
        )
        _value = _rest.pop("location", UNSET)
        _instance.location = UNSET if _value is UNSET else _models.LocationInInventoryIssueLineDto.from_dict(_value)
        _instance.quantity = _rest.pop("quantity", UNSET)
        _instance.uom = _rest.pop("uom", UNSET)
        _value = _rest.pop("reasonCode", UNSET)
        _instance.reason_code = (
            UNSET if _value is UNSET else _models.ReasonCodeInInventoryIssueLineDto.from_dict(_value)
        )
        _instance.description = _rest.pop("description", UNSET)
        _value = _rest.pop("attachments", UNSET)
        _instance.attachments = (
            UNSET
            if _value is UNSET
            else [_models.AttachmentDto.from_dict(attachments_item_data) for attachments_item_data in _value]
        )
        _value = _rest.pop("branchNumber", UNSET)
        _instance.branch_number = UNSET if _value is UNSET else _models.BranchNumberDto.from_dict(_value)
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
