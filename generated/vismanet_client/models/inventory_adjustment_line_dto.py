from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_dto import AttachmentDto
    from ..models.branch_number_dto import BranchNumberDto
    from ..models.inventory_item_in_inventory_adjustment_line_dto import InventoryItemInInventoryAdjustmentLineDto
    from ..models.location_in_inventory_adjustment_line_dto import LocationInInventoryAdjustmentLineDto
    from ..models.reason_code_in_inventory_adjustment_line_dto import ReasonCodeInInventoryAdjustmentLineDto
    from ..models.warehouse_in_inventory_adjustment_line_dto import WarehouseInInventoryAdjustmentLineDto


T = TypeVar("T", bound="InventoryAdjustmentLineDto")


@_attrs_define
class InventoryAdjustmentLineDto:
    """
    Attributes:
        warehouse (WarehouseInInventoryAdjustmentLineDto | Unset): Mandatory field: Warehouse* &gt; The warehouse where
            the item is stocked.
        unit_cost (float | Unset): Unit cost &gt; The cost of the unit used as base unit for the stock item.
        ext_cost (float | Unset): Cost &gt; The cost of the item.
        receipt_number (str | Unset): Receipt no. &gt; Reference number for the receipt for the stock item.
        po_receipt_number (str | Unset): Purchase order receipt number
        line_number (int | Unset):
        inventory_item (InventoryItemInInventoryAdjustmentLineDto | Unset): Mandatory field: Item ID* &gt; The ID of the
            goods to be transferred.
        location (LocationInInventoryAdjustmentLineDto | Unset): Location &gt; The warehouse location from which the
            goods are transferred.
        quantity (float | Unset): Quantity &gt; The quantity of the transferred goods (in the units indicated below).
        uom (str | Unset): Mandatory field: UoM* &gt; The unit of measure (UoM) used for the goods to be transferred.
        reason_code (ReasonCodeInInventoryAdjustmentLineDto | Unset): Reason code &gt; The reason code associated with
            the transferred goods.
        description (str | Unset): Description &gt; A brief description of the goods transfer transaction.
        attachments (list[AttachmentDto] | Unset):
        branch_number (BranchNumberDto | Unset):
    """

    warehouse: WarehouseInInventoryAdjustmentLineDto | Unset = UNSET
    unit_cost: float | Unset = UNSET
    ext_cost: float | Unset = UNSET
    receipt_number: str | Unset = UNSET
    po_receipt_number: str | Unset = UNSET
    line_number: int | Unset = UNSET
    inventory_item: InventoryItemInInventoryAdjustmentLineDto | Unset = UNSET
    location: LocationInInventoryAdjustmentLineDto | Unset = UNSET
    quantity: float | Unset = UNSET
    uom: str | Unset = UNSET
    reason_code: ReasonCodeInInventoryAdjustmentLineDto | Unset = UNSET
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

        receipt_number = self.receipt_number

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
        if receipt_number is not UNSET:
            field_dict["receiptNumber"] = receipt_number
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
        from ..models.attachment_dto import AttachmentDto
        from ..models.branch_number_dto import BranchNumberDto
        from ..models.inventory_item_in_inventory_adjustment_line_dto import InventoryItemInInventoryAdjustmentLineDto
        from ..models.location_in_inventory_adjustment_line_dto import LocationInInventoryAdjustmentLineDto
        from ..models.reason_code_in_inventory_adjustment_line_dto import ReasonCodeInInventoryAdjustmentLineDto
        from ..models.warehouse_in_inventory_adjustment_line_dto import WarehouseInInventoryAdjustmentLineDto

        d = dict(src_dict)
        _warehouse = d.pop("warehouse", UNSET)
        warehouse: WarehouseInInventoryAdjustmentLineDto | Unset
        if isinstance(_warehouse, Unset):
            warehouse = UNSET
        else:
            warehouse = WarehouseInInventoryAdjustmentLineDto.from_dict(_warehouse)

        unit_cost = d.pop("unitCost", UNSET)

        ext_cost = d.pop("extCost", UNSET)

        receipt_number = d.pop("receiptNumber", UNSET)

        po_receipt_number = d.pop("poReceiptNumber", UNSET)

        line_number = d.pop("lineNumber", UNSET)

        _inventory_item = d.pop("inventoryItem", UNSET)
        inventory_item: InventoryItemInInventoryAdjustmentLineDto | Unset
        if isinstance(_inventory_item, Unset):
            inventory_item = UNSET
        else:
            inventory_item = InventoryItemInInventoryAdjustmentLineDto.from_dict(_inventory_item)

        _location = d.pop("location", UNSET)
        location: LocationInInventoryAdjustmentLineDto | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = LocationInInventoryAdjustmentLineDto.from_dict(_location)

        quantity = d.pop("quantity", UNSET)

        uom = d.pop("uom", UNSET)

        _reason_code = d.pop("reasonCode", UNSET)
        reason_code: ReasonCodeInInventoryAdjustmentLineDto | Unset
        if isinstance(_reason_code, Unset):
            reason_code = UNSET
        else:
            reason_code = ReasonCodeInInventoryAdjustmentLineDto.from_dict(_reason_code)

        description = d.pop("description", UNSET)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[AttachmentDto] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = AttachmentDto.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        _branch_number = d.pop("branchNumber", UNSET)
        branch_number: BranchNumberDto | Unset
        if isinstance(_branch_number, Unset):
            branch_number = UNSET
        else:
            branch_number = BranchNumberDto.from_dict(_branch_number)

        inventory_adjustment_line_dto = cls(
            warehouse=warehouse,
            unit_cost=unit_cost,
            ext_cost=ext_cost,
            receipt_number=receipt_number,
            po_receipt_number=po_receipt_number,
            line_number=line_number,
            inventory_item=inventory_item,
            location=location,
            quantity=quantity,
            uom=uom,
            reason_code=reason_code,
            description=description,
            attachments=attachments,
            branch_number=branch_number,
        )

        inventory_adjustment_line_dto.additional_properties = d
        return inventory_adjustment_line_dto

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
