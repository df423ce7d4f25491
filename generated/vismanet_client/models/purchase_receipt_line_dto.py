from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.purchase_receipt_line_dto_line_type import (
    PurchaseReceiptLineDtoLineType,
)
from ..models.purchase_receipt_line_dto_po_order_type import (
    PurchaseReceiptLineDtoPoOrderType,
)
from ..models.purchase_receipt_line_dto_transfer_order_type import (
    PurchaseReceiptLineDtoTransferOrderType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_in_purchase_receipt_line_dto import AccountInPurchaseReceiptLineDto
    from ..models.actual_account_in_purchase_receipt_line_dto import ActualAccountInPurchaseReceiptLineDto
    from ..models.actual_sub_in_purchase_receipt_line_dto import ActualSubInPurchaseReceiptLineDto
    from ..models.allocations_dto import AllocationsDto
    from ..models.branch_in_purchase_receipt_line_dto import BranchInPurchaseReceiptLineDto
    from ..models.branch_number_in_purchase_receipt_line_dto import BranchNumberInPurchaseReceiptLineDto
    from ..models.discount_code_in_purchase_receipt_line_dto import DiscountCodeInPurchaseReceiptLineDto
    from ..models.inventory_number_description_dto import InventoryNumberDescriptionDto
    from ..models.location_in_purchase_receipt_line_dto import LocationInPurchaseReceiptLineDto
    from ..models.project_in_purchase_receipt_line_dto import ProjectInPurchaseReceiptLineDto
    from ..models.project_task_in_purchase_receipt_line_dto import ProjectTaskInPurchaseReceiptLineDto
    from ..models.sub_in_purchase_receipt_line_dto import SubInPurchaseReceiptLineDto
    from ..models.tax_category_in_purchase_receipt_line_dto import TaxCategoryInPurchaseReceiptLineDto
    from ..models.warehouse_in_purchase_receipt_line_dto import WarehouseInPurchaseReceiptLineDto


T = TypeVar("T", bound="PurchaseReceiptLineDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "allocations",
    "note",
    "line_nbr",
    "branch",
    "branch_number",
    "inventory",
    "line_type",
    "warehouse",
    "location",
    "transaction_description",
    "uom",
    "order_qty",
    "open_qty",
    "receipt_qty",
    "unit_cost",
    "ext_cost",
    "discount_percent",
    "discount_amount",
    "manual_discount",
    "discount_code",
    "amount",
    "tax_category",
    "account",
    "account_description",
    "sub",
    "actual_account",
    "actual_sub",
    "project",
    "project_task",
    "expiration_date",
    "lot_serial_number",
    "po_order_type",
    "po_order_nbr",
    "po_order_line_nbr",
    "transfer_order_type",
    "transfer_order_nbr",
    "transfer_order_line_nbr",
    "complete_po_line",
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
class PurchaseReceiptLineDto:
    """This class represents a Purchase Order Line in PurchaseReceiptContraoller. Used for getting data.

    Attributes:
        allocations (list[AllocationsDto] | Unset):
        note (str | Unset):
        line_nbr (int | Unset): The line number
        branch (BranchInPurchaseReceiptLineDto | Unset): Branch is deprecated, please use BranchNumber instead.
        branch_number (BranchNumberInPurchaseReceiptLineDto | Unset): Mandatory field: Document details tab &gt; Branch*
            &gt; The branch for which the item is purchased.
        inventory (InventoryNumberDescriptionDto | Unset):
        line_type (PurchaseReceiptLineDtoLineType | Unset): Document details tab &gt; Line type &gt; The type of the
            purchase order line.
        warehouse (WarehouseInPurchaseReceiptLineDto | Unset): Mandatory field: Document details tab &gt; Warehouse*
            &gt; The warehouse where the item has been received.
        location (LocationInPurchaseReceiptLineDto | Unset): Document details tab &gt; Location &gt; The location where
            the item has been received.
        transaction_description (str | Unset): Document details tab &gt; Transaction descr. &gt; The description of the
            receipt or return transaction.
        uom (str | Unset): Document details tab &gt; UoM &gt; The unit of measure (UoM) used for the purchased or
            transferred item.
        order_qty (float | Unset): Document details tab &gt; Ordered qty.  &gt; The quantity of the purchased item (in
            the specified UoM).
        open_qty (float | Unset): Document details tab &gt; Open qty. &gt; The quantity of the stock item yet to be
            received on the purchase order.
        receipt_qty (float | Unset): Document details tab &gt; Receipts qty. &gt; 	The quantity of the item (with the
            specified subitem code) in the specified UoM that has been received (listed on released receipts).
        unit_cost (float | Unset): Document details tab &gt; Unit cost &gt; The cost of a unit of the purchased item.
        ext_cost (float | Unset): Document details tab &gt; Cost &gt; The cost of the item, which is the unit price
            multiplied by the quantity.
        discount_percent (float | Unset): Document details tab &gt; Discount percent &gt; If the Supplier and customer
            discounts functionality is enabled, the percent of the discount that has been entered manually or calculated
            based on the discount amount entered manually for this line item.
        discount_amount (float | Unset): Document details tab &gt; Discount amount &gt; If the Supplier and customer
            discounts functionality is enabled, the amount of the discount that has been specified manually or calculated
            based on the discount percent entered manually.
        manual_discount (bool | Unset): Document details tab &gt; Manual discount &gt; A check box that indicates (if
            selected) that the discount has been applied manually.
        discount_code (DiscountCodeInPurchaseReceiptLineDto | Unset): Document details tab &gt; Discount code &gt; The
            code of the line discount that has been applied to this line automatically.
        amount (float | Unset): Document details tab &gt; Amount &gt; The amount calculated (after discount has been
            taken) for the item.
        tax_category (TaxCategoryInPurchaseReceiptLineDto | Unset): Document details tab &gt; VAT category &gt; The VAT
            category assigned to the stock item.
        account (AccountInPurchaseReceiptLineDto | Unset): Document details tab &gt; Account &gt; The account used to
            record the item amount on the purchase receipt;
        account_description (str | Unset): Document details tab &gt; Description &gt; The description of this account.
        sub (SubInPurchaseReceiptLineDto | Unset): Document details tab &gt; Sub ID &gt; The subaccount to be used to
            record the non-stock item amount on the purchase receipt (for non-stock items for which receipts are not
            required).
        actual_account (ActualAccountInPurchaseReceiptLineDto | Unset): Document details tab &gt; Accrual account &gt;
            The accrual account to record the item amount on the purchase receipt; used for stock items and non-stock items
            for which a receipt is required.
        actual_sub (ActualSubInPurchaseReceiptLineDto | Unset): Document details tab &gt; Accrual sub. &gt; The
            subaccount used to record the item amount on the purchase receipt, used for stock items and non-stock items for
            which a receipt is required.
        project (ProjectInPurchaseReceiptLineDto | Unset): Document details tab &gt; Project &gt; The project with which
            the document is associated. If the document is based on a purchase order, the project is automatically copied
            from the respective purchase order line.
        project_task (ProjectTaskInPurchaseReceiptLineDto | Unset): Document details tab &gt; Project task &gt; The
            project task with which the document is associated.
        expiration_date (datetime.datetime | Unset): Document details tab &gt; Expiration date &gt; The expiration date
            of the received item.
        lot_serial_number (str | Unset): Document details tab &gt; Lot/serial no. &gt; The lot or serial number assigned
            to the received quantity of the purchased item.
        po_order_type (PurchaseReceiptLineDtoPoOrderType | Unset): Document details tab &gt; Purchase order type &gt;
            The type of the purchase order related to this purchase receipt.
        po_order_nbr (str | Unset): Document details tab &gt; Purchase order no. &gt; The reference number of the
            purchase order related to this purchase receipt.
        po_order_line_nbr (int | Unset): Document details tab &gt; Purchase order line no. &gt; The line number of the
            purchase order related to this line of the purchase receipt.
        transfer_order_type (PurchaseReceiptLineDtoTransferOrderType | Unset): Document details tab &gt; Transfer order
            type &gt; The type of the transfer order to which this receipt is linked.
        transfer_order_nbr (str | Unset): Document details tab &gt; Transfer order no. &gt; The reference number of the
            transfer order to which this receipt is linked.
        transfer_order_line_nbr (int | Unset): Document details tab &gt; Transfer line no &gt; The line number in the
            transfer order to which this receipt is linked.
        complete_po_line (bool | Unset): Document details tab &gt; Complelete purchase line &gt; A check box that
            indicates to the system (if selected) that the purchase order line added to this receipt line should be
            considered completed upon release of this purchase receipt.
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

    allocations: list[AllocationsDto] | Unset = UNSET
    note: str | Unset = UNSET
    line_nbr: int | Unset = UNSET
    branch: BranchInPurchaseReceiptLineDto | Unset = UNSET
    branch_number: BranchNumberInPurchaseReceiptLineDto | Unset = UNSET
    inventory: InventoryNumberDescriptionDto | Unset = UNSET
    line_type: PurchaseReceiptLineDtoLineType | Unset = UNSET
    warehouse: WarehouseInPurchaseReceiptLineDto | Unset = UNSET
    location: LocationInPurchaseReceiptLineDto | Unset = UNSET
    transaction_description: str | Unset = UNSET
    uom: str | Unset = UNSET
    order_qty: float | Unset = UNSET
    open_qty: float | Unset = UNSET
    receipt_qty: float | Unset = UNSET
    unit_cost: float | Unset = UNSET
    ext_cost: float | Unset = UNSET
    discount_percent: float | Unset = UNSET
    discount_amount: float | Unset = UNSET
    manual_discount: bool | Unset = UNSET
    discount_code: DiscountCodeInPurchaseReceiptLineDto | Unset = UNSET
    amount: float | Unset = UNSET
    tax_category: TaxCategoryInPurchaseReceiptLineDto | Unset = UNSET
    account: AccountInPurchaseReceiptLineDto | Unset = UNSET
    account_description: str | Unset = UNSET
    sub: SubInPurchaseReceiptLineDto | Unset = UNSET
    actual_account: ActualAccountInPurchaseReceiptLineDto | Unset = UNSET
    actual_sub: ActualSubInPurchaseReceiptLineDto | Unset = UNSET
    project: ProjectInPurchaseReceiptLineDto | Unset = UNSET
    project_task: ProjectTaskInPurchaseReceiptLineDto | Unset = UNSET
    expiration_date: datetime.datetime | Unset = UNSET
    lot_serial_number: str | Unset = UNSET
    po_order_type: PurchaseReceiptLineDtoPoOrderType | Unset = UNSET
    po_order_nbr: str | Unset = UNSET
    po_order_line_nbr: int | Unset = UNSET
    transfer_order_type: PurchaseReceiptLineDtoTransferOrderType | Unset = UNSET
    transfer_order_nbr: str | Unset = UNSET
    transfer_order_line_nbr: int | Unset = UNSET
    complete_po_line: bool | Unset = UNSET
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
        allocations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allocations, Unset):
            allocations = []
            for allocations_item_data in self.allocations:
                allocations_item = allocations_item_data.to_dict()
                allocations.append(allocations_item)

        note = self.note

        line_nbr = self.line_nbr

        branch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch, Unset):
            branch = self.branch.to_dict()

        branch_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch_number, Unset):
            branch_number = self.branch_number.to_dict()

        inventory: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory, Unset):
            inventory = self.inventory.to_dict()

        line_type: str | Unset = UNSET
        if not isinstance(self.line_type, Unset):
            line_type = self.line_type

        warehouse: dict[str, Any] | Unset = UNSET
        if not isinstance(self.warehouse, Unset):
            warehouse = self.warehouse.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        transaction_description = self.transaction_description

        uom = self.uom

        order_qty = self.order_qty

        open_qty = self.open_qty

        receipt_qty = self.receipt_qty

        unit_cost = self.unit_cost

        ext_cost = self.ext_cost

        discount_percent = self.discount_percent

        discount_amount = self.discount_amount

        manual_discount = self.manual_discount

        discount_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_code, Unset):
            discount_code = self.discount_code.to_dict()

        amount = self.amount

        tax_category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_category, Unset):
            tax_category = self.tax_category.to_dict()

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        account_description = self.account_description

        sub: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sub, Unset):
            sub = self.sub.to_dict()

        actual_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actual_account, Unset):
            actual_account = self.actual_account.to_dict()

        actual_sub: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actual_sub, Unset):
            actual_sub = self.actual_sub.to_dict()

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        project_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_task, Unset):
            project_task = self.project_task.to_dict()

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.isoformat()

        lot_serial_number = self.lot_serial_number

        po_order_type: str | Unset = UNSET
        if not isinstance(self.po_order_type, Unset):
            po_order_type = self.po_order_type

        po_order_nbr = self.po_order_nbr

        po_order_line_nbr = self.po_order_line_nbr

        transfer_order_type: str | Unset = UNSET
        if not isinstance(self.transfer_order_type, Unset):
            transfer_order_type = self.transfer_order_type

        transfer_order_nbr = self.transfer_order_nbr

        transfer_order_line_nbr = self.transfer_order_line_nbr

        complete_po_line = self.complete_po_line

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
        if allocations is not UNSET:
            field_dict["allocations"] = allocations
        if note is not UNSET:
            field_dict["note"] = note
        if line_nbr is not UNSET:
            field_dict["lineNbr"] = line_nbr
        if branch is not UNSET:
            field_dict["branch"] = branch
        if branch_number is not UNSET:
            field_dict["branchNumber"] = branch_number
        if inventory is not UNSET:
            field_dict["inventory"] = inventory
        if line_type is not UNSET:
            field_dict["lineType"] = line_type
        if warehouse is not UNSET:
            field_dict["warehouse"] = warehouse
        if location is not UNSET:
            field_dict["location"] = location
        if transaction_description is not UNSET:
            field_dict["transactionDescription"] = transaction_description
        if uom is not UNSET:
            field_dict["uom"] = uom
        if order_qty is not UNSET:
            field_dict["orderQty"] = order_qty
        if open_qty is not UNSET:
            field_dict["openQty"] = open_qty
        if receipt_qty is not UNSET:
            field_dict["receiptQty"] = receipt_qty
        if unit_cost is not UNSET:
            field_dict["unitCost"] = unit_cost
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
        if tax_category is not UNSET:
            field_dict["taxCategory"] = tax_category
        if account is not UNSET:
            field_dict["account"] = account
        if account_description is not UNSET:
            field_dict["accountDescription"] = account_description
        if sub is not UNSET:
            field_dict["sub"] = sub
        if actual_account is not UNSET:
            field_dict["actualAccount"] = actual_account
        if actual_sub is not UNSET:
            field_dict["actualSub"] = actual_sub
        if project is not UNSET:
            field_dict["project"] = project
        if project_task is not UNSET:
            field_dict["projectTask"] = project_task
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date
        if lot_serial_number is not UNSET:
            field_dict["lotSerialNumber"] = lot_serial_number
        if po_order_type is not UNSET:
            field_dict["poOrderType"] = po_order_type
        if po_order_nbr is not UNSET:
            field_dict["poOrderNbr"] = po_order_nbr
        if po_order_line_nbr is not UNSET:
            field_dict["poOrderLineNbr"] = po_order_line_nbr
        if transfer_order_type is not UNSET:
            field_dict["transferOrderType"] = transfer_order_type
        if transfer_order_nbr is not UNSET:
            field_dict["transferOrderNbr"] = transfer_order_nbr
        if transfer_order_line_nbr is not UNSET:
            field_dict["transferOrderLineNbr"] = transfer_order_line_nbr
        if complete_po_line is not UNSET:
            field_dict["completePoLine"] = complete_po_line
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
        _value = _rest.pop("allocations", UNSET)
        _instance.allocations = (
            UNSET
            if _value is UNSET
            else [_models.AllocationsDto.from_dict(allocations_item_data) for allocations_item_data in _value]
        )
        _instance.note = _rest.pop("note", UNSET)
        _instance.line_nbr = _rest.pop("lineNbr", UNSET)
        _value = _rest.pop("branch", UNSET)
        _instance.branch = UNSET if _value is UNSET else _models.BranchInPurchaseReceiptLineDto.from_dict(_value)
        _value = _rest.pop("branchNumber", UNSET)
        _instance.branch_number = (
            UNSET if _value is UNSET else _models.BranchNumberInPurchaseReceiptLineDto.from_dict(_value)
        )
        _value = _rest.pop("inventory", UNSET)
        _instance.inventory = UNSET if _value is UNSET else _models.InventoryNumberDescriptionDto.from_dict(_value)
        _instance.line_type = _rest.pop("lineType", UNSET)
        _value = _rest.pop("warehouse", UNSET)
        _instance.warehouse = UNSET if _value is UNSET else _models.WarehouseInPurchaseReceiptLineDto.from_dict(_value)
        _value = _rest.pop("location", UNSET)
        _instance.location = UNSET if _value is UNSET else _models.LocationInPurchaseReceiptLineDto.from_dict(_value)
        _instance.transaction_description = _rest.pop("transactionDescription", UNSET)
        _instance.uom = _rest.pop("uom", UNSET)
        _instance.order_qty = _rest.pop("orderQty", UNSET)
        _instance.open_qty = _rest.pop("openQty", UNSET)
        _instance.receipt_qty = _rest.pop("receiptQty", UNSET)
        _instance.unit_cost = _rest.pop("unitCost", UNSET)
        _instance.ext_cost = _rest.pop("extCost", UNSET)
        _instance.discount_percent = _rest.pop("discountPercent", UNSET)
        _instance.discount_amount = _rest.pop("discountAmount", UNSET)
        _instance.manual_discount = _rest.pop("manualDiscount", UNSET)
        _value = _rest.pop("discountCode", UNSET)
        _instance.discount_code = (
            UNSET if _value is UNSET else _models.DiscountCodeInPurchaseReceiptLineDto.from_dict(_value)
        )
        _instance.amount = _rest.pop("amount", UNSET)
        _value = _rest.pop("taxCategory", UNSET)
        _instance.tax_category = (
            UNSET if _value is UNSET else _models.TaxCategoryInPurchaseReceiptLineDto.from_dict(_value)
        )
        _value = _rest.pop("account", UNSET)
        _instance.account = UNSET if _value is UNSET else _models.AccountInPurchaseReceiptLineDto.from_dict(_value)
        _instance.account_description = _rest.pop("accountDescription", UNSET)
        _value = _rest.pop("sub", UNSET)
        _instance.sub = UNSET if _value is UNSET else _models.SubInPurchaseReceiptLineDto.from_dict(_value)
        _value = _rest.pop("actualAccount", UNSET)
        _instance.actual_account = (
            UNSET if _value is UNSET else _models.ActualAccountInPurchaseReceiptLineDto.from_dict(_value)
        )
        _value = _rest.pop("actualSub", UNSET)
        _instance.actual_sub = UNSET if _value is UNSET else _models.ActualSubInPurchaseReceiptLineDto.from_dict(_value)
        _value = _rest.pop("project", UNSET)
        _instance.project = UNSET if _value is UNSET else _models.ProjectInPurchaseReceiptLineDto.from_dict(_value)
        _value = _rest.pop("projectTask", UNSET)
        _instance.project_task = (
            UNSET if _value is UNSET else _models.ProjectTaskInPurchaseReceiptLineDto.from_dict(_value)
        )
        _value = _rest.pop("expirationDate", UNSET)
        _instance.expiration_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.lot_serial_number = _rest.pop("lotSerialNumber", UNSET)
        _instance.po_order_type = _rest.pop("poOrderType", UNSET)
        _instance.po_order_nbr = _rest.pop("poOrderNbr", UNSET)
        _instance.po_order_line_nbr = _rest.pop("poOrderLineNbr", UNSET)
        _instance.transfer_order_type = _rest.pop("transferOrderType", UNSET)
        _instance.transfer_order_nbr = _rest.pop("transferOrderNbr", UNSET)
        _instance.transfer_order_line_nbr = _rest.pop("transferOrderLineNbr", UNSET)
        _instance.complete_po_line = _rest.pop("completePoLine", UNSET)
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
