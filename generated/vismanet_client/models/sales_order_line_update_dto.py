from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.sales_order_line_update_dto_operation import (
    SalesOrderLineUpdateDtoOperation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_nullable_of_int_32 import DtoValueOfNullableOfInt32
    from ..models.dto_value_of_nullable_of_inventory_replenishment_sources import (
        DtoValueOfNullableOfInventoryReplenishmentSources,
    )
    from ..models.dto_value_of_nullable_of_sales_order_operations import DtoValueOfNullableOfSalesOrderOperations
    from ..models.dto_value_of_nullable_of_sales_order_ship_complete_statuses import (
        DtoValueOfNullableOfSalesOrderShipCompleteStatuses,
    )
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.inventory_id_in_sales_order_line_update_dto import InventoryIdInSalesOrderLineUpdateDto
    from ..models.inventory_number_in_sales_order_line_update_dto import InventoryNumberInSalesOrderLineUpdateDto
    from ..models.segment_update_dto import SegmentUpdateDto


T = TypeVar("T", bound="SalesOrderLineUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "inventory_number",
    "invoice_nbr",
    "sales_order_operation",
    "free_item",
    "requested_on",
    "ship_on",
    "ship_complete",
    "undership_threshold",
    "overship_threshold",
    "completed",
    "mark_for_po",
    "po_source",
    "lot_serial_nbr",
    "expiration_date",
    "reason_code",
    "sales_person",
    "tax_category",
    "commissionable",
    "alternate_id",
    "project_task",
    "subaccount",
    "external_link",
    "is_rot_rut_deductible",
    "branch_number",
    "operation",
    "line_nbr",
    "inventory_id",
    "warehouse",
    "uom",
    "quantity",
    "unit_cost",
    "unit_price",
    "discount_percent",
    "discount_amount",
    "discount_code",
    "manual_discount",
    "disc_unit_price",
    "line_description",
    "note",
)


@_attrs_define(repr=False)
class SalesOrderLineUpdateDto:
    """This class represent a Sales Order Line in Sales Order Controller. Used to pass data to server for creating or
    updating an order line

        Attributes:
            inventory_number (InventoryNumberInSalesOrderLineUpdateDto): Mandatory field
            invoice_nbr (DtoValueOfString | Unset):
            sales_order_operation (DtoValueOfNullableOfSalesOrderOperations | Unset):
            free_item (DtoValueOfNullableOfBoolean | Unset):
            requested_on (DtoValueOfNullableOfDateTime | Unset):
            ship_on (DtoValueOfNullableOfDateTime | Unset):
            ship_complete (DtoValueOfNullableOfSalesOrderShipCompleteStatuses | Unset):
            undership_threshold (DtoValueOfNullableOfDecimal | Unset):
            overship_threshold (DtoValueOfNullableOfDecimal | Unset):
            completed (DtoValueOfNullableOfBoolean | Unset):
            mark_for_po (DtoValueOfNullableOfBoolean | Unset):
            po_source (DtoValueOfNullableOfInventoryReplenishmentSources | Unset):
            lot_serial_nbr (DtoValueOfString | Unset):
            expiration_date (DtoValueOfNullableOfDateTime | Unset):
            reason_code (DtoValueOfString | Unset):
            sales_person (DtoValueOfString | Unset):
            tax_category (DtoValueOfString | Unset):
            commissionable (DtoValueOfNullableOfBoolean | Unset):
            alternate_id (DtoValueOfString | Unset):
            project_task (DtoValueOfString | Unset):
            subaccount (list[SegmentUpdateDto] | Unset):
            external_link (DtoValueOfString | Unset):
            is_rot_rut_deductible (DtoValueOfNullableOfBoolean | Unset):
            branch_number (DtoValueOfString | Unset):
            operation (SalesOrderLineUpdateDtoOperation | Unset):
            line_nbr (DtoValueOfNullableOfInt32 | Unset):
            inventory_id (InventoryIdInSalesOrderLineUpdateDto | Unset): InventoryId is deprecated, please use
                InventoryNumber instead.
            warehouse (DtoValueOfString | Unset):
            uom (DtoValueOfString | Unset):
            quantity (DtoValueOfNullableOfDecimal | Unset):
            unit_cost (DtoValueOfNullableOfDecimal | Unset):
            unit_price (DtoValueOfNullableOfDecimal | Unset):
            discount_percent (DtoValueOfNullableOfDecimal | Unset):
            discount_amount (DtoValueOfNullableOfDecimal | Unset):
            discount_code (DtoValueOfString | Unset):
            manual_discount (DtoValueOfNullableOfBoolean | Unset):
            disc_unit_price (DtoValueOfNullableOfDecimal | Unset):
            line_description (DtoValueOfString | Unset):
            note (DtoValueOfString | Unset):
    """

    inventory_number: InventoryNumberInSalesOrderLineUpdateDto
    invoice_nbr: DtoValueOfString | Unset = UNSET
    sales_order_operation: DtoValueOfNullableOfSalesOrderOperations | Unset = UNSET
    free_item: DtoValueOfNullableOfBoolean | Unset = UNSET
    requested_on: DtoValueOfNullableOfDateTime | Unset = UNSET
    ship_on: DtoValueOfNullableOfDateTime | Unset = UNSET
    ship_complete: DtoValueOfNullableOfSalesOrderShipCompleteStatuses | Unset = UNSET
    undership_threshold: DtoValueOfNullableOfDecimal | Unset = UNSET
    overship_threshold: DtoValueOfNullableOfDecimal | Unset = UNSET
    completed: DtoValueOfNullableOfBoolean | Unset = UNSET
    mark_for_po: DtoValueOfNullableOfBoolean | Unset = UNSET
    po_source: DtoValueOfNullableOfInventoryReplenishmentSources | Unset = UNSET
    lot_serial_nbr: DtoValueOfString | Unset = UNSET
    expiration_date: DtoValueOfNullableOfDateTime | Unset = UNSET
    reason_code: DtoValueOfString | Unset = UNSET
    sales_person: DtoValueOfString | Unset = UNSET
    tax_category: DtoValueOfString | Unset = UNSET
    commissionable: DtoValueOfNullableOfBoolean | Unset = UNSET
    alternate_id: DtoValueOfString | Unset = UNSET
    project_task: DtoValueOfString | Unset = UNSET
    subaccount: list[SegmentUpdateDto] | Unset = UNSET
    external_link: DtoValueOfString | Unset = UNSET
    is_rot_rut_deductible: DtoValueOfNullableOfBoolean | Unset = UNSET
    branch_number: DtoValueOfString | Unset = UNSET
    operation: SalesOrderLineUpdateDtoOperation | Unset = UNSET
    line_nbr: DtoValueOfNullableOfInt32 | Unset = UNSET
    inventory_id: InventoryIdInSalesOrderLineUpdateDto | Unset = UNSET
    warehouse: DtoValueOfString | Unset = UNSET
    uom: DtoValueOfString | Unset = UNSET
    quantity: DtoValueOfNullableOfDecimal | Unset = UNSET
    unit_cost: DtoValueOfNullableOfDecimal | Unset = UNSET
    unit_price: DtoValueOfNullableOfDecimal | Unset = UNSET
    discount_percent: DtoValueOfNullableOfDecimal | Unset = UNSET
    discount_amount: DtoValueOfNullableOfDecimal | Unset = UNSET
    discount_code: DtoValueOfString | Unset = UNSET
    manual_discount: DtoValueOfNullableOfBoolean | Unset = UNSET
    disc_unit_price: DtoValueOfNullableOfDecimal | Unset = UNSET
    line_description: DtoValueOfString | Unset = UNSET
    note: DtoValueOfString | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inventory_number = self.inventory_number.to_dict()

        invoice_nbr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_nbr, Unset):
            invoice_nbr = self.invoice_nbr.to_dict()

        sales_order_operation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_order_operation, Unset):
            sales_order_operation = self.sales_order_operation.to_dict()

        free_item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.free_item, Unset):
            free_item = self.free_item.to_dict()

        requested_on: dict[str, Any] | Unset = UNSET
        if not isinstance(self.requested_on, Unset):
            requested_on = self.requested_on.to_dict()

        ship_on: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_on, Unset):
            ship_on = self.ship_on.to_dict()

        ship_complete: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_complete, Unset):
            ship_complete = self.ship_complete.to_dict()

        undership_threshold: dict[str, Any] | Unset = UNSET
        if not isinstance(self.undership_threshold, Unset):
            undership_threshold = self.undership_threshold.to_dict()

        overship_threshold: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overship_threshold, Unset):
            overship_threshold = self.overship_threshold.to_dict()

        completed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.completed, Unset):
            completed = self.completed.to_dict()

        mark_for_po: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mark_for_po, Unset):
            mark_for_po = self.mark_for_po.to_dict()

        po_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.po_source, Unset):
            po_source = self.po_source.to_dict()

        lot_serial_nbr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lot_serial_nbr, Unset):
            lot_serial_nbr = self.lot_serial_nbr.to_dict()

        expiration_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.to_dict()

        reason_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reason_code, Unset):
            reason_code = self.reason_code.to_dict()

        sales_person: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_person, Unset):
            sales_person = self.sales_person.to_dict()

        tax_category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_category, Unset):
            tax_category = self.tax_category.to_dict()

        commissionable: dict[str, Any] | Unset = UNSET
        if not isinstance(self.commissionable, Unset):
            commissionable = self.commissionable.to_dict()

        alternate_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.alternate_id, Unset):
            alternate_id = self.alternate_id.to_dict()

        project_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_task, Unset):
            project_task = self.project_task.to_dict()

        subaccount: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subaccount, Unset):
            subaccount = []
            for subaccount_item_data in self.subaccount:
                subaccount_item = subaccount_item_data.to_dict()
                subaccount.append(subaccount_item)

        external_link: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_link, Unset):
            external_link = self.external_link.to_dict()

        is_rot_rut_deductible: dict[str, Any] | Unset = UNSET
        if not isinstance(self.is_rot_rut_deductible, Unset):
            is_rot_rut_deductible = self.is_rot_rut_deductible.to_dict()

        branch_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch_number, Unset):
            branch_number = self.branch_number.to_dict()

        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        line_nbr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_nbr, Unset):
            line_nbr = self.line_nbr.to_dict()

        inventory_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_id, Unset):
            inventory_id = self.inventory_id.to_dict()

        warehouse: dict[str, Any] | Unset = UNSET
        if not isinstance(self.warehouse, Unset):
            warehouse = self.warehouse.to_dict()

        uom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.uom, Unset):
            uom = self.uom.to_dict()

        quantity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quantity, Unset):
            quantity = self.quantity.to_dict()

        unit_cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit_cost, Unset):
            unit_cost = self.unit_cost.to_dict()

        unit_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit_price, Unset):
            unit_price = self.unit_price.to_dict()

        discount_percent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_percent, Unset):
            discount_percent = self.discount_percent.to_dict()

        discount_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_amount, Unset):
            discount_amount = self.discount_amount.to_dict()

        discount_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_code, Unset):
            discount_code = self.discount_code.to_dict()

        manual_discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.manual_discount, Unset):
            manual_discount = self.manual_discount.to_dict()

        disc_unit_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.disc_unit_price, Unset):
            disc_unit_price = self.disc_unit_price.to_dict()

        line_description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_description, Unset):
            line_description = self.line_description.to_dict()

        note: dict[str, Any] | Unset = UNSET
        if not isinstance(self.note, Unset):
            note = self.note.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inventoryNumber": inventory_number,
            }
        )
        if invoice_nbr is not UNSET:
            field_dict["invoiceNbr"] = invoice_nbr
        if sales_order_operation is not UNSET:
            field_dict["salesOrderOperation"] = sales_order_operation
        if free_item is not UNSET:
            field_dict["freeItem"] = free_item
        if requested_on is not UNSET:
            field_dict["requestedOn"] = requested_on
        if ship_on is not UNSET:
            field_dict["shipOn"] = ship_on
        if ship_complete is not UNSET:
            field_dict["shipComplete"] = ship_complete
        if undership_threshold is not UNSET:
            field_dict["undershipThreshold"] = undership_threshold
        if overship_threshold is not UNSET:
            field_dict["overshipThreshold"] = overship_threshold
        if completed is not UNSET:
            field_dict["completed"] = completed
        if mark_for_po is not UNSET:
            field_dict["markForPO"] = mark_for_po
        if po_source is not UNSET:
            field_dict["poSource"] = po_source
        if lot_serial_nbr is not UNSET:
            field_dict["lotSerialNbr"] = lot_serial_nbr
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date
        if reason_code is not UNSET:
            field_dict["reasonCode"] = reason_code
        if sales_person is not UNSET:
            field_dict["salesPerson"] = sales_person
        if tax_category is not UNSET:
            field_dict["taxCategory"] = tax_category
        if commissionable is not UNSET:
            field_dict["commissionable"] = commissionable
        if alternate_id is not UNSET:
            field_dict["alternateID"] = alternate_id
        if project_task is not UNSET:
            field_dict["projectTask"] = project_task
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if external_link is not UNSET:
            field_dict["externalLink"] = external_link
        if is_rot_rut_deductible is not UNSET:
            field_dict["isRotRutDeductible"] = is_rot_rut_deductible
        if branch_number is not UNSET:
            field_dict["branchNumber"] = branch_number
        if operation is not UNSET:
            field_dict["operation"] = operation
        if line_nbr is not UNSET:
            field_dict["lineNbr"] = line_nbr
        if inventory_id is not UNSET:
            field_dict["inventoryId"] = inventory_id
        if warehouse is not UNSET:
            field_dict["warehouse"] = warehouse
        if uom is not UNSET:
            field_dict["uom"] = uom
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if unit_cost is not UNSET:
            field_dict["unitCost"] = unit_cost
        if unit_price is not UNSET:
            field_dict["unitPrice"] = unit_price
        if discount_percent is not UNSET:
            field_dict["discountPercent"] = discount_percent
        if discount_amount is not UNSET:
            field_dict["discountAmount"] = discount_amount
        if discount_code is not UNSET:
            field_dict["discountCode"] = discount_code
        if manual_discount is not UNSET:
            field_dict["manualDiscount"] = manual_discount
        if disc_unit_price is not UNSET:
            field_dict["discUnitPrice"] = disc_unit_price
        if line_description is not UNSET:
            field_dict["lineDescription"] = line_description
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("inventoryNumber")
        _instance.inventory_number = _models.InventoryNumberInSalesOrderLineUpdateDto.from_dict(_value)
        _value = _rest.pop("invoiceNbr", UNSET)
        _instance.invoice_nbr = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("salesOrderOperation", UNSET)
        _instance.sales_order_operation = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfSalesOrderOperations.from_dict(_value)
        )
        _value = _rest.pop("freeItem", UNSET)
        _instance.free_item = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("requestedOn", UNSET)
        _instance.requested_on = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDateTime.from_dict(_value)
        _value = _rest.pop("shipOn", UNSET)
        _instance.ship_on = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDateTime.from_dict(_value)
        _value = _rest.pop("shipComplete", UNSET)
        _instance.ship_complete = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfSalesOrderShipCompleteStatuses.from_dict(_value)
        )
        _value = _rest.pop("undershipThreshold", UNSET)
        _instance.undership_threshold = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        )
        _value = _rest.pop("overshipThreshold", UNSET)
        _instance.overship_threshold = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        )
        _value = _rest.pop("completed", UNSET)
        _instance.completed = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("markForPO", UNSET)
        _instance.mark_for_po = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("poSource", UNSET)
        _instance.po_source = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfInventoryReplenishmentSources.from_dict(_value)
        )
        _value = _rest.pop("lotSerialNbr", UNSET)
        _instance.lot_serial_nbr = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("expirationDate", UNSET)
        _instance.expiration_date = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDateTime.from_dict(_value)
        _value = _rest.pop("reasonCode", UNSET)
        _instance.reason_code = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("salesPerson", UNSET)
        _instance.sales_person = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("taxCategory", UNSET)
        _instance.tax_category = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("commissionable", UNSET)
        _instance.commissionable = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("alternateID", UNSET)
        _instance.alternate_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("projectTask", UNSET)
        _instance.project_task = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("subaccount", UNSET)
        _instance.subaccount = (
            UNSET
            if _value is UNSET
            else [_models.SegmentUpdateDto.from_dict(subaccount_item_data) for subaccount_item_data in _value]
        )
        _value = _rest.pop("externalLink", UNSET)
        _instance.external_link = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("isRotRutDeductible", UNSET)
        _instance.is_rot_rut_deductible = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        )
        _value = _rest.pop("branchNumber", UNSET)
        _instance.branch_number = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _instance.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("lineNbr", UNSET)
        _instance.line_nbr = UNSET if _value is UNSET else _models.DtoValueOfNullableOfInt32.from_dict(_value)
        _value = _rest.pop("inventoryId", UNSET)
        _instance.inventory_id = (
            UNSET if _value is UNSET else _models.InventoryIdInSalesOrderLineUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("warehouse", UNSET)
        _instance.warehouse = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("uom", UNSET)
        _instance.uom = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("quantity", UNSET)
        _instance.quantity = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("unitCost", UNSET)
        _instance.unit_cost = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("unitPrice", UNSET)
        _instance.unit_price = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("discountPercent", UNSET)
        _instance.discount_percent = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("discountAmount", UNSET)
        _instance.discount_amount = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("discountCode", UNSET)
        _instance.discount_code = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("manualDiscount", UNSET)
        _instance.manual_discount = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("discUnitPrice", UNSET)
        _instance.disc_unit_price = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("lineDescription", UNSET)
        _instance.line_description = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("note", UNSET)
        _instance.note = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
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
