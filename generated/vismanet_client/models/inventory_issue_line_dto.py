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
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

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
class InventoryIssueLineDto(GeneratedModel):
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

    transaction_type: InventoryIssueLineDtoTransactionType | Unset | None = UNSET
    warehouse: WarehouseInInventoryIssueLineDto | Unset | None = UNSET
    unit_cost: float | Unset | None = UNSET
    ext_cost: float | Unset | None = UNSET
    unit_price: float | Unset | None = UNSET
    ext_price: float | Unset | None = UNSET
    project: ProjectInInventoryIssueLineDto | Unset | None = UNSET
    project_task: ProjectTaskInInventoryIssueLineDto | Unset | None = UNSET
    lot_serial_number: str | Unset | None = UNSET
    expiration_date: datetime.datetime | Unset | None = UNSET
    allocations: list[INAllocationsDto] | Unset | None = UNSET
    po_receipt_number: str | Unset | None = UNSET
    line_number: int | Unset | None = UNSET
    inventory_item: InventoryItemInInventoryIssueLineDto | Unset | None = UNSET
    location: LocationInInventoryIssueLineDto | Unset | None = UNSET
    quantity: float | Unset | None = UNSET
    uom: str | Unset | None = UNSET
    reason_code: ReasonCodeInInventoryIssueLineDto | Unset | None = UNSET
    description: str | Unset | None = UNSET
    attachments: list[AttachmentDto] | Unset | None = UNSET
    branch_number: BranchNumberDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.transaction_type
        if _value is not UNSET:
            field_dict["transactionType"] = _value
        _value = self.warehouse
        if _value is not UNSET:
            field_dict["warehouse"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.unit_cost
        if _value is not UNSET:
            field_dict["unitCost"] = _value
        _value = self.ext_cost
        if _value is not UNSET:
            field_dict["extCost"] = _value
        _value = self.unit_price
        if _value is not UNSET:
            field_dict["unitPrice"] = _value
        _value = self.ext_price
        if _value is not UNSET:
            field_dict["extPrice"] = _value
        _value = self.project
        if _value is not UNSET:
            field_dict["project"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.project_task
        if _value is not UNSET:
            field_dict["projectTask"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.lot_serial_number
        if _value is not UNSET:
            field_dict["lotSerialNumber"] = _value
        _value = self.expiration_date
        if _value is not UNSET:
            field_dict["expirationDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
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
        _value = self.po_receipt_number
        if _value is not UNSET:
            field_dict["poReceiptNumber"] = _value
        _value = self.line_number
        if _value is not UNSET:
            field_dict["lineNumber"] = _value
        _value = self.inventory_item
        if _value is not UNSET:
            field_dict["inventoryItem"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.location
        if _value is not UNSET:
            field_dict["location"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.quantity
        if _value is not UNSET:
            field_dict["quantity"] = _value
        _value = self.uom
        if _value is not UNSET:
            field_dict["uom"] = _value
        _value = self.reason_code
        if _value is not UNSET:
            field_dict["reasonCode"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.attachments
        if _value is not UNSET:
            field_dict["attachments"] = (
                [
                    attachments_item_data.to_dict()
                    if isinstance(attachments_item_data, GeneratedModel)
                    else attachments_item_data
                    for attachments_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.branch_number
        if _value is not UNSET:
            field_dict["branchNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not InventoryIssueLineDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.transaction_type = _rest.pop("transactionType", UNSET)
        _value = _rest.pop("warehouse", UNSET)
        self.warehouse = (
            _models.WarehouseInInventoryIssueLineDto._vn_fill(_new(_models.WarehouseInInventoryIssueLineDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.unit_cost = _rest.pop("unitCost", UNSET)
        self.ext_cost = _rest.pop("extCost", UNSET)
        self.unit_price = _rest.pop("unitPrice", UNSET)
        self.ext_price = _rest.pop("extPrice", UNSET)
        _value = _rest.pop("project", UNSET)
        self.project = (
            _models.ProjectInInventoryIssueLineDto._vn_fill(_new(_models.ProjectInInventoryIssueLineDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("projectTask", UNSET)
        self.project_task = (
            _models.ProjectTaskInInventoryIssueLineDto._vn_fill(
                _new(_models.ProjectTaskInInventoryIssueLineDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        self.lot_serial_number = _rest.pop("lotSerialNumber", UNSET)
        _value = _rest.pop("expirationDate", UNSET)
        self.expiration_date = _parse_datetime(_value)
        _value = _rest.pop("allocations", UNSET)
        self.allocations = (
            [
                _models.INAllocationsDto._vn_fill(_new(_models.INAllocationsDto), allocations_item_data)
                if isinstance(allocations_item_data, dict)
                else allocations_item_data
                for allocations_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        self.po_receipt_number = _rest.pop("poReceiptNumber", UNSET)
        self.line_number = _rest.pop("lineNumber", UNSET)
        _value = _rest.pop("inventoryItem", UNSET)
        self.inventory_item = (
            _models.InventoryItemInInventoryIssueLineDto._vn_fill(
                _new(_models.InventoryItemInInventoryIssueLineDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("location", UNSET)
        self.location = (
            _models.LocationInInventoryIssueLineDto._vn_fill(_new(_models.LocationInInventoryIssueLineDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.quantity = _rest.pop("quantity", UNSET)
        self.uom = _rest.pop("uom", UNSET)
        _value = _rest.pop("reasonCode", UNSET)
        self.reason_code = (
            _models.ReasonCodeInInventoryIssueLineDto._vn_fill(_new(_models.ReasonCodeInInventoryIssueLineDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.description = _rest.pop("description", UNSET)
        _value = _rest.pop("attachments", UNSET)
        self.attachments = (
            [
                _models.AttachmentDto._vn_fill(_new(_models.AttachmentDto), attachments_item_data)
                if isinstance(attachments_item_data, dict)
                else attachments_item_data
                for attachments_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("branchNumber", UNSET)
        self.branch_number = (
            _models.BranchNumberDto._vn_fill(_new(_models.BranchNumberDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("transaction_type", "transactionType", False, "str"),
        ("warehouse", "warehouse", False, ("model", "WarehouseInInventoryIssueLineDto")),
        ("unit_cost", "unitCost", False, "float"),
        ("ext_cost", "extCost", False, "float"),
        ("unit_price", "unitPrice", False, "float"),
        ("ext_price", "extPrice", False, "float"),
        ("project", "project", False, ("model", "ProjectInInventoryIssueLineDto")),
        ("project_task", "projectTask", False, ("model", "ProjectTaskInInventoryIssueLineDto")),
        ("lot_serial_number", "lotSerialNumber", False, "str"),
        ("expiration_date", "expirationDate", False, "datetime"),
        ("allocations", "allocations", False, ("list", ("model", "INAllocationsDto"))),
        ("po_receipt_number", "poReceiptNumber", False, "str"),
        ("line_number", "lineNumber", False, "int"),
        ("inventory_item", "inventoryItem", False, ("model", "InventoryItemInInventoryIssueLineDto")),
        ("location", "location", False, ("model", "LocationInInventoryIssueLineDto")),
        ("quantity", "quantity", False, "float"),
        ("uom", "uom", False, "str"),
        ("reason_code", "reasonCode", False, ("model", "ReasonCodeInInventoryIssueLineDto")),
        ("description", "description", False, "str"),
        ("attachments", "attachments", False, ("list", ("model", "AttachmentDto"))),
        ("branch_number", "branchNumber", False, ("model", "BranchNumberDto")),
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


_Lazy = _lazy_twin(InventoryIssueLineDto)
