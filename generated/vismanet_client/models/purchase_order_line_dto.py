from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.purchase_order_line_dto_line_type import (
    PurchaseOrderLineDtoLineType,
)
from ..models.purchase_order_line_dto_order_type import (
    PurchaseOrderLineDtoOrderType,
)
from ..models.purchase_order_line_dto_receipt_action import (
    PurchaseOrderLineDtoReceiptAction,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.account_in_purchase_order_line_dto import AccountInPurchaseOrderLineDto
    from ..models.branch_in_purchase_order_line_dto import BranchInPurchaseOrderLineDto
    from ..models.discount_code_in_purchase_order_line_dto import DiscountCodeInPurchaseOrderLineDto
    from ..models.inventory_in_purchase_order_line_dto import InventoryInPurchaseOrderLineDto
    from ..models.project_in_purchase_order_line_dto import ProjectInPurchaseOrderLineDto
    from ..models.project_task_in_purchase_order_line_dto import ProjectTaskInPurchaseOrderLineDto
    from ..models.sub_in_purchase_order_line_dto import SubInPurchaseOrderLineDto
    from ..models.tax_category_in_purchase_order_line_dto import TaxCategoryInPurchaseOrderLineDto
    from ..models.warehouse_in_purchase_order_line_dto import WarehouseInPurchaseOrderLineDto


T = TypeVar("T", bound="PurchaseOrderLineDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "line_nbr",
    "branch",
    "inventory",
    "line_type",
    "warehouse",
    "line_description",
    "uom",
    "order_qty",
    "qty_on_receipts",
    "unit_cost",
    "unit_cost_in_base_currency",
    "ext_cost",
    "discount_percent",
    "discount_amount",
    "manual_discount",
    "discount_code",
    "amount",
    "received_amt",
    "alternate_id",
    "min_receipt",
    "max_receipt",
    "complete_on",
    "receipt_action",
    "tax_category",
    "account",
    "sub",
    "project",
    "project_task",
    "requested",
    "promised",
    "completed",
    "canceled",
    "order_type",
    "order_number",
    "note",
    "custom_str_1",
    "custom_str_2",
    "custom_str_3",
    "custom_str_4",
    "custom_str_5",
    "custom_dec_1",
    "custom_dec_2",
    "custom_int_1",
    "custom_int_2",
    "custom_date_time_utc1",
)


@_attrs_define(repr=False)
class PurchaseOrderLineDto(GeneratedModel):
    """This class represents a Purchase Order Line in PurchaseOrderController. Used for getting data.

    Attributes:
        line_nbr (int | Unset): The line number
        branch (BranchInPurchaseOrderLineDto | Unset): Branch &gt; The branch associated with the purchase order.
        inventory (InventoryInPurchaseOrderLineDto | Unset): Item ID &gt; The ID of the item.
        line_type (PurchaseOrderLineDtoLineType | Unset): Line type &gt; 	The type of the order line, which can be one
            of the following options: Goods for inventory, Non-stock, Service, Freight, Good for sales order, Non-stock for
            drop-ship, Drop-ship, Goods for RP, Description.
        warehouse (WarehouseInPurchaseOrderLineDto | Unset): Warehouse &gt; The warehouse to receive the item listed on
            the order.
        line_description (str | Unset): A description of the order line, which is copied from the item's description.
        uom (str | Unset): UoM &gt; The unit of measure (UoM) in which the quantity of the item is specified.
        order_qty (float | Unset): Order qty. &gt; The quantity of the item that has been ordered.
        qty_on_receipts (float | Unset): Qty. on receipts &gt; The quantity of the item that has been received according
            to all receipts, including the unreleased ones.
        unit_cost (float | Unset): Unit cost &gt; The cost per UoM of the stock item.
        unit_cost_in_base_currency (float | Unset): Background calculation connected with the View base/View currency
            function in the top part. Changes the values in Unit cost, Amount, Disc. unit cost and Cost fields.
        ext_cost (float | Unset): Ext. cost &gt; The extended cost of the item, which is the unit cost multiplied by the
            quantity.
        discount_percent (float | Unset): Discount percent &gt; If the Supplier customer discounts functionality is
            enabled in the Enable/disable functionalities (CS100000) window, the percent of the discount that has been
            entered manually or calculated based on the discount amount entered manually for this line item.
        discount_amount (float | Unset): Discount amount &gt; If the Supplier customer discounts functionality is
            enabled in the Enable/disable functionalities (CS100000) window, the amount of the discount that has been
            specified manually or calculated based on the discount percent entered manually.
        manual_discount (bool | Unset): Manual discount &gt; A check box that indicates (if selected) that the discount
            has been applied manually.
        discount_code (DiscountCodeInPurchaseOrderLineDto | Unset): Discount code &gt; The code of the line discount
            that has been applied to this line automatically.
        amount (float | Unset): Amount &gt; The amount calculated (after the discount has been taken) for the item.
        received_amt (float | Unset): Received amt. &gt; The amount received on this purchase order for this item.
        alternate_id (str | Unset): Alternate ID &gt; The alternate ID used for this stock item-subitem pair by the
            supplier.
        min_receipt (float | Unset): Min. receipt (%) &gt; The minimum quantity of the item, expressed as a percentage
            of the ordered quantity, that is required for the item to be accepted at the warehouse if the Receipt action is
            Rejected.
        max_receipt (float | Unset): Max. receipt (%) &gt; The maximum quantity of the item, expressed as a percentage
            of the ordered quantity, that is required for the item to be accepted at the warehouse if the Receipt action is
            Rejected.
        complete_on (float | Unset): Complete on (%) &gt; The minimum percentage of the ordered quantity for the stock
            item that must be received to complete the purchase order line (gets the default value from the Threshold
            receipt (%) setting of the supplier in the (AP303000) window).
        receipt_action (PurchaseOrderLineDtoReceiptAction | Unset): Receipt action &gt; The action that should be
            perform when the ordered item is received if its quantity is greater than the Max. receipt value or less than
            the Min. receipt value calculated based on the line's ordered quantity. Values: Reject, Accept but warn, Accept.
        tax_category (TaxCategoryInPurchaseOrderLineDto | Unset): VAT category &gt; The VAT category assigned to the
            ordered stock item.
        account (AccountInPurchaseOrderLineDto | Unset): Account &gt; The expense account used to record the purchased
            non-stock item that does not require receipt (by default, the account specified for the item in the Combine
            COGS/expense sub. from field in the Posting classes (IN206000) window).
        sub (SubInPurchaseOrderLineDto | Unset): Sub. ID &gt; The subaccount used to record the purchased non-stock item
            that does not require receipt (by default, the subaccount generated in accordance with the rule defined in the
            Combine COGS/expense sub. from field in the Posting classes (IN206000) window).
        project (ProjectInPurchaseOrderLineDto | Unset): Project &gt; The project with which this purchase order line is
            associated.
        project_task (ProjectTaskInPurchaseOrderLineDto | Unset): Project task &gt; The project task with which this
            purchase order is associated.
        requested (datetime.datetime | Unset): Requested &gt; The date when the item was requested.
        promised (datetime.datetime | Unset): Promised &gt; The date when the item's deliver was promised.
        completed (bool | Unset): Completed &gt; A check box that indicates (if selected) that the purchasing of the
            item requested by this line of the purchase order has been completed.
        canceled (bool | Unset): Cancelled &gt; A check box that indicates (if selected) that this line of the purchase
            order has been cancelled.
        order_type (PurchaseOrderLineDtoOrderType | Unset): Order type &gt; The order type this order is related to (for
            normal orders based on blanket or standard orders).
        order_number (str | Unset): Order no. &gt; 	The reference number of the blanket or standard order (for normal
            orders based on blanket or standard orders).
        note (str | Unset): Table &gt; Icon Notes &gt; Pop-up window for providing any user-defined text connected to
            the order.
        custom_str_1 (str | Unset): A free custom colum of type string with max length 100.
        custom_str_2 (str | Unset): A free custom colum of type string with max length 100.
        custom_str_3 (str | Unset): A free custom colum of type string with max length 100.
        custom_str_4 (str | Unset): A free custom colum of type string with max length 100.
        custom_str_5 (str | Unset): A free custom colum of type string with max length 100.
        custom_dec_1 (float | Unset): A free custom colum of type decimal with max 4 decimals.
        custom_dec_2 (float | Unset): A free custom colum of type decimal with max 4 decimals.
        custom_int_1 (int | Unset): A free custom colum of type int
        custom_int_2 (int | Unset): A free custom colum of type int
        custom_date_time_utc1 (datetime.datetime | Unset): A free custom colum of type DateTime - in UTC timezone
    """

    line_nbr: int | Unset | None = UNSET
    branch: BranchInPurchaseOrderLineDto | Unset | None = UNSET
    inventory: InventoryInPurchaseOrderLineDto | Unset | None = UNSET
    line_type: PurchaseOrderLineDtoLineType | Unset | None = UNSET
    warehouse: WarehouseInPurchaseOrderLineDto | Unset | None = UNSET
    line_description: str | Unset | None = UNSET
    uom: str | Unset | None = UNSET
    order_qty: float | Unset | None = UNSET
    qty_on_receipts: float | Unset | None = UNSET
    unit_cost: float | Unset | None = UNSET
    unit_cost_in_base_currency: float | Unset | None = UNSET
    ext_cost: float | Unset | None = UNSET
    discount_percent: float | Unset | None = UNSET
    discount_amount: float | Unset | None = UNSET
    manual_discount: bool | Unset | None = UNSET
    discount_code: DiscountCodeInPurchaseOrderLineDto | Unset | None = UNSET
    amount: float | Unset | None = UNSET
    received_amt: float | Unset | None = UNSET
    alternate_id: str | Unset | None = UNSET
    min_receipt: float | Unset | None = UNSET
    max_receipt: float | Unset | None = UNSET
    complete_on: float | Unset | None = UNSET
    receipt_action: PurchaseOrderLineDtoReceiptAction | Unset | None = UNSET
    tax_category: TaxCategoryInPurchaseOrderLineDto | Unset | None = UNSET
    account: AccountInPurchaseOrderLineDto | Unset | None = UNSET
    sub: SubInPurchaseOrderLineDto | Unset | None = UNSET
    project: ProjectInPurchaseOrderLineDto | Unset | None = UNSET
    project_task: ProjectTaskInPurchaseOrderLineDto | Unset | None = UNSET
    requested: datetime.datetime | Unset | None = UNSET
    promised: datetime.datetime | Unset | None = UNSET
    completed: bool | Unset | None = UNSET
    canceled: bool | Unset | None = UNSET
    order_type: PurchaseOrderLineDtoOrderType | Unset | None = UNSET
    order_number: str | Unset | None = UNSET
    note: str | Unset | None = UNSET
    custom_str_1: str | Unset | None = UNSET
    custom_str_2: str | Unset | None = UNSET
    custom_str_3: str | Unset | None = UNSET
    custom_str_4: str | Unset | None = UNSET
    custom_str_5: str | Unset | None = UNSET
    custom_dec_1: float | Unset | None = UNSET
    custom_dec_2: float | Unset | None = UNSET
    custom_int_1: int | Unset | None = UNSET
    custom_int_2: int | Unset | None = UNSET
    custom_date_time_utc1: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.line_nbr
        if _value is not UNSET:
            field_dict["lineNbr"] = _value
        _value = self.branch
        if _value is not UNSET:
            field_dict["branch"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.inventory
        if _value is not UNSET:
            field_dict["inventory"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.line_type
        if _value is not UNSET:
            field_dict["lineType"] = _value
        _value = self.warehouse
        if _value is not UNSET:
            field_dict["warehouse"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.line_description
        if _value is not UNSET:
            field_dict["lineDescription"] = _value
        _value = self.uom
        if _value is not UNSET:
            field_dict["uom"] = _value
        _value = self.order_qty
        if _value is not UNSET:
            field_dict["orderQty"] = _value
        _value = self.qty_on_receipts
        if _value is not UNSET:
            field_dict["qtyOnReceipts"] = _value
        _value = self.unit_cost
        if _value is not UNSET:
            field_dict["unitCost"] = _value
        _value = self.unit_cost_in_base_currency
        if _value is not UNSET:
            field_dict["unitCostInBaseCurrency"] = _value
        _value = self.ext_cost
        if _value is not UNSET:
            field_dict["extCost"] = _value
        _value = self.discount_percent
        if _value is not UNSET:
            field_dict["discountPercent"] = _value
        _value = self.discount_amount
        if _value is not UNSET:
            field_dict["discountAmount"] = _value
        _value = self.manual_discount
        if _value is not UNSET:
            field_dict["manualDiscount"] = _value
        _value = self.discount_code
        if _value is not UNSET:
            field_dict["discountCode"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.amount
        if _value is not UNSET:
            field_dict["amount"] = _value
        _value = self.received_amt
        if _value is not UNSET:
            field_dict["receivedAmt"] = _value
        _value = self.alternate_id
        if _value is not UNSET:
            field_dict["alternateId"] = _value
        _value = self.min_receipt
        if _value is not UNSET:
            field_dict["minReceipt"] = _value
        _value = self.max_receipt
        if _value is not UNSET:
            field_dict["maxReceipt"] = _value
        _value = self.complete_on
        if _value is not UNSET:
            field_dict["completeOn"] = _value
        _value = self.receipt_action
        if _value is not UNSET:
            field_dict["receiptAction"] = _value
        _value = self.tax_category
        if _value is not UNSET:
            field_dict["taxCategory"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.account
        if _value is not UNSET:
            field_dict["account"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.sub
        if _value is not UNSET:
            field_dict["sub"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.project
        if _value is not UNSET:
            field_dict["project"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.project_task
        if _value is not UNSET:
            field_dict["projectTask"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.requested
        if _value is not UNSET:
            field_dict["requested"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.promised
        if _value is not UNSET:
            field_dict["promised"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.completed
        if _value is not UNSET:
            field_dict["completed"] = _value
        _value = self.canceled
        if _value is not UNSET:
            field_dict["canceled"] = _value
        _value = self.order_type
        if _value is not UNSET:
            field_dict["orderType"] = _value
        _value = self.order_number
        if _value is not UNSET:
            field_dict["orderNumber"] = _value
        _value = self.note
        if _value is not UNSET:
            field_dict["note"] = _value
        _value = self.custom_str_1
        if _value is not UNSET:
            field_dict["customStr1"] = _value
        _value = self.custom_str_2
        if _value is not UNSET:
            field_dict["customStr2"] = _value
        _value = self.custom_str_3
        if _value is not UNSET:
            field_dict["customStr3"] = _value
        _value = self.custom_str_4
        if _value is not UNSET:
            field_dict["customStr4"] = _value
        _value = self.custom_str_5
        if _value is not UNSET:
            field_dict["customStr5"] = _value
        _value = self.custom_dec_1
        if _value is not UNSET:
            field_dict["customDec1"] = _value
        _value = self.custom_dec_2
        if _value is not UNSET:
            field_dict["customDec2"] = _value
        _value = self.custom_int_1
        if _value is not UNSET:
            field_dict["customInt1"] = _value
        _value = self.custom_int_2
        if _value is not UNSET:
            field_dict["customInt2"] = _value
        _value = self.custom_date_time_utc1
        if _value is not UNSET:
            field_dict["customDateTimeUTC1"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not PurchaseOrderLineDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.line_nbr = _rest.pop("lineNbr", UNSET)
        _value = _rest.pop("branch", UNSET)
        self.branch = (
            _models.BranchInPurchaseOrderLineDto._vn_fill(_new(_models.BranchInPurchaseOrderLineDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("inventory", UNSET)
        self.inventory = (
            _models.InventoryInPurchaseOrderLineDto._vn_fill(_new(_models.InventoryInPurchaseOrderLineDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.line_type = _rest.pop("lineType", UNSET)
        _value = _rest.pop("warehouse", UNSET)
        self.warehouse = (
            _models.WarehouseInPurchaseOrderLineDto._vn_fill(_new(_models.WarehouseInPurchaseOrderLineDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.line_description = _rest.pop("lineDescription", UNSET)
        self.uom = _rest.pop("uom", UNSET)
        self.order_qty = _rest.pop("orderQty", UNSET)
        self.qty_on_receipts = _rest.pop("qtyOnReceipts", UNSET)
        self.unit_cost = _rest.pop("unitCost", UNSET)
        self.unit_cost_in_base_currency = _rest.pop("unitCostInBaseCurrency", UNSET)
        self.ext_cost = _rest.pop("extCost", UNSET)
        self.discount_percent = _rest.pop("discountPercent", UNSET)
        self.discount_amount = _rest.pop("discountAmount", UNSET)
        self.manual_discount = _rest.pop("manualDiscount", UNSET)
        _value = _rest.pop("discountCode", UNSET)
        self.discount_code = (
            _models.DiscountCodeInPurchaseOrderLineDto._vn_fill(
                _new(_models.DiscountCodeInPurchaseOrderLineDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        self.amount = _rest.pop("amount", UNSET)
        self.received_amt = _rest.pop("receivedAmt", UNSET)
        self.alternate_id = _rest.pop("alternateId", UNSET)
        self.min_receipt = _rest.pop("minReceipt", UNSET)
        self.max_receipt = _rest.pop("maxReceipt", UNSET)
        self.complete_on = _rest.pop("completeOn", UNSET)
        self.receipt_action = _rest.pop("receiptAction", UNSET)
        _value = _rest.pop("taxCategory", UNSET)
        self.tax_category = (
            _models.TaxCategoryInPurchaseOrderLineDto._vn_fill(_new(_models.TaxCategoryInPurchaseOrderLineDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("account", UNSET)
        self.account = (
            _models.AccountInPurchaseOrderLineDto._vn_fill(_new(_models.AccountInPurchaseOrderLineDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("sub", UNSET)
        self.sub = (
            _models.SubInPurchaseOrderLineDto._vn_fill(_new(_models.SubInPurchaseOrderLineDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("project", UNSET)
        self.project = (
            _models.ProjectInPurchaseOrderLineDto._vn_fill(_new(_models.ProjectInPurchaseOrderLineDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("projectTask", UNSET)
        self.project_task = (
            _models.ProjectTaskInPurchaseOrderLineDto._vn_fill(_new(_models.ProjectTaskInPurchaseOrderLineDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("requested", UNSET)
        self.requested = _parse_datetime(_value)
        _value = _rest.pop("promised", UNSET)
        self.promised = _parse_datetime(_value)
        self.completed = _rest.pop("completed", UNSET)
        self.canceled = _rest.pop("canceled", UNSET)
        self.order_type = _rest.pop("orderType", UNSET)
        self.order_number = _rest.pop("orderNumber", UNSET)
        self.note = _rest.pop("note", UNSET)
        self.custom_str_1 = _rest.pop("customStr1", UNSET)
        self.custom_str_2 = _rest.pop("customStr2", UNSET)
        self.custom_str_3 = _rest.pop("customStr3", UNSET)
        self.custom_str_4 = _rest.pop("customStr4", UNSET)
        self.custom_str_5 = _rest.pop("customStr5", UNSET)
        self.custom_dec_1 = _rest.pop("customDec1", UNSET)
        self.custom_dec_2 = _rest.pop("customDec2", UNSET)
        self.custom_int_1 = _rest.pop("customInt1", UNSET)
        self.custom_int_2 = _rest.pop("customInt2", UNSET)
        _value = _rest.pop("customDateTimeUTC1", UNSET)
        self.custom_date_time_utc1 = _parse_datetime(_value)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("line_nbr", "lineNbr", False, "int"),
        ("branch", "branch", False, ("model", "BranchInPurchaseOrderLineDto")),
        ("inventory", "inventory", False, ("model", "InventoryInPurchaseOrderLineDto")),
        ("line_type", "lineType", False, "str"),
        ("warehouse", "warehouse", False, ("model", "WarehouseInPurchaseOrderLineDto")),
        ("line_description", "lineDescription", False, "str"),
        ("uom", "uom", False, "str"),
        ("order_qty", "orderQty", False, "float"),
        ("qty_on_receipts", "qtyOnReceipts", False, "float"),
        ("unit_cost", "unitCost", False, "float"),
        ("unit_cost_in_base_currency", "unitCostInBaseCurrency", False, "float"),
        ("ext_cost", "extCost", False, "float"),
        ("discount_percent", "discountPercent", False, "float"),
        ("discount_amount", "discountAmount", False, "float"),
        ("manual_discount", "manualDiscount", False, "bool"),
        ("discount_code", "discountCode", False, ("model", "DiscountCodeInPurchaseOrderLineDto")),
        ("amount", "amount", False, "float"),
        ("received_amt", "receivedAmt", False, "float"),
        ("alternate_id", "alternateId", False, "str"),
        ("min_receipt", "minReceipt", False, "float"),
        ("max_receipt", "maxReceipt", False, "float"),
        ("complete_on", "completeOn", False, "float"),
        ("receipt_action", "receiptAction", False, "str"),
        ("tax_category", "taxCategory", False, ("model", "TaxCategoryInPurchaseOrderLineDto")),
        ("account", "account", False, ("model", "AccountInPurchaseOrderLineDto")),
        ("sub", "sub", False, ("model", "SubInPurchaseOrderLineDto")),
        ("project", "project", False, ("model", "ProjectInPurchaseOrderLineDto")),
        ("project_task", "projectTask", False, ("model", "ProjectTaskInPurchaseOrderLineDto")),
        ("requested", "requested", False, "datetime"),
        ("promised", "promised", False, "datetime"),
        ("completed", "completed", False, "bool"),
        ("canceled", "canceled", False, "bool"),
        ("order_type", "orderType", False, "str"),
        ("order_number", "orderNumber", False, "str"),
        ("note", "note", False, "str"),
        ("custom_str_1", "customStr1", False, "str"),
        ("custom_str_2", "customStr2", False, "str"),
        ("custom_str_3", "customStr3", False, "str"),
        ("custom_str_4", "customStr4", False, "str"),
        ("custom_str_5", "customStr5", False, "str"),
        ("custom_dec_1", "customDec1", False, "float"),
        ("custom_dec_2", "customDec2", False, "float"),
        ("custom_int_1", "customInt1", False, "int"),
        ("custom_int_2", "customInt2", False, "int"),
        ("custom_date_time_utc1", "customDateTimeUTC1", False, "datetime"),
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


_Lazy = _lazy_twin(PurchaseOrderLineDto)
