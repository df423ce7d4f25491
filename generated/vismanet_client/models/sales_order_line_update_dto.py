from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.sales_order_line_update_dto_operation import (
    SalesOrderLineUpdateDtoOperation,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

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
class SalesOrderLineUpdateDto(GeneratedModel):
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

    inventory_number: InventoryNumberInSalesOrderLineUpdateDto | None
    invoice_nbr: DtoValueOfString | Unset | None = UNSET
    sales_order_operation: DtoValueOfNullableOfSalesOrderOperations | Unset | None = UNSET
    free_item: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    requested_on: DtoValueOfNullableOfDateTime | Unset | None = UNSET
    ship_on: DtoValueOfNullableOfDateTime | Unset | None = UNSET
    ship_complete: DtoValueOfNullableOfSalesOrderShipCompleteStatuses | Unset | None = UNSET
    undership_threshold: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    overship_threshold: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    completed: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    mark_for_po: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    po_source: DtoValueOfNullableOfInventoryReplenishmentSources | Unset | None = UNSET
    lot_serial_nbr: DtoValueOfString | Unset | None = UNSET
    expiration_date: DtoValueOfNullableOfDateTime | Unset | None = UNSET
    reason_code: DtoValueOfString | Unset | None = UNSET
    sales_person: DtoValueOfString | Unset | None = UNSET
    tax_category: DtoValueOfString | Unset | None = UNSET
    commissionable: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    alternate_id: DtoValueOfString | Unset | None = UNSET
    project_task: DtoValueOfString | Unset | None = UNSET
    subaccount: list[SegmentUpdateDto] | Unset | None = UNSET
    external_link: DtoValueOfString | Unset | None = UNSET
    is_rot_rut_deductible: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    branch_number: DtoValueOfString | Unset | None = UNSET
    operation: SalesOrderLineUpdateDtoOperation | Unset | None = UNSET
    line_nbr: DtoValueOfNullableOfInt32 | Unset | None = UNSET
    inventory_id: InventoryIdInSalesOrderLineUpdateDto | Unset | None = UNSET
    warehouse: DtoValueOfString | Unset | None = UNSET
    uom: DtoValueOfString | Unset | None = UNSET
    quantity: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    unit_cost: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    unit_price: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    discount_percent: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    discount_amount: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    discount_code: DtoValueOfString | Unset | None = UNSET
    manual_discount: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    disc_unit_price: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    line_description: DtoValueOfString | Unset | None = UNSET
    note: DtoValueOfString | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.inventory_number
        if _value is not UNSET:
            field_dict["inventoryNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.invoice_nbr
        if _value is not UNSET:
            field_dict["invoiceNbr"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.sales_order_operation
        if _value is not UNSET:
            field_dict["salesOrderOperation"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.free_item
        if _value is not UNSET:
            field_dict["freeItem"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.requested_on
        if _value is not UNSET:
            field_dict["requestedOn"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.ship_on
        if _value is not UNSET:
            field_dict["shipOn"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.ship_complete
        if _value is not UNSET:
            field_dict["shipComplete"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.undership_threshold
        if _value is not UNSET:
            field_dict["undershipThreshold"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.overship_threshold
        if _value is not UNSET:
            field_dict["overshipThreshold"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.completed
        if _value is not UNSET:
            field_dict["completed"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.mark_for_po
        if _value is not UNSET:
            field_dict["markForPO"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.po_source
        if _value is not UNSET:
            field_dict["poSource"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.lot_serial_nbr
        if _value is not UNSET:
            field_dict["lotSerialNbr"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.expiration_date
        if _value is not UNSET:
            field_dict["expirationDate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.reason_code
        if _value is not UNSET:
            field_dict["reasonCode"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.sales_person
        if _value is not UNSET:
            field_dict["salesPerson"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.tax_category
        if _value is not UNSET:
            field_dict["taxCategory"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.commissionable
        if _value is not UNSET:
            field_dict["commissionable"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.alternate_id
        if _value is not UNSET:
            field_dict["alternateID"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.project_task
        if _value is not UNSET:
            field_dict["projectTask"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.subaccount
        if _value is not UNSET:
            field_dict["subaccount"] = (
                [
                    subaccount_item_data.to_dict()
                    if isinstance(subaccount_item_data, GeneratedModel)
                    else subaccount_item_data
                    for subaccount_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.external_link
        if _value is not UNSET:
            field_dict["externalLink"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.is_rot_rut_deductible
        if _value is not UNSET:
            field_dict["isRotRutDeductible"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.branch_number
        if _value is not UNSET:
            field_dict["branchNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.operation
        if _value is not UNSET:
            field_dict["operation"] = _value
        _value = self.line_nbr
        if _value is not UNSET:
            field_dict["lineNbr"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.inventory_id
        if _value is not UNSET:
            field_dict["inventoryId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.warehouse
        if _value is not UNSET:
            field_dict["warehouse"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.uom
        if _value is not UNSET:
            field_dict["uom"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.quantity
        if _value is not UNSET:
            field_dict["quantity"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.unit_cost
        if _value is not UNSET:
            field_dict["unitCost"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.unit_price
        if _value is not UNSET:
            field_dict["unitPrice"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.discount_percent
        if _value is not UNSET:
            field_dict["discountPercent"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.discount_amount
        if _value is not UNSET:
            field_dict["discountAmount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.discount_code
        if _value is not UNSET:
            field_dict["discountCode"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.manual_discount
        if _value is not UNSET:
            field_dict["manualDiscount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.disc_unit_price
        if _value is not UNSET:
            field_dict["discUnitPrice"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.line_description
        if _value is not UNSET:
            field_dict["lineDescription"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.note
        if _value is not UNSET:
            field_dict["note"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not SalesOrderLineUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("inventoryNumber", UNSET)
        self.inventory_number = (
            _models.InventoryNumberInSalesOrderLineUpdateDto._vn_fill(
                _new(_models.InventoryNumberInSalesOrderLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("invoiceNbr", UNSET)
        self.invoice_nbr = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("salesOrderOperation", UNSET)
        self.sales_order_operation = (
            _models.DtoValueOfNullableOfSalesOrderOperations._vn_fill(
                _new(_models.DtoValueOfNullableOfSalesOrderOperations), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("freeItem", UNSET)
        self.free_item = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("requestedOn", UNSET)
        self.requested_on = (
            _models.DtoValueOfNullableOfDateTime._vn_fill(_new(_models.DtoValueOfNullableOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("shipOn", UNSET)
        self.ship_on = (
            _models.DtoValueOfNullableOfDateTime._vn_fill(_new(_models.DtoValueOfNullableOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("shipComplete", UNSET)
        self.ship_complete = (
            _models.DtoValueOfNullableOfSalesOrderShipCompleteStatuses._vn_fill(
                _new(_models.DtoValueOfNullableOfSalesOrderShipCompleteStatuses), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("undershipThreshold", UNSET)
        self.undership_threshold = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("overshipThreshold", UNSET)
        self.overship_threshold = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("completed", UNSET)
        self.completed = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("markForPO", UNSET)
        self.mark_for_po = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("poSource", UNSET)
        self.po_source = (
            _models.DtoValueOfNullableOfInventoryReplenishmentSources._vn_fill(
                _new(_models.DtoValueOfNullableOfInventoryReplenishmentSources), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("lotSerialNbr", UNSET)
        self.lot_serial_nbr = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("expirationDate", UNSET)
        self.expiration_date = (
            _models.DtoValueOfNullableOfDateTime._vn_fill(_new(_models.DtoValueOfNullableOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("reasonCode", UNSET)
        self.reason_code = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("salesPerson", UNSET)
        self.sales_person = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("taxCategory", UNSET)
        self.tax_category = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("commissionable", UNSET)
        self.commissionable = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("alternateID", UNSET)
        self.alternate_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("projectTask", UNSET)
        self.project_task = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("subaccount", UNSET)
        self.subaccount = (
            [
                _models.SegmentUpdateDto._vn_fill(_new(_models.SegmentUpdateDto), subaccount_item_data)
                if isinstance(subaccount_item_data, dict)
                else subaccount_item_data
                for subaccount_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("externalLink", UNSET)
        self.external_link = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("isRotRutDeductible", UNSET)
        self.is_rot_rut_deductible = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("branchNumber", UNSET)
        self.branch_number = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("lineNbr", UNSET)
        self.line_nbr = (
            _models.DtoValueOfNullableOfInt32._vn_fill(_new(_models.DtoValueOfNullableOfInt32), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("inventoryId", UNSET)
        self.inventory_id = (
            _models.InventoryIdInSalesOrderLineUpdateDto._vn_fill(
                _new(_models.InventoryIdInSalesOrderLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("warehouse", UNSET)
        self.warehouse = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("uom", UNSET)
        self.uom = (
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
        _value = _rest.pop("unitCost", UNSET)
        self.unit_cost = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("unitPrice", UNSET)
        self.unit_price = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("discountPercent", UNSET)
        self.discount_percent = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("discountAmount", UNSET)
        self.discount_amount = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("discountCode", UNSET)
        self.discount_code = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("manualDiscount", UNSET)
        self.manual_discount = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("discUnitPrice", UNSET)
        self.disc_unit_price = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("lineDescription", UNSET)
        self.line_description = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("note", UNSET)
        self.note = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("inventory_number", "inventoryNumber", True, ("model", "InventoryNumberInSalesOrderLineUpdateDto")),
        ("invoice_nbr", "invoiceNbr", False, ("model", "DtoValueOfString")),
        ("sales_order_operation", "salesOrderOperation", False, ("model", "DtoValueOfNullableOfSalesOrderOperations")),
        ("free_item", "freeItem", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("requested_on", "requestedOn", False, ("model", "DtoValueOfNullableOfDateTime")),
        ("ship_on", "shipOn", False, ("model", "DtoValueOfNullableOfDateTime")),
        ("ship_complete", "shipComplete", False, ("model", "DtoValueOfNullableOfSalesOrderShipCompleteStatuses")),
        ("undership_threshold", "undershipThreshold", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("overship_threshold", "overshipThreshold", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("completed", "completed", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("mark_for_po", "markForPO", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("po_source", "poSource", False, ("model", "DtoValueOfNullableOfInventoryReplenishmentSources")),
        ("lot_serial_nbr", "lotSerialNbr", False, ("model", "DtoValueOfString")),
        ("expiration_date", "expirationDate", False, ("model", "DtoValueOfNullableOfDateTime")),
        ("reason_code", "reasonCode", False, ("model", "DtoValueOfString")),
        ("sales_person", "salesPerson", False, ("model", "DtoValueOfString")),
        ("tax_category", "taxCategory", False, ("model", "DtoValueOfString")),
        ("commissionable", "commissionable", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("alternate_id", "alternateID", False, ("model", "DtoValueOfString")),
        ("project_task", "projectTask", False, ("model", "DtoValueOfString")),
        ("subaccount", "subaccount", False, ("list", ("model", "SegmentUpdateDto"))),
        ("external_link", "externalLink", False, ("model", "DtoValueOfString")),
        ("is_rot_rut_deductible", "isRotRutDeductible", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("branch_number", "branchNumber", False, ("model", "DtoValueOfString")),
        ("operation", "operation", False, "str"),
        ("line_nbr", "lineNbr", False, ("model", "DtoValueOfNullableOfInt32")),
        ("inventory_id", "inventoryId", False, ("model", "InventoryIdInSalesOrderLineUpdateDto")),
        ("warehouse", "warehouse", False, ("model", "DtoValueOfString")),
        ("uom", "uom", False, ("model", "DtoValueOfString")),
        ("quantity", "quantity", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("unit_cost", "unitCost", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("unit_price", "unitPrice", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("discount_percent", "discountPercent", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("discount_amount", "discountAmount", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("discount_code", "discountCode", False, ("model", "DtoValueOfString")),
        ("manual_discount", "manualDiscount", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("disc_unit_price", "discUnitPrice", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("line_description", "lineDescription", False, ("model", "DtoValueOfString")),
        ("note", "note", False, ("model", "DtoValueOfString")),
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


_Lazy = _lazy_twin(SalesOrderLineUpdateDto)
