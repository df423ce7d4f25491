from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sales_order_line_update_dto_operation import (
    SalesOrderLineUpdateDtoOperation,
    check_sales_order_line_update_dto_operation,
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


@_attrs_define
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

        d = dict(src_dict)
        inventory_number = InventoryNumberInSalesOrderLineUpdateDto.from_dict(d.pop("inventoryNumber"))

        _invoice_nbr = d.pop("invoiceNbr", UNSET)
        invoice_nbr: DtoValueOfString | Unset
        if isinstance(_invoice_nbr, Unset):
            invoice_nbr = UNSET
        else:
            invoice_nbr = DtoValueOfString.from_dict(_invoice_nbr)

        _sales_order_operation = d.pop("salesOrderOperation", UNSET)
        sales_order_operation: DtoValueOfNullableOfSalesOrderOperations | Unset
        if isinstance(_sales_order_operation, Unset):
            sales_order_operation = UNSET
        else:
            sales_order_operation = DtoValueOfNullableOfSalesOrderOperations.from_dict(_sales_order_operation)

        _free_item = d.pop("freeItem", UNSET)
        free_item: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_free_item, Unset):
            free_item = UNSET
        else:
            free_item = DtoValueOfNullableOfBoolean.from_dict(_free_item)

        _requested_on = d.pop("requestedOn", UNSET)
        requested_on: DtoValueOfNullableOfDateTime | Unset
        if isinstance(_requested_on, Unset):
            requested_on = UNSET
        else:
            requested_on = DtoValueOfNullableOfDateTime.from_dict(_requested_on)

        _ship_on = d.pop("shipOn", UNSET)
        ship_on: DtoValueOfNullableOfDateTime | Unset
        if isinstance(_ship_on, Unset):
            ship_on = UNSET
        else:
            ship_on = DtoValueOfNullableOfDateTime.from_dict(_ship_on)

        _ship_complete = d.pop("shipComplete", UNSET)
        ship_complete: DtoValueOfNullableOfSalesOrderShipCompleteStatuses | Unset
        if isinstance(_ship_complete, Unset):
            ship_complete = UNSET
        else:
            ship_complete = DtoValueOfNullableOfSalesOrderShipCompleteStatuses.from_dict(_ship_complete)

        _undership_threshold = d.pop("undershipThreshold", UNSET)
        undership_threshold: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_undership_threshold, Unset):
            undership_threshold = UNSET
        else:
            undership_threshold = DtoValueOfNullableOfDecimal.from_dict(_undership_threshold)

        _overship_threshold = d.pop("overshipThreshold", UNSET)
        overship_threshold: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_overship_threshold, Unset):
            overship_threshold = UNSET
        else:
            overship_threshold = DtoValueOfNullableOfDecimal.from_dict(_overship_threshold)

        _completed = d.pop("completed", UNSET)
        completed: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_completed, Unset):
            completed = UNSET
        else:
            completed = DtoValueOfNullableOfBoolean.from_dict(_completed)

        _mark_for_po = d.pop("markForPO", UNSET)
        mark_for_po: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_mark_for_po, Unset):
            mark_for_po = UNSET
        else:
            mark_for_po = DtoValueOfNullableOfBoolean.from_dict(_mark_for_po)

        _po_source = d.pop("poSource", UNSET)
        po_source: DtoValueOfNullableOfInventoryReplenishmentSources | Unset
        if isinstance(_po_source, Unset):
            po_source = UNSET
        else:
            po_source = DtoValueOfNullableOfInventoryReplenishmentSources.from_dict(_po_source)

        _lot_serial_nbr = d.pop("lotSerialNbr", UNSET)
        lot_serial_nbr: DtoValueOfString | Unset
        if isinstance(_lot_serial_nbr, Unset):
            lot_serial_nbr = UNSET
        else:
            lot_serial_nbr = DtoValueOfString.from_dict(_lot_serial_nbr)

        _expiration_date = d.pop("expirationDate", UNSET)
        expiration_date: DtoValueOfNullableOfDateTime | Unset
        if isinstance(_expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = DtoValueOfNullableOfDateTime.from_dict(_expiration_date)

        _reason_code = d.pop("reasonCode", UNSET)
        reason_code: DtoValueOfString | Unset
        if isinstance(_reason_code, Unset):
            reason_code = UNSET
        else:
            reason_code = DtoValueOfString.from_dict(_reason_code)

        _sales_person = d.pop("salesPerson", UNSET)
        sales_person: DtoValueOfString | Unset
        if isinstance(_sales_person, Unset):
            sales_person = UNSET
        else:
            sales_person = DtoValueOfString.from_dict(_sales_person)

        _tax_category = d.pop("taxCategory", UNSET)
        tax_category: DtoValueOfString | Unset
        if isinstance(_tax_category, Unset):
            tax_category = UNSET
        else:
            tax_category = DtoValueOfString.from_dict(_tax_category)

        _commissionable = d.pop("commissionable", UNSET)
        commissionable: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_commissionable, Unset):
            commissionable = UNSET
        else:
            commissionable = DtoValueOfNullableOfBoolean.from_dict(_commissionable)

        _alternate_id = d.pop("alternateID", UNSET)
        alternate_id: DtoValueOfString | Unset
        if isinstance(_alternate_id, Unset):
            alternate_id = UNSET
        else:
            alternate_id = DtoValueOfString.from_dict(_alternate_id)

        _project_task = d.pop("projectTask", UNSET)
        project_task: DtoValueOfString | Unset
        if isinstance(_project_task, Unset):
            project_task = UNSET
        else:
            project_task = DtoValueOfString.from_dict(_project_task)

        _subaccount = d.pop("subaccount", UNSET)
        subaccount: list[SegmentUpdateDto] | Unset = UNSET
        if _subaccount is not UNSET:
            subaccount = []
            for subaccount_item_data in _subaccount:
                subaccount_item = SegmentUpdateDto.from_dict(subaccount_item_data)

                subaccount.append(subaccount_item)

        _external_link = d.pop("externalLink", UNSET)
        external_link: DtoValueOfString | Unset
        if isinstance(_external_link, Unset):
            external_link = UNSET
        else:
            external_link = DtoValueOfString.from_dict(_external_link)

        _is_rot_rut_deductible = d.pop("isRotRutDeductible", UNSET)
        is_rot_rut_deductible: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_is_rot_rut_deductible, Unset):
            is_rot_rut_deductible = UNSET
        else:
            is_rot_rut_deductible = DtoValueOfNullableOfBoolean.from_dict(_is_rot_rut_deductible)

        _branch_number = d.pop("branchNumber", UNSET)
        branch_number: DtoValueOfString | Unset
        if isinstance(_branch_number, Unset):
            branch_number = UNSET
        else:
            branch_number = DtoValueOfString.from_dict(_branch_number)

        _operation = d.pop("operation", UNSET)
        operation: SalesOrderLineUpdateDtoOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = check_sales_order_line_update_dto_operation(_operation)

        _line_nbr = d.pop("lineNbr", UNSET)
        line_nbr: DtoValueOfNullableOfInt32 | Unset
        if isinstance(_line_nbr, Unset):
            line_nbr = UNSET
        else:
            line_nbr = DtoValueOfNullableOfInt32.from_dict(_line_nbr)

        _inventory_id = d.pop("inventoryId", UNSET)
        inventory_id: InventoryIdInSalesOrderLineUpdateDto | Unset
        if isinstance(_inventory_id, Unset):
            inventory_id = UNSET
        else:
            inventory_id = InventoryIdInSalesOrderLineUpdateDto.from_dict(_inventory_id)

        _warehouse = d.pop("warehouse", UNSET)
        warehouse: DtoValueOfString | Unset
        if isinstance(_warehouse, Unset):
            warehouse = UNSET
        else:
            warehouse = DtoValueOfString.from_dict(_warehouse)

        _uom = d.pop("uom", UNSET)
        uom: DtoValueOfString | Unset
        if isinstance(_uom, Unset):
            uom = UNSET
        else:
            uom = DtoValueOfString.from_dict(_uom)

        _quantity = d.pop("quantity", UNSET)
        quantity: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_quantity, Unset):
            quantity = UNSET
        else:
            quantity = DtoValueOfNullableOfDecimal.from_dict(_quantity)

        _unit_cost = d.pop("unitCost", UNSET)
        unit_cost: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_unit_cost, Unset):
            unit_cost = UNSET
        else:
            unit_cost = DtoValueOfNullableOfDecimal.from_dict(_unit_cost)

        _unit_price = d.pop("unitPrice", UNSET)
        unit_price: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_unit_price, Unset):
            unit_price = UNSET
        else:
            unit_price = DtoValueOfNullableOfDecimal.from_dict(_unit_price)

        _discount_percent = d.pop("discountPercent", UNSET)
        discount_percent: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_discount_percent, Unset):
            discount_percent = UNSET
        else:
            discount_percent = DtoValueOfNullableOfDecimal.from_dict(_discount_percent)

        _discount_amount = d.pop("discountAmount", UNSET)
        discount_amount: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_discount_amount, Unset):
            discount_amount = UNSET
        else:
            discount_amount = DtoValueOfNullableOfDecimal.from_dict(_discount_amount)

        _discount_code = d.pop("discountCode", UNSET)
        discount_code: DtoValueOfString | Unset
        if isinstance(_discount_code, Unset):
            discount_code = UNSET
        else:
            discount_code = DtoValueOfString.from_dict(_discount_code)

        _manual_discount = d.pop("manualDiscount", UNSET)
        manual_discount: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_manual_discount, Unset):
            manual_discount = UNSET
        else:
            manual_discount = DtoValueOfNullableOfBoolean.from_dict(_manual_discount)

        _disc_unit_price = d.pop("discUnitPrice", UNSET)
        disc_unit_price: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_disc_unit_price, Unset):
            disc_unit_price = UNSET
        else:
            disc_unit_price = DtoValueOfNullableOfDecimal.from_dict(_disc_unit_price)

        _line_description = d.pop("lineDescription", UNSET)
        line_description: DtoValueOfString | Unset
        if isinstance(_line_description, Unset):
            line_description = UNSET
        else:
            line_description = DtoValueOfString.from_dict(_line_description)

        _note = d.pop("note", UNSET)
        note: DtoValueOfString | Unset
        if isinstance(_note, Unset):
            note = UNSET
        else:
            note = DtoValueOfString.from_dict(_note)

        sales_order_line_update_dto = cls(
            inventory_number=inventory_number,
            invoice_nbr=invoice_nbr,
            sales_order_operation=sales_order_operation,
            free_item=free_item,
            requested_on=requested_on,
            ship_on=ship_on,
            ship_complete=ship_complete,
            undership_threshold=undership_threshold,
            overship_threshold=overship_threshold,
            completed=completed,
            mark_for_po=mark_for_po,
            po_source=po_source,
            lot_serial_nbr=lot_serial_nbr,
            expiration_date=expiration_date,
            reason_code=reason_code,
            sales_person=sales_person,
            tax_category=tax_category,
            commissionable=commissionable,
            alternate_id=alternate_id,
            project_task=project_task,
            subaccount=subaccount,
            external_link=external_link,
            is_rot_rut_deductible=is_rot_rut_deductible,
            branch_number=branch_number,
            operation=operation,
            line_nbr=line_nbr,
            inventory_id=inventory_id,
            warehouse=warehouse,
            uom=uom,
            quantity=quantity,
            unit_cost=unit_cost,
            unit_price=unit_price,
            discount_percent=discount_percent,
            discount_amount=discount_amount,
            discount_code=discount_code,
            manual_discount=manual_discount,
            disc_unit_price=disc_unit_price,
            line_description=line_description,
            note=note,
        )

        sales_order_line_update_dto.additional_properties = d
        return sales_order_line_update_dto

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
