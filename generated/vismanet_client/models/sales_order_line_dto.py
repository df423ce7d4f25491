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
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

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
class SalesOrderLineDto(GeneratedModel):
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

    invoice_nbr: str | Unset | None = UNSET
    operation: SalesOrderLineDtoOperation | Unset | None = UNSET
    free_item: bool | Unset | None = UNSET
    requested_on: datetime.datetime | Unset | None = UNSET
    ship_on: datetime.datetime | Unset | None = UNSET
    ship_complete: SalesOrderLineDtoShipComplete | Unset | None = UNSET
    undership_threshold: float | Unset | None = UNSET
    overship_threshold: float | Unset | None = UNSET
    completed: bool | Unset | None = UNSET
    mark_for_po: bool | Unset | None = UNSET
    po_source: SalesOrderLineDtoPoSource | Unset | None = UNSET
    lot_serial_nbr: str | Unset | None = UNSET
    expiration_date: datetime.datetime | Unset | None = UNSET
    reason_code: str | Unset | None = UNSET
    sales_person: SalesPersonInSalesOrderLineDto | Unset | None = UNSET
    tax_category: str | Unset | None = UNSET
    commissionable: bool | Unset | None = UNSET
    alternate_id: str | Unset | None = UNSET
    project_task: int | Unset | None = UNSET
    project_task_cd: str | Unset | None = UNSET
    subaccount: SubaccountInSalesOrderLineDto | Unset | None = UNSET
    external_link: str | Unset | None = UNSET
    is_rot_rut_deductible: bool | Unset | None = UNSET
    line_nbr: int | Unset | None = UNSET
    sort_order: int | Unset | None = UNSET
    inventory: InventoryNumberDescriptionDto | Unset | None = UNSET
    warehouse: WarehouseIdDescriptionDto | Unset | None = UNSET
    uom: str | Unset | None = UNSET
    quantity: float | Unset | None = UNSET
    qty_on_shipments: float | Unset | None = UNSET
    open_qty: float | Unset | None = UNSET
    unit_cost: float | Unset | None = UNSET
    unit_price: float | Unset | None = UNSET
    unit_price_in_base_currency: float | Unset | None = UNSET
    discount_code: str | Unset | None = UNSET
    discount_percent: float | Unset | None = UNSET
    discount_amount: float | Unset | None = UNSET
    manual_discount: bool | Unset | None = UNSET
    disc_unit_price: float | Unset | None = UNSET
    ext_price: float | Unset | None = UNSET
    unbilled_amount: float | Unset | None = UNSET
    line_description: str | Unset | None = UNSET
    branch_number: BranchNumberDto | Unset | None = UNSET
    note: str | Unset | None = UNSET
    attachments: list[AttachmentDto] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.invoice_nbr
        if _value is not UNSET:
            field_dict["invoiceNbr"] = _value
        _value = self.operation
        if _value is not UNSET:
            field_dict["operation"] = _value
        _value = self.free_item
        if _value is not UNSET:
            field_dict["freeItem"] = _value
        _value = self.requested_on
        if _value is not UNSET:
            field_dict["requestedOn"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.ship_on
        if _value is not UNSET:
            field_dict["shipOn"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.ship_complete
        if _value is not UNSET:
            field_dict["shipComplete"] = _value
        _value = self.undership_threshold
        if _value is not UNSET:
            field_dict["undershipThreshold"] = _value
        _value = self.overship_threshold
        if _value is not UNSET:
            field_dict["overshipThreshold"] = _value
        _value = self.completed
        if _value is not UNSET:
            field_dict["completed"] = _value
        _value = self.mark_for_po
        if _value is not UNSET:
            field_dict["markForPO"] = _value
        _value = self.po_source
        if _value is not UNSET:
            field_dict["poSource"] = _value
        _value = self.lot_serial_nbr
        if _value is not UNSET:
            field_dict["lotSerialNbr"] = _value
        _value = self.expiration_date
        if _value is not UNSET:
            field_dict["expirationDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.reason_code
        if _value is not UNSET:
            field_dict["reasonCode"] = _value
        _value = self.sales_person
        if _value is not UNSET:
            field_dict["salesPerson"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.tax_category
        if _value is not UNSET:
            field_dict["taxCategory"] = _value
        _value = self.commissionable
        if _value is not UNSET:
            field_dict["commissionable"] = _value
        _value = self.alternate_id
        if _value is not UNSET:
            field_dict["alternateID"] = _value
        _value = self.project_task
        if _value is not UNSET:
            field_dict["projectTask"] = _value
        _value = self.project_task_cd
        if _value is not UNSET:
            field_dict["projectTaskCd"] = _value
        _value = self.subaccount
        if _value is not UNSET:
            field_dict["subaccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.external_link
        if _value is not UNSET:
            field_dict["externalLink"] = _value
        _value = self.is_rot_rut_deductible
        if _value is not UNSET:
            field_dict["isRotRutDeductible"] = _value
        _value = self.line_nbr
        if _value is not UNSET:
            field_dict["lineNbr"] = _value
        _value = self.sort_order
        if _value is not UNSET:
            field_dict["sortOrder"] = _value
        _value = self.inventory
        if _value is not UNSET:
            field_dict["inventory"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.warehouse
        if _value is not UNSET:
            field_dict["warehouse"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.uom
        if _value is not UNSET:
            field_dict["uom"] = _value
        _value = self.quantity
        if _value is not UNSET:
            field_dict["quantity"] = _value
        _value = self.qty_on_shipments
        if _value is not UNSET:
            field_dict["qtyOnShipments"] = _value
        _value = self.open_qty
        if _value is not UNSET:
            field_dict["openQty"] = _value
        _value = self.unit_cost
        if _value is not UNSET:
            field_dict["unitCost"] = _value
        _value = self.unit_price
        if _value is not UNSET:
            field_dict["unitPrice"] = _value
        _value = self.unit_price_in_base_currency
        if _value is not UNSET:
            field_dict["unitPriceInBaseCurrency"] = _value
        _value = self.discount_code
        if _value is not UNSET:
            field_dict["discountCode"] = _value
        _value = self.discount_percent
        if _value is not UNSET:
            field_dict["discountPercent"] = _value
        _value = self.discount_amount
        if _value is not UNSET:
            field_dict["discountAmount"] = _value
        _value = self.manual_discount
        if _value is not UNSET:
            field_dict["manualDiscount"] = _value
        _value = self.disc_unit_price
        if _value is not UNSET:
            field_dict["discUnitPrice"] = _value
        _value = self.ext_price
        if _value is not UNSET:
            field_dict["extPrice"] = _value
        _value = self.unbilled_amount
        if _value is not UNSET:
            field_dict["unbilledAmount"] = _value
        _value = self.line_description
        if _value is not UNSET:
            field_dict["lineDescription"] = _value
        _value = self.branch_number
        if _value is not UNSET:
            field_dict["branchNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.note
        if _value is not UNSET:
            field_dict["note"] = _value
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
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not SalesOrderLineDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.invoice_nbr = _rest.pop("invoiceNbr", UNSET)
        self.operation = _rest.pop("operation", UNSET)
        self.free_item = _rest.pop("freeItem", UNSET)
        _value = _rest.pop("requestedOn", UNSET)
        self.requested_on = _parse_datetime(_value)
        _value = _rest.pop("shipOn", UNSET)
        self.ship_on = _parse_datetime(_value)
        self.ship_complete = _rest.pop("shipComplete", UNSET)
        self.undership_threshold = _rest.pop("undershipThreshold", UNSET)
        self.overship_threshold = _rest.pop("overshipThreshold", UNSET)
        self.completed = _rest.pop("completed", UNSET)
        self.mark_for_po = _rest.pop("markForPO", UNSET)
        self.po_source = _rest.pop("poSource", UNSET)
        self.lot_serial_nbr = _rest.pop("lotSerialNbr", UNSET)
        _value = _rest.pop("expirationDate", UNSET)
        self.expiration_date = _parse_datetime(_value)
        self.reason_code = _rest.pop("reasonCode", UNSET)
        _value = _rest.pop("salesPerson", UNSET)
        self.sales_person = (
            _models.SalesPersonInSalesOrderLineDto._vn_fill(_new(_models.SalesPersonInSalesOrderLineDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.tax_category = _rest.pop("taxCategory", UNSET)
        self.commissionable = _rest.pop("commissionable", UNSET)
        self.alternate_id = _rest.pop("alternateID", UNSET)
        self.project_task = _rest.pop("projectTask", UNSET)
        self.project_task_cd = _rest.pop("projectTaskCd", UNSET)
        _value = _rest.pop("subaccount", UNSET)
        self.subaccount = (
            _models.SubaccountInSalesOrderLineDto._vn_fill(_new(_models.SubaccountInSalesOrderLineDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.external_link = _rest.pop("externalLink", UNSET)
        self.is_rot_rut_deductible = _rest.pop("isRotRutDeductible", UNSET)
        self.line_nbr = _rest.pop("lineNbr", UNSET)
        self.sort_order = _rest.pop("sortOrder", UNSET)
        _value = _rest.pop("inventory", UNSET)
        self.inventory = (
            _models.InventoryNumberDescriptionDto._vn_fill(_new(_models.InventoryNumberDescriptionDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("warehouse", UNSET)
        self.warehouse = (
            _models.WarehouseIdDescriptionDto._vn_fill(_new(_models.WarehouseIdDescriptionDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.uom = _rest.pop("uom", UNSET)
        self.quantity = _rest.pop("quantity", UNSET)
        self.qty_on_shipments = _rest.pop("qtyOnShipments", UNSET)
        self.open_qty = _rest.pop("openQty", UNSET)
        self.unit_cost = _rest.pop("unitCost", UNSET)
        self.unit_price = _rest.pop("unitPrice", UNSET)
        self.unit_price_in_base_currency = _rest.pop("unitPriceInBaseCurrency", UNSET)
        self.discount_code = _rest.pop("discountCode", UNSET)
        self.discount_percent = _rest.pop("discountPercent", UNSET)
        self.discount_amount = _rest.pop("discountAmount", UNSET)
        self.manual_discount = _rest.pop("manualDiscount", UNSET)
        self.disc_unit_price = _rest.pop("discUnitPrice", UNSET)
        self.ext_price = _rest.pop("extPrice", UNSET)
        self.unbilled_amount = _rest.pop("unbilledAmount", UNSET)
        self.line_description = _rest.pop("lineDescription", UNSET)
        _value = _rest.pop("branchNumber", UNSET)
        self.branch_number = (
            _models.BranchNumberDto._vn_fill(_new(_models.BranchNumberDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.note = _rest.pop("note", UNSET)
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
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("invoice_nbr", "invoiceNbr", False, "str"),
        ("operation", "operation", False, "str"),
        ("free_item", "freeItem", False, "bool"),
        ("requested_on", "requestedOn", False, "datetime"),
        ("ship_on", "shipOn", False, "datetime"),
        ("ship_complete", "shipComplete", False, "str"),
        ("undership_threshold", "undershipThreshold", False, "float"),
        ("overship_threshold", "overshipThreshold", False, "float"),
        ("completed", "completed", False, "bool"),
        ("mark_for_po", "markForPO", False, "bool"),
        ("po_source", "poSource", False, "str"),
        ("lot_serial_nbr", "lotSerialNbr", False, "str"),
        ("expiration_date", "expirationDate", False, "datetime"),
        ("reason_code", "reasonCode", False, "str"),
        ("sales_person", "salesPerson", False, ("model", "SalesPersonInSalesOrderLineDto")),
        ("tax_category", "taxCategory", False, "str"),
        ("commissionable", "commissionable", False, "bool"),
        ("alternate_id", "alternateID", False, "str"),
        ("project_task", "projectTask", False, "int"),
        ("project_task_cd", "projectTaskCd", False, "str"),
        ("subaccount", "subaccount", False, ("model", "SubaccountInSalesOrderLineDto")),
        ("external_link", "externalLink", False, "str"),
        ("is_rot_rut_deductible", "isRotRutDeductible", False, "bool"),
        ("line_nbr", "lineNbr", False, "int"),
        ("sort_order", "sortOrder", False, "int"),
        ("inventory", "inventory", False, ("model", "InventoryNumberDescriptionDto")),
        ("warehouse", "warehouse", False, ("model", "WarehouseIdDescriptionDto")),
        ("uom", "uom", False, "str"),
        ("quantity", "quantity", False, "float"),
        ("qty_on_shipments", "qtyOnShipments", False, "float"),
        ("open_qty", "openQty", False, "float"),
        ("unit_cost", "unitCost", False, "float"),
        ("unit_price", "unitPrice", False, "float"),
        ("unit_price_in_base_currency", "unitPriceInBaseCurrency", False, "float"),
        ("discount_code", "discountCode", False, "str"),
        ("discount_percent", "discountPercent", False, "float"),
        ("discount_amount", "discountAmount", False, "float"),
        ("manual_discount", "manualDiscount", False, "bool"),
        ("disc_unit_price", "discUnitPrice", False, "float"),
        ("ext_price", "extPrice", False, "float"),
        ("unbilled_amount", "unbilledAmount", False, "float"),
        ("line_description", "lineDescription", False, "str"),
        ("branch_number", "branchNumber", False, ("model", "BranchNumberDto")),
        ("note", "note", False, "str"),
        ("attachments", "attachments", False, ("list", ("model", "AttachmentDto"))),
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


_Lazy = _lazy_twin(SalesOrderLineDto)
