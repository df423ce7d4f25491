from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sales_order_line_dto_operation import SalesOrderLineDtoOperation, check_sales_order_line_dto_operation
from ..models.sales_order_line_dto_po_source import SalesOrderLineDtoPoSource, check_sales_order_line_dto_po_source
from ..models.sales_order_line_dto_ship_complete import (
    SalesOrderLineDtoShipComplete,
    check_sales_order_line_dto_ship_complete,
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


@_attrs_define
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
        from ..models.attachment_dto import AttachmentDto
        from ..models.branch_number_dto import BranchNumberDto
        from ..models.inventory_number_description_dto import InventoryNumberDescriptionDto
        from ..models.sales_person_in_sales_order_line_dto import SalesPersonInSalesOrderLineDto
        from ..models.subaccount_in_sales_order_line_dto import SubaccountInSalesOrderLineDto
        from ..models.warehouse_id_description_dto import WarehouseIdDescriptionDto

        d = dict(src_dict)
        invoice_nbr = d.pop("invoiceNbr", UNSET)

        _operation = d.pop("operation", UNSET)
        operation: SalesOrderLineDtoOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = check_sales_order_line_dto_operation(_operation)

        free_item = d.pop("freeItem", UNSET)

        _requested_on = d.pop("requestedOn", UNSET)
        requested_on: datetime.datetime | Unset
        if isinstance(_requested_on, Unset):
            requested_on = UNSET
        else:
            requested_on = datetime.datetime.fromisoformat(_requested_on)

        _ship_on = d.pop("shipOn", UNSET)
        ship_on: datetime.datetime | Unset
        if isinstance(_ship_on, Unset):
            ship_on = UNSET
        else:
            ship_on = datetime.datetime.fromisoformat(_ship_on)

        _ship_complete = d.pop("shipComplete", UNSET)
        ship_complete: SalesOrderLineDtoShipComplete | Unset
        if isinstance(_ship_complete, Unset):
            ship_complete = UNSET
        else:
            ship_complete = check_sales_order_line_dto_ship_complete(_ship_complete)

        undership_threshold = d.pop("undershipThreshold", UNSET)

        overship_threshold = d.pop("overshipThreshold", UNSET)

        completed = d.pop("completed", UNSET)

        mark_for_po = d.pop("markForPO", UNSET)

        _po_source = d.pop("poSource", UNSET)
        po_source: SalesOrderLineDtoPoSource | Unset
        if isinstance(_po_source, Unset):
            po_source = UNSET
        else:
            po_source = check_sales_order_line_dto_po_source(_po_source)

        lot_serial_nbr = d.pop("lotSerialNbr", UNSET)

        _expiration_date = d.pop("expirationDate", UNSET)
        expiration_date: datetime.datetime | Unset
        if isinstance(_expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = datetime.datetime.fromisoformat(_expiration_date)

        reason_code = d.pop("reasonCode", UNSET)

        _sales_person = d.pop("salesPerson", UNSET)
        sales_person: SalesPersonInSalesOrderLineDto | Unset
        if isinstance(_sales_person, Unset):
            sales_person = UNSET
        else:
            sales_person = SalesPersonInSalesOrderLineDto.from_dict(_sales_person)

        tax_category = d.pop("taxCategory", UNSET)

        commissionable = d.pop("commissionable", UNSET)

        alternate_id = d.pop("alternateID", UNSET)

        project_task = d.pop("projectTask", UNSET)

        project_task_cd = d.pop("projectTaskCd", UNSET)

        _subaccount = d.pop("subaccount", UNSET)
        subaccount: SubaccountInSalesOrderLineDto | Unset
        if isinstance(_subaccount, Unset):
            subaccount = UNSET
        else:
            subaccount = SubaccountInSalesOrderLineDto.from_dict(_subaccount)

        external_link = d.pop("externalLink", UNSET)

        is_rot_rut_deductible = d.pop("isRotRutDeductible", UNSET)

        line_nbr = d.pop("lineNbr", UNSET)

        sort_order = d.pop("sortOrder", UNSET)

        _inventory = d.pop("inventory", UNSET)
        inventory: InventoryNumberDescriptionDto | Unset
        if isinstance(_inventory, Unset):
            inventory = UNSET
        else:
            inventory = InventoryNumberDescriptionDto.from_dict(_inventory)

        _warehouse = d.pop("warehouse", UNSET)
        warehouse: WarehouseIdDescriptionDto | Unset
        if isinstance(_warehouse, Unset):
            warehouse = UNSET
        else:
            warehouse = WarehouseIdDescriptionDto.from_dict(_warehouse)

        uom = d.pop("uom", UNSET)

        quantity = d.pop("quantity", UNSET)

        qty_on_shipments = d.pop("qtyOnShipments", UNSET)

        open_qty = d.pop("openQty", UNSET)

        unit_cost = d.pop("unitCost", UNSET)

        unit_price = d.pop("unitPrice", UNSET)

        unit_price_in_base_currency = d.pop("unitPriceInBaseCurrency", UNSET)

        discount_code = d.pop("discountCode", UNSET)

        discount_percent = d.pop("discountPercent", UNSET)

        discount_amount = d.pop("discountAmount", UNSET)

        manual_discount = d.pop("manualDiscount", UNSET)

        disc_unit_price = d.pop("discUnitPrice", UNSET)

        ext_price = d.pop("extPrice", UNSET)

        unbilled_amount = d.pop("unbilledAmount", UNSET)

        line_description = d.pop("lineDescription", UNSET)

        _branch_number = d.pop("branchNumber", UNSET)
        branch_number: BranchNumberDto | Unset
        if isinstance(_branch_number, Unset):
            branch_number = UNSET
        else:
            branch_number = BranchNumberDto.from_dict(_branch_number)

        note = d.pop("note", UNSET)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[AttachmentDto] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = AttachmentDto.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        sales_order_line_dto = cls(
            invoice_nbr=invoice_nbr,
            operation=operation,
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
            project_task_cd=project_task_cd,
            subaccount=subaccount,
            external_link=external_link,
            is_rot_rut_deductible=is_rot_rut_deductible,
            line_nbr=line_nbr,
            sort_order=sort_order,
            inventory=inventory,
            warehouse=warehouse,
            uom=uom,
            quantity=quantity,
            qty_on_shipments=qty_on_shipments,
            open_qty=open_qty,
            unit_cost=unit_cost,
            unit_price=unit_price,
            unit_price_in_base_currency=unit_price_in_base_currency,
            discount_code=discount_code,
            discount_percent=discount_percent,
            discount_amount=discount_amount,
            manual_discount=manual_discount,
            disc_unit_price=disc_unit_price,
            ext_price=ext_price,
            unbilled_amount=unbilled_amount,
            line_description=line_description,
            branch_number=branch_number,
            note=note,
            attachments=attachments,
        )

        sales_order_line_dto.additional_properties = d
        return sales_order_line_dto

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
