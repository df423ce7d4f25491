from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_dto import AttachmentDto
    from ..models.branch_number_dto import BranchNumberDto
    from ..models.in_allocations_dto import INAllocationsDto
    from ..models.inventory_item_in_inventory_receipt_line_dto import InventoryItemInInventoryReceiptLineDto
    from ..models.location_in_inventory_receipt_line_dto import LocationInInventoryReceiptLineDto
    from ..models.project_in_inventory_receipt_line_dto import ProjectInInventoryReceiptLineDto
    from ..models.project_task_in_inventory_receipt_line_dto import ProjectTaskInInventoryReceiptLineDto
    from ..models.reason_code_in_inventory_receipt_line_dto import ReasonCodeInInventoryReceiptLineDto
    from ..models.warehouse_in_inventory_receipt_line_dto import WarehouseInInventoryReceiptLineDto


T = TypeVar("T", bound="InventoryReceiptLineDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "warehouse",
    "unit_cost",
    "ext_cost",
    "project",
    "project_task",
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
class InventoryReceiptLineDto:
    """
    Attributes:
        warehouse (WarehouseInInventoryReceiptLineDto | Unset): Mandatory field: Warehouse* &gt; The warehouse where the
            stock item is received.
        unit_cost (float | Unset): Unit cost &gt; The cost of a unit of the received stock item.
        ext_cost (float | Unset): Cost &gt; The extended cost of the received stock item. An extended cost is calculated
            automatically as the unit cost multiplied by the quantity (or amount) of item that was received.
        project (ProjectInInventoryReceiptLineDto | Unset): Project
        project_task (ProjectTaskInInventoryReceiptLineDto | Unset): Project Task
        allocations (list[INAllocationsDto] | Unset):
        po_receipt_number (str | Unset): Purchase order receipt number
        line_number (int | Unset):
        inventory_item (InventoryItemInInventoryReceiptLineDto | Unset): Mandatory field: Item ID* &gt; The ID of the
            goods to be transferred.
        location (LocationInInventoryReceiptLineDto | Unset): Location &gt; The warehouse location from which the goods
            are transferred.
        quantity (float | Unset): Quantity &gt; The quantity of the transferred goods (in the units indicated below).
        uom (str | Unset): Mandatory field: UoM* &gt; The unit of measure (UoM) used for the goods to be transferred.
        reason_code (ReasonCodeInInventoryReceiptLineDto | Unset): Reason code &gt; The reason code associated with the
            transferred goods.
        description (str | Unset): Description &gt; A brief description of the goods transfer transaction.
        attachments (list[AttachmentDto] | Unset):
        branch_number (BranchNumberDto | Unset):
    """

    warehouse: WarehouseInInventoryReceiptLineDto | Unset = UNSET
    unit_cost: float | Unset = UNSET
    ext_cost: float | Unset = UNSET
    project: ProjectInInventoryReceiptLineDto | Unset = UNSET
    project_task: ProjectTaskInInventoryReceiptLineDto | Unset = UNSET
    allocations: list[INAllocationsDto] | Unset = UNSET
    po_receipt_number: str | Unset = UNSET
    line_number: int | Unset = UNSET
    inventory_item: InventoryItemInInventoryReceiptLineDto | Unset = UNSET
    location: LocationInInventoryReceiptLineDto | Unset = UNSET
    quantity: float | Unset = UNSET
    uom: str | Unset = UNSET
    reason_code: ReasonCodeInInventoryReceiptLineDto | Unset = UNSET
    description: str | Unset = UNSET
    attachments: list[AttachmentDto] | Unset = UNSET
    branch_number: BranchNumberDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        warehouse: dict[str, Any] | Unset = UNSET
        if not isinstance(self.warehouse, Unset):
            warehouse = self.warehouse.to_dict()

        unit_cost = self.unit_cost

        ext_cost = self.ext_cost

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        project_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_task, Unset):
            project_task = self.project_task.to_dict()

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
        if warehouse is not UNSET:
            field_dict["warehouse"] = warehouse
        if unit_cost is not UNSET:
            field_dict["unitCost"] = unit_cost
        if ext_cost is not UNSET:
            field_dict["extCost"] = ext_cost
        if project is not UNSET:
            field_dict["project"] = project
        if project_task is not UNSET:
            field_dict["projectTask"] = project_task
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
        _value = _rest.pop("warehouse", UNSET)
        _instance.warehouse = UNSET if _value is UNSET else _models.WarehouseInInventoryReceiptLineDto.from_dict(_value)
        _instance.unit_cost = _rest.pop("unitCost", UNSET)
        _instance.ext_cost = _rest.pop("extCost", UNSET)
        _value = _rest.pop("project", UNSET)
        _instance.project = UNSET if _value is UNSET else _models.ProjectInInventoryReceiptLineDto.from_dict(_value)
        _value = _rest.pop("projectTask", UNSET)
        _instance.project_task = (
            UNSET if _value is UNSET else _models.ProjectTaskInInventoryReceiptLineDto.from_dict(_value)
        )
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
            UNSET if _value is UNSET else _models.InventoryItemInInventoryReceiptLineDto.from_dict(_value)
        )
        _value = _rest.pop("location", UNSET)
        _instance.location = UNSET if _value is UNSET else _models.LocationInInventoryReceiptLineDto.from_dict(_value)
        _instance.quantity = _rest.pop("quantity", UNSET)
        _instance.uom = _rest.pop("uom", UNSET)
        _value = _rest.pop("reasonCode", UNSET)
        _instance.reason_code = (
            UNSET if _value is UNSET else _models.ReasonCodeInInventoryReceiptLineDto.from_dict(_value)
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
