from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.sales_order_line_dto_operation import SalesOrderLineDtoOperation
from ..models.sales_order_line_dto_po_source import SalesOrderLineDtoPoSource
from ..models.sales_order_line_dto_ship_complete import (
    SalesOrderLineDtoShipComplete,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_dto import AttachmentDto
    from ..models.branch_number_dto import BranchNumberDto
    from ..models.inventory_number_description_dto import InventoryNumberDescriptionDto
    from ..models.sales_person_in_sales_order_line_dto import SalesPersonInSalesOrderLineDto
    from ..models.subaccount_in_sales_order_line_dto import SubaccountInSalesOrderLineDto
    from ..models.warehouse_id_description_dto import WarehouseIdDescriptionDto


T = TypeVar("T", bound="SalesOrderLineDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "invoice_nbr",
    "operation",
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
    "project_task_cd",
    "subaccount",
    "external_link",
    "is_rot_rut_deductible",
    "line_nbr",
    "sort_order",
    "inventory",
    "warehouse",
    "uom",
    "quantity",
    "qty_on_shipments",
    "open_qty",
    "unit_cost",
    "unit_price",
    "unit_price_in_base_currency",
    "discount_code",
    "discount_percent",
    "discount_amount",
    "manual_discount",
    "disc_unit_price",
    "ext_price",
    "unbilled_amount",
    "line_description",
    "branch_number",
    "note",
    "attachments",
)


@_attrs_define(repr=False)
class SalesOrderLineDto:
    """
    Attributes:
        invoice_nbr (str | Unset): The reference number of the invoice generated for this order. This number is
            collected from the system and not visible on the sales order line.
        operation (SalesOrderLineDtoOperation | Unset): The operation to be performed in the workspace to fulfil the
            order. This information is collected from the system and not visible on the sales order line.
        free_item (bool | Unset): A check box that indicates (if selected) that the stock item specified in the row is a
            free item. This information is collected from the system and not visible on the sales order line.
        requested_on (datetime.datetime | Unset): Mandatory field: The top part  &gt; Requested on* &gt; The date when
            the customer wants to receive the goods. The default value is the current business date.
        ship_on (datetime.datetime | Unset): Ship on &gt; The date when the item is to be shipped.
        ship_complete (SalesOrderLineDtoShipComplete | Unset): Shipping rule &gt; An option that controls whether
            incomplete and partial shipments for the order are allowed. (Values: Ship complete, Back order allowed, Cancel
            remainder)
        undership_threshold (float | Unset): Undership threshold (%) &gt; The minimal percentage of goods shipped (with
            respect to the ordered quantity) to consider the order shipped completely.
        overship_threshold (float | Unset): Overship threshold (%) &gt; The maximum percentage of goods shipped (with
            respect to the ordered quantity) allowed by the customer.
        completed (bool | Unset): Completed &gt; A check box that can be selected to indicate to the system that this
            line is completed.
        mark_for_po (bool | Unset): Mark for purchase order &gt; A check box that indicates (if selected) that the order
            line was marked for purchasing (if it has not been shipped completely).
        po_source (SalesOrderLineDtoPoSource | Unset): Purchase order source &gt; The purchase order source to be used
            to fulfill this line, which can be one of the following options: Purchase to order, Drop-shipment.
        lot_serial_nbr (str | Unset): Lot/serial no. &gt; The lot or serial number of the item for returns
        expiration_date (datetime.datetime | Unset): Expiration date &gt; The expiration date for the item with the
            specified lot number.
        reason_code (str | Unset): Reason code &gt; The reason code to be used for creation or cancellation of the
            order, if applicable.
        sales_person (SalesPersonInSalesOrderLineDto | Unset): Salesperson ID &gt; The salesperson associated with the
            sale of the line item.
        tax_category (str | Unset): VAT code &gt; The VAT category of the goods mentioned in this line.
        commissionable (bool | Unset): VAT code &gt; The VAT category of the goods mentioned in this line.
        alternate_id (str | Unset): Alternate ID &gt; The alternate ID for the item, such as the item ID used by the
            customer.
        project_task (int | Unset): Project task &gt; The particular task of the project with which this document is
            associated.
        project_task_cd (str | Unset): Project task code &gt; The particular task code of the project with which this
            document is associated.
        subaccount (SubaccountInSalesOrderLineDto | Unset): Subaccount &gt; A subcategory of the account that carries
            identifying information.
        external_link (str | Unset):
        is_rot_rut_deductible (bool | Unset):
        line_nbr (int | Unset): Document details tab &gt; Line no. &gt; The line number of the document.
        sort_order (int | Unset): Document details tab &gt; Line order &gt; The order number of the document line. The
            system regenerates this number automatically when you reorder the lines in the table.
        inventory (InventoryNumberDescriptionDto | Unset):
        warehouse (WarehouseIdDescriptionDto | Unset):
        uom (str | Unset): Mandatory field: Document details tab &gt; UoM* &gt; The unit of measure (UoM) used for the
            item with this item ID.
        quantity (float | Unset): Document details tab &gt; Quantity &gt; The quantity of the item sold, measured in the
            UoM.
        qty_on_shipments (float | Unset): Document details tab &gt; Qty. on shipments &gt; A read-only column that
            displays the quantity of the stock item being prepared for shipment and already shipped for this order.
        open_qty (float | Unset): Document details tab &gt; Open qty. &gt; The quantity of the item to be shipped; that
            is, the total quantity minus the quantity shipped according to closed shipment documents.
        unit_cost (float | Unset): Document details tab &gt; Unit Cost &gt; The cost of the unit on the sales order.
        unit_price (float | Unset): Document details tab &gt; Unit price &gt; The price of the unit on the sales order.
        unit_price_in_base_currency (float | Unset):
        discount_code (str | Unset): Mandatory field: Document details tab &gt; Discount details tab &gt; Discount code*
            &gt; The code of the discount that has been applied to this line.
        discount_percent (float | Unset): Document details tab &gt; Discount percent &gt; The percent of the line-level
            discount that has been applied manually or automatically to this line item (if the item is not a free item).
        discount_amount (float | Unset): Document details tab &gt; Discount amount &gt; The amount of the line-level
            discount that has been applied manually or automatically to this line item (if the item is not a free item).
        manual_discount (bool | Unset): Document details tab &gt; Manual discount &gt; A check box that indicates (if
            selected) that the discount has been applied manually.
        disc_unit_price (float | Unset): Document details tab &gt; Disc. unit price &gt; The unit price, which has been
            recalculated after the application of discounts.
        ext_price (float | Unset): Document details tab &gt; Extended cost &gt; The extended price, which is the unit
            price multiplied by the quantity.
        unbilled_amount (float | Unset): Document details tab &gt; Amount not yet invoiced &gt; The amount of cancelled
            shipments and cancelled remainders.
        line_description (str | Unset): Document details tab &gt; Line description &gt; The description of the unit.
        branch_number (BranchNumberDto | Unset):
        note (str | Unset): Tables in tab &gt; Icon Notes &gt; Pop-up window for providing any user-defined text
            connected to the order.
        attachments (list[AttachmentDto] | Unset): The data containing information about the document attachments
    """

    invoice_nbr: str | Unset = UNSET
    operation: SalesOrderLineDtoOperation | Unset = UNSET
    free_item: bool | Unset = UNSET
    requested_on: datetime.datetime | Unset = UNSET
    ship_on: datetime.datetime | Unset = UNSET
    ship_complete: SalesOrderLineDtoShipComplete | Unset = UNSET
    undership_threshold: float | Unset = UNSET
    overship_threshold: float | Unset = UNSET
    completed: bool | Unset = UNSET
    mark_for_po: bool | Unset = UNSET
    po_source: SalesOrderLineDtoPoSource | Unset = UNSET
    lot_serial_nbr: str | Unset = UNSET
    expiration_date: datetime.datetime | Unset = UNSET
    reason_code: str | Unset = UNSET
    sales_person: SalesPersonInSalesOrderLineDto | Unset = UNSET
    tax_category: str | Unset = UNSET
    commissionable: bool | Unset = UNSET
    alternate_id: str | Unset = UNSET
    project_task: int | Unset = UNSET
    project_task_cd: str | Unset = UNSET
    subaccount: SubaccountInSalesOrderLineDto | Unset = UNSET
    external_link: str | Unset = UNSET
    is_rot_rut_deductible: bool | Unset = UNSET
    line_nbr: int | Unset = UNSET
    sort_order: int | Unset = UNSET
    inventory: InventoryNumberDescriptionDto | Unset = UNSET
    warehouse: WarehouseIdDescriptionDto | Unset = UNSET
    uom: str | Unset = UNSET
    quantity: float | Unset = UNSET
    qty_on_shipments: float | Unset = UNSET
    open_qty: float | Unset = UNSET
    unit_cost: float | Unset = UNSET
    unit_price: float | Unset = UNSET
    unit_price_in_base_currency: float | Unset = UNSET
    discount_code: str | Unset = UNSET
    discount_percent: float | Unset = UNSET
    discount_amount: float | Unset = UNSET
    manual_discount: bool | Unset = UNSET
    disc_unit_price: float | Unset = UNSET
    ext_price: float | Unset = UNSET
    unbilled_amount: float | Unset = UNSET
    line_description: str | Unset = UNSET
    branch_number: BranchNumberDto | Unset = UNSET
    note: str | Unset = UNSET
    attachments: list[AttachmentDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice_nbr = self.invoice_nbr

        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        free_item = self.free_item

        requested_on: str | Unset = UNSET
        if not isinstance(self.requested_on, Unset):
            requested_on = self.requested_on.isoformat()

        ship_on: str | Unset = UNSET
        if not isinstance(self.ship_on, Unset):
            ship_on = self.ship_on.isoformat()

        ship_complete: str | Unset = UNSET
        if not isinstance(self.ship_complete, Unset):
            ship_complete = self.ship_complete

        undership_threshold = self.undership_threshold

        overship_threshold = self.overship_threshold

        completed = self.completed

        mark_for_po = self.mark_for_po

        po_source: str | Unset = UNSET
        if not isinstance(self.po_source, Unset):
            po_source = self.po_source

        lot_serial_nbr = self.lot_serial_nbr

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.isoformat()

        reason_code = self.reason_code

        sales_person: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_person, Unset):
            sales_person = self.sales_person.to_dict()

        tax_category = self.tax_category

        commissionable = self.commissionable

        alternate_id = self.alternate_id

        project_task = self.project_task

        project_task_cd = self.project_task_cd

        subaccount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subaccount, Unset):
            subaccount = self.subaccount.to_dict()

        external_link = self.external_link

        is_rot_rut_deductible = self.is_rot_rut_deductible

        line_nbr = self.line_nbr

        sort_order = self.sort_order

        inventory: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory, Unset):
            inventory = self.inventory.to_dict()

        warehouse: dict[str, Any] | Unset = UNSET
        if not isinstance(self.warehouse, Unset):
            warehouse = self.warehouse.to_dict()

        uom = self.uom

        quantity = self.quantity

        qty_on_shipments = self.qty_on_shipments

        open_qty = self.open_qty

        unit_cost = self.unit_cost

        unit_price = self.unit_price

        unit_price_in_base_currency = self.unit_price_in_base_currency

        discount_code = self.discount_code

        discount_percent = self.discount_percent

        discount_amount = self.discount_amount

        manual_discount = self.manual_discount

        disc_unit_price = self.disc_unit_price

        ext_price = self.ext_price

        unbilled_amount = self.unbilled_amount

        line_description = self.line_description

        branch_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch_number, Unset):
            branch_number = self.branch_number.to_dict()

        note = self.note

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoice_nbr is not UNSET:
            field_dict["invoiceNbr"] = invoice_nbr
        if operation is not UNSET:
            field_dict["operation"] = operation
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
        if project_task_cd is not UNSET:
            field_dict["projectTaskCd"] = project_task_cd
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if external_link is not UNSET:
            field_dict["externalLink"] = external_link
        if is_rot_rut_deductible is not UNSET:
            field_dict["isRotRutDeductible"] = is_rot_rut_deductible
        if line_nbr is not UNSET:
            field_dict["lineNbr"] = line_nbr
        if sort_order is not UNSET:
            field_dict["sortOrder"] = sort_order
        if inventory is not UNSET:
            field_dict["inventory"] = inventory
        if warehouse is not UNSET:
            field_dict["warehouse"] = warehouse
        if uom is not UNSET:
            field_dict["uom"] = uom
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if qty_on_shipments is not UNSET:
            field_dict["qtyOnShipments"] = qty_on_shipments
        if open_qty is not UNSET:
            field_dict["openQty"] = open_qty
        if unit_cost is not UNSET:
            field_dict["unitCost"] = unit_cost
        if unit_price is not UNSET:
            field_dict["unitPrice"] = unit_price
        if unit_price_in_base_currency is not UNSET:
            field_dict["unitPriceInBaseCurrency"] = unit_price_in_base_currency
        if discount_code is not UNSET:
            field_dict["discountCode"] = discount_code
        if discount_percent is not UNSET:
            field_dict["discountPercent"] = discount_percent
        if discount_amount is not UNSET:
            field_dict["discountAmount"] = discount_amount
        if manual_discount is not UNSET:
            field_dict["manualDiscount"] = manual_discount
        if disc_unit_price is not UNSET:
            field_dict["discUnitPrice"] = disc_unit_price
        if ext_price is not UNSET:
            field_dict["extPrice"] = ext_price
        if unbilled_amount is not UNSET:
            field_dict["unbilledAmount"] = unbilled_amount
        if line_description is not UNSET:
            field_dict["lineDescription"] = line_description
        if branch_number is not UNSET:
            field_dict["branchNumber"] = branch_number
        if note is not UNSET:
            field_dict["note"] = note
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.invoice_nbr = _rest.pop("invoiceNbr", UNSET)
        _instance.operation = _rest.pop("operation", UNSET)
        _instance.free_item = _rest.pop("freeItem", UNSET)
        _value = _rest.pop("requestedOn", UNSET)
        _instance.requested_on = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("shipOn", UNSET)
        _instance.ship_on = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.ship_complete = _rest.pop("shipComplete", UNSET)
        _instance.undership_threshold = _rest.pop("undershipThreshold", UNSET)
        _instance.overship_threshold = _rest.pop("overshipThreshold", UNSET)
        _instance.completed = _rest.pop("completed", UNSET)
        _instance.mark_for_po = _rest.pop("markForPO", UNSET)
        _instance.po_source = _rest.pop("poSource", UNSET)
        _instance.lot_serial_nbr = _rest.pop("lotSerialNbr", UNSET)
        _value = _rest.pop("expirationDate", UNSET)
        _instance.expiration_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.reason_code = _rest.pop("reasonCode", UNSET)
        _value = _rest.pop("salesPerson", UNSET)
        _instance.sales_person = UNSET if _value is UNSET else _models.SalesPersonInSalesOrderLineDto.from_dict(_value)
        _instance.tax_category = _rest.pop("taxCategory", UNSET)
        _instance.commissionable = _rest.pop("commissionable", UNSET)
        _instance.alternate_id = _rest.pop("alternateID", UNSET)
        _instance.project_task = _rest.pop("projectTask", UNSET)
        _instance.project_task_cd = _rest.pop("projectTaskCd", UNSET)
        _value = _rest.pop("subaccount", UNSET)
        _instance.subaccount = UNSET if _value is UNSET else _models.SubaccountInSalesOrderLineDto.from_dict(_value)
        _instance.external_link = _rest.pop("externalLink", UNSET)
        _instance.is_rot_rut_deductible = _rest.pop("isRotRutDeductible", UNSET)
        _instance.line_nbr = _rest.pop("lineNbr", UNSET)
        _instance.sort_order = _rest.pop("sortOrder", UNSET)
        _value = _rest.pop("inventory", UNSET)
        _instance.inventory = UNSET if _value is UNSET else _models.InventoryNumberDescriptionDto.from_dict(_value)
        _value = _rest.pop("warehouse", UNSET)
        _instance.warehouse = UNSET if _value is UNSET else _models.WarehouseIdDescriptionDto.from_dict(_value)
        _instance.uom = _rest.pop("uom", UNSET)
        _instance.quantity = _rest.pop("quantity", UNSET)
        _instance.qty_on_shipments = _rest.pop("qtyOnShipments", UNSET)
        _instance.open_qty = _rest.pop("openQty", UNSET)
        _instance.unit_cost = _rest.pop("unitCost", UNSET)
        _instance.unit_price = _rest.pop("unitPrice", UNSET)
        _instance.unit_price_in_base_currency = _rest.pop("unitPriceInBaseCurrency", UNSET)
        _instance.discount_code = _rest.pop("discountCode", UNSET)
        _instance.discount_percent = _rest.pop("discountPercent", UNSET)
        _instance.discount_amount = _rest.pop("discountAmount", UNSET)
        _instance.manual_discount = _rest.pop("manualDiscount", UNSET)
        _instance.disc_unit_price = _rest.pop("discUnitPrice", UNSET)
        _instance.ext_price = _rest.pop("extPrice", UNSET)
        _instance.unbilled_amount = _rest.pop("unbilledAmount", UNSET)
        _instance.line_description = _rest.pop("lineDescription", UNSET)
        _value = _rest.pop("branchNumber", UNSET)
        _instance.branch_number = UNSET if _value is UNSET else _models.BranchNumberDto.from_dict(_value)
        _instance.note = _rest.pop("note", UNSET)
        _value = _rest.pop("attachments", UNSET)
        _instance.attachments = (
            UNSET
            if _value is UNSET
            else [_models.AttachmentDto.from_dict(attachments_item_data) for attachments_item_data in _value]
        )
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
