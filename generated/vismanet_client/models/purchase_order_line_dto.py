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
from ..types import UNSET, Unset

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
class PurchaseOrderLineDto:
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

    line_nbr: int | Unset = UNSET
    branch: BranchInPurchaseOrderLineDto | Unset = UNSET
    inventory: InventoryInPurchaseOrderLineDto | Unset = UNSET
    line_type: PurchaseOrderLineDtoLineType | Unset = UNSET
    warehouse: WarehouseInPurchaseOrderLineDto | Unset = UNSET
    line_description: str | Unset = UNSET
    uom: str | Unset = UNSET
    order_qty: float | Unset = UNSET
    qty_on_receipts: float | Unset = UNSET
    unit_cost: float | Unset = UNSET
    unit_cost_in_base_currency: float | Unset = UNSET
    ext_cost: float | Unset = UNSET
    discount_percent: float | Unset = UNSET
    discount_amount: float | Unset = UNSET
    manual_discount: bool | Unset = UNSET
    discount_code: DiscountCodeInPurchaseOrderLineDto | Unset = UNSET
    amount: float | Unset = UNSET
    received_amt: float | Unset = UNSET
    alternate_id: str | Unset = UNSET
    min_receipt: float | Unset = UNSET
    max_receipt: float | Unset = UNSET
    complete_on: float | Unset = UNSET
    receipt_action: PurchaseOrderLineDtoReceiptAction | Unset = UNSET
    tax_category: TaxCategoryInPurchaseOrderLineDto | Unset = UNSET
    account: AccountInPurchaseOrderLineDto | Unset = UNSET
    sub: SubInPurchaseOrderLineDto | Unset = UNSET
    project: ProjectInPurchaseOrderLineDto | Unset = UNSET
    project_task: ProjectTaskInPurchaseOrderLineDto | Unset = UNSET
    requested: datetime.datetime | Unset = UNSET
    promised: datetime.datetime | Unset = UNSET
    completed: bool | Unset = UNSET
    canceled: bool | Unset = UNSET
    order_type: PurchaseOrderLineDtoOrderType | Unset = UNSET
    order_number: str | Unset = UNSET
    note: str | Unset = UNSET
    custom_str_1: str | Unset = UNSET
    custom_str_2: str | Unset = UNSET
    custom_str_3: str | Unset = UNSET
    custom_str_4: str | Unset = UNSET
    custom_str_5: str | Unset = UNSET
    custom_dec_1: float | Unset = UNSET
    custom_dec_2: float | Unset = UNSET
    custom_int_1: int | Unset = UNSET
    custom_int_2: int | Unset = UNSET
    custom_date_time_utc1: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_nbr = self.line_nbr

        branch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch, Unset):
            branch = self.branch.to_dict()

        inventory: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory, Unset):
            inventory = self.inventory.to_dict()

        line_type: str | Unset = UNSET
        if not isinstance(self.line_type, Unset):
            line_type = self.line_type

        warehouse: dict[str, Any] | Unset = UNSET
        if not isinstance(self.warehouse, Unset):
            warehouse = self.warehouse.to_dict()

        line_description = self.line_description

        uom = self.uom

        order_qty = self.order_qty

        qty_on_receipts = self.qty_on_receipts

        unit_cost = self.unit_cost

        unit_cost_in_base_currency = self.unit_cost_in_base_currency

        ext_cost = self.ext_cost

        discount_percent = self.discount_percent

        discount_amount = self.discount_amount

        manual_discount = self.manual_discount

        discount_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_code, Unset):
            discount_code = self.discount_code.to_dict()

        amount = self.amount

        received_amt = self.received_amt

        alternate_id = self.alternate_id

        min_receipt = self.min_receipt

        max_receipt = self.max_receipt

        complete_on = self.complete_on

        receipt_action: str | Unset = UNSET
        if not isinstance(self.receipt_action, Unset):
            receipt_action = self.receipt_action

        tax_category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_category, Unset):
            tax_category = self.tax_category.to_dict()

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        sub: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sub, Unset):
            sub = self.sub.to_dict()

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        project_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_task, Unset):
            project_task = self.project_task.to_dict()

        requested: str | Unset = UNSET
        if not isinstance(self.requested, Unset):
            requested = self.requested.isoformat()

        promised: str | Unset = UNSET
        if not isinstance(self.promised, Unset):
            promised = self.promised.isoformat()

        completed = self.completed

        canceled = self.canceled

        order_type: str | Unset = UNSET
        if not isinstance(self.order_type, Unset):
            order_type = self.order_type

        order_number = self.order_number

        note = self.note

        custom_str_1 = self.custom_str_1

        custom_str_2 = self.custom_str_2

        custom_str_3 = self.custom_str_3

        custom_str_4 = self.custom_str_4

        custom_str_5 = self.custom_str_5

        custom_dec_1 = self.custom_dec_1

        custom_dec_2 = self.custom_dec_2

        custom_int_1 = self.custom_int_1

        custom_int_2 = self.custom_int_2

        custom_date_time_utc1: str | Unset = UNSET
        if not isinstance(self.custom_date_time_utc1, Unset):
            custom_date_time_utc1 = self.custom_date_time_utc1.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line_nbr is not UNSET:
            field_dict["lineNbr"] = line_nbr
        if branch is not UNSET:
            field_dict["branch"] = branch
        if inventory is not UNSET:
            field_dict["inventory"] = inventory
        if line_type is not UNSET:
            field_dict["lineType"] = line_type
        if warehouse is not UNSET:
            field_dict["warehouse"] = warehouse
        if line_description is not UNSET:
            field_dict["lineDescription"] = line_description
        if uom is not UNSET:
            field_dict["uom"] = uom
        if order_qty is not UNSET:
            field_dict["orderQty"] = order_qty
        if qty_on_receipts is not UNSET:
            field_dict["qtyOnReceipts"] = qty_on_receipts
        if unit_cost is not UNSET:
            field_dict["unitCost"] = unit_cost
        if unit_cost_in_base_currency is not UNSET:
            field_dict["unitCostInBaseCurrency"] = unit_cost_in_base_currency
        if ext_cost is not UNSET:
            field_dict["extCost"] = ext_cost
        if discount_percent is not UNSET:
            field_dict["discountPercent"] = discount_percent
        if discount_amount is not UNSET:
            field_dict["discountAmount"] = discount_amount
        if manual_discount is not UNSET:
            field_dict["manualDiscount"] = manual_discount
        if discount_code is not UNSET:
            field_dict["discountCode"] = discount_code
        if amount is not UNSET:
            field_dict["amount"] = amount
        if received_amt is not UNSET:
            field_dict["receivedAmt"] = received_amt
        if alternate_id is not UNSET:
            field_dict["alternateId"] = alternate_id
        if min_receipt is not UNSET:
            field_dict["minReceipt"] = min_receipt
        if max_receipt is not UNSET:
            field_dict["maxReceipt"] = max_receipt
        if complete_on is not UNSET:
            field_dict["completeOn"] = complete_on
        if receipt_action is not UNSET:
            field_dict["receiptAction"] = receipt_action
        if tax_category is not UNSET:
            field_dict["taxCategory"] = tax_category
        if account is not UNSET:
            field_dict["account"] = account
        if sub is not UNSET:
            field_dict["sub"] = sub
        if project is not UNSET:
            field_dict["project"] = project
        if project_task is not UNSET:
            field_dict["projectTask"] = project_task
        if requested is not UNSET:
            field_dict["requested"] = requested
        if promised is not UNSET:
            field_dict["promised"] = promised
        if completed is not UNSET:
            field_dict["completed"] = completed
        if canceled is not UNSET:
            field_dict["canceled"] = canceled
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if order_number is not UNSET:
            field_dict["orderNumber"] = order_number
        if note is not UNSET:
            field_dict["note"] = note
        if custom_str_1 is not UNSET:
            field_dict["customStr1"] = custom_str_1
        if custom_str_2 is not UNSET:
            field_dict["customStr2"] = custom_str_2
        if custom_str_3 is not UNSET:
            field_dict["customStr3"] = custom_str_3
        if custom_str_4 is not UNSET:
            field_dict["customStr4"] = custom_str_4
        if custom_str_5 is not UNSET:
            field_dict["customStr5"] = custom_str_5
        if custom_dec_1 is not UNSET:
            field_dict["customDec1"] = custom_dec_1
        if custom_dec_2 is not UNSET:
            field_dict["customDec2"] = custom_dec_2
        if custom_int_1 is not UNSET:
            field_dict["customInt1"] = custom_int_1
        if custom_int_2 is not UNSET:
            field_dict["customInt2"] = custom_int_2
        if custom_date_time_utc1 is not UNSET:
            field_dict["customDateTimeUTC1"] = custom_date_time_utc1

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.line_nbr = _rest.pop("lineNbr", UNSET)
        _value = _rest.pop("branch", UNSET)
        _instance.branch = UNSET if _value is UNSET else _models.BranchInPurchaseOrderLineDto.from_dict(_value)
        _value = _rest.pop("inventory", UNSET)
        _instance.inventory = UNSET if _value is UNSET else _models.InventoryInPurchaseOrderLineDto.from_dict(_value)
        _instance.line_type = _rest.pop("lineType", UNSET)
        _value = _rest.pop("warehouse", UNSET)
        _instance.warehouse = UNSET if _value is UNSET else _models.WarehouseInPurchaseOrderLineDto.from_dict(_value)
        _instance.line_description = _rest.pop("lineDescription", UNSET)
        _instance.uom = _rest.pop("uom", UNSET)
        _instance.order_qty = _rest.pop("orderQty", UNSET)
        _instance.qty_on_receipts = _rest.pop("qtyOnReceipts", UNSET)
        _instance.unit_cost = _rest.pop("unitCost", UNSET)
        _instance.unit_cost_in_base_currency = _rest.pop("unitCostInBaseCurrency", UNSET)
        _instance.ext_cost = _rest.pop("extCost", UNSET)
        _instance.discount_percent = _rest.pop("discountPercent", UNSET)
        _instance.discount_amount = _rest.pop("discountAmount", UNSET)
        _instance.manual_discount = _rest.pop("manualDiscount", UNSET)
        _value = _rest.pop("discountCode", UNSET)
        _instance.discount_code = (
            UNSET if _value is UNSET else _models.DiscountCodeInPurchaseOrderLineDto.from_dict(_value)
        )
        _instance.amount = _rest.pop("amount", UNSET)
        _instance.received_amt = _rest.pop("receivedAmt", UNSET)
        _instance.alternate_id = _rest.pop("alternateId", UNSET)
        _instance.min_receipt = _rest.pop("minReceipt", UNSET)
        _instance.max_receipt = _rest.pop("maxReceipt", UNSET)
        _instance.complete_on = _rest.pop("completeOn", UNSET)
        _instance.receipt_action = _rest.pop("receiptAction", UNSET)
        _value = _rest.pop("taxCategory", UNSET)
        _instance.tax_category = (
            UNSET if _value is UNSET else _models.TaxCategoryInPurchaseOrderLineDto.from_dict(_value)
        )
        _value = _rest.pop("account", UNSET)
        _instance.account = UNSET if _value is UNSET else _models.AccountInPurchaseOrderLineDto.from_dict(_value)
        _value = _rest.pop("sub", UNSET)
        _instance.sub = UNSET if _value is UNSET else _models.SubInPurchaseOrderLineDto.from_dict(_value)
        _value = _rest.pop("project", UNSET)
        _instance.project = UNSET if _value is UNSET else _models.ProjectInPurchaseOrderLineDto.from_dict(_value)
        _value = _rest.pop("projectTask", UNSET)
        _instance.project_task = (
            UNSET if _value is UNSET else _models.ProjectTaskInPurchaseOrderLineDto.from_dict(_value)
        )
        _value = _rest.pop("requested", UNSET)
        _instance.requested = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("promised", UNSET)
        _instance.promised = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.completed = _rest.pop("completed", UNSET)
        _instance.canceled = _rest.pop("canceled", UNSET)
        _instance.order_type = _rest.pop("orderType", UNSET)
        _instance.order_number = _rest.pop("orderNumber", UNSET)
        _instance.note = _rest.pop("note", UNSET)
        _instance.custom_str_1 = _rest.pop("customStr1", UNSET)
        _instance.custom_str_2 = _rest.pop("customStr2", UNSET)
        _instance.custom_str_3 = _rest.pop("customStr3", UNSET)
        _instance.custom_str_4 = _rest.pop("customStr4", UNSET)
        _instance.custom_str_5 = _rest.pop("customStr5", UNSET)
        _instance.custom_dec_1 = _rest.pop("customDec1", UNSET)
        _instance.custom_dec_2 = _rest.pop("customDec2", UNSET)
        _instance.custom_int_1 = _rest.pop("customInt1", UNSET)
        _instance.custom_int_2 = _rest.pop("customInt2", UNSET)
        _value = _rest.pop("customDateTimeUTC1", UNSET)
        _instance.custom_date_time_utc1 = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
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
