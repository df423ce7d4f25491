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
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

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
class PurchaseReceiptLineDto(GeneratedModel):
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

    allocations: list[AllocationsDto] | Unset | None = UNSET
    note: str | Unset | None = UNSET
    line_nbr: int | Unset | None = UNSET
    branch: BranchInPurchaseReceiptLineDto | Unset | None = UNSET
    branch_number: BranchNumberInPurchaseReceiptLineDto | Unset | None = UNSET
    inventory: InventoryNumberDescriptionDto | Unset | None = UNSET
    line_type: PurchaseReceiptLineDtoLineType | Unset | None = UNSET
    warehouse: WarehouseInPurchaseReceiptLineDto | Unset | None = UNSET
    location: LocationInPurchaseReceiptLineDto | Unset | None = UNSET
    transaction_description: str | Unset | None = UNSET
    uom: str | Unset | None = UNSET
    order_qty: float | Unset | None = UNSET
    open_qty: float | Unset | None = UNSET
    receipt_qty: float | Unset | None = UNSET
    unit_cost: float | Unset | None = UNSET
    ext_cost: float | Unset | None = UNSET
    discount_percent: float | Unset | None = UNSET
    discount_amount: float | Unset | None = UNSET
    manual_discount: bool | Unset | None = UNSET
    discount_code: DiscountCodeInPurchaseReceiptLineDto | Unset | None = UNSET
    amount: float | Unset | None = UNSET
    tax_category: TaxCategoryInPurchaseReceiptLineDto | Unset | None = UNSET
    account: AccountInPurchaseReceiptLineDto | Unset | None = UNSET
    account_description: str | Unset | None = UNSET
    sub: SubInPurchaseReceiptLineDto | Unset | None = UNSET
    actual_account: ActualAccountInPurchaseReceiptLineDto | Unset | None = UNSET
    actual_sub: ActualSubInPurchaseReceiptLineDto | Unset | None = UNSET
    project: ProjectInPurchaseReceiptLineDto | Unset | None = UNSET
    project_task: ProjectTaskInPurchaseReceiptLineDto | Unset | None = UNSET
    expiration_date: datetime.datetime | Unset | None = UNSET
    lot_serial_number: str | Unset | None = UNSET
    po_order_type: PurchaseReceiptLineDtoPoOrderType | Unset | None = UNSET
    po_order_nbr: str | Unset | None = UNSET
    po_order_line_nbr: int | Unset | None = UNSET
    transfer_order_type: PurchaseReceiptLineDtoTransferOrderType | Unset | None = UNSET
    transfer_order_nbr: str | Unset | None = UNSET
    transfer_order_line_nbr: int | Unset | None = UNSET
    complete_po_line: bool | Unset | None = UNSET
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
        _value = self.allocations
        if _value is not UNSET:
            field_dict["allocations"] = (
                [
                    allocations_item_data.to_dict()
                    if isinstance(allocations_item_data, GeneratedModel)
                    else allocations_item_data
                    for allocations_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.note
        if _value is not UNSET:
            field_dict["note"] = _value
        _value = self.line_nbr
        if _value is not UNSET:
            field_dict["lineNbr"] = _value
        _value = self.branch
        if _value is not UNSET:
            field_dict["branch"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.branch_number
        if _value is not UNSET:
            field_dict["branchNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.inventory
        if _value is not UNSET:
            field_dict["inventory"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.line_type
        if _value is not UNSET:
            field_dict["lineType"] = _value
        _value = self.warehouse
        if _value is not UNSET:
            field_dict["warehouse"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.location
        if _value is not UNSET:
            field_dict["location"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.transaction_description
        if _value is not UNSET:
            field_dict["transactionDescription"] = _value
        _value = self.uom
        if _value is not UNSET:
            field_dict["uom"] = _value
        _value = self.order_qty
        if _value is not UNSET:
            field_dict["orderQty"] = _value
        _value = self.open_qty
        if _value is not UNSET:
            field_dict["openQty"] = _value
        _value = self.receipt_qty
        if _value is not UNSET:
            field_dict["receiptQty"] = _value
        _value = self.unit_cost
        if _value is not UNSET:
            field_dict["unitCost"] = _value
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
        _value = self.tax_category
        if _value is not UNSET:
            field_dict["taxCategory"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.account
        if _value is not UNSET:
            field_dict["account"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.account_description
        if _value is not UNSET:
            field_dict["accountDescription"] = _value
        _value = self.sub
        if _value is not UNSET:
            field_dict["sub"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.actual_account
        if _value is not UNSET:
            field_dict["actualAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.actual_sub
        if _value is not UNSET:
            field_dict["actualSub"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.project
        if _value is not UNSET:
            field_dict["project"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.project_task
        if _value is not UNSET:
            field_dict["projectTask"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.expiration_date
        if _value is not UNSET:
            field_dict["expirationDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.lot_serial_number
        if _value is not UNSET:
            field_dict["lotSerialNumber"] = _value
        _value = self.po_order_type
        if _value is not UNSET:
            field_dict["poOrderType"] = _value
        _value = self.po_order_nbr
        if _value is not UNSET:
            field_dict["poOrderNbr"] = _value
        _value = self.po_order_line_nbr
        if _value is not UNSET:
            field_dict["poOrderLineNbr"] = _value
        _value = self.transfer_order_type
        if _value is not UNSET:
            field_dict["transferOrderType"] = _value
        _value = self.transfer_order_nbr
        if _value is not UNSET:
            field_dict["transferOrderNbr"] = _value
        _value = self.transfer_order_line_nbr
        if _value is not UNSET:
            field_dict["transferOrderLineNbr"] = _value
        _value = self.complete_po_line
        if _value is not UNSET:
            field_dict["completePoLine"] = _value
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
        if cls is not PurchaseReceiptLineDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("allocations", UNSET)
        self.allocations = (
            [
                _models.AllocationsDto._vn_fill(_new(_models.AllocationsDto), allocations_item_data)
                if isinstance(allocations_item_data, dict)
                else allocations_item_data
                for allocations_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        self.note = _rest.pop("note", UNSET)
        self.line_nbr = _rest.pop("lineNbr", UNSET)
        _value = _rest.pop("branch", UNSET)
        self.branch = (
            _models.BranchInPurchaseReceiptLineDto._vn_fill(_new(_models.BranchInPurchaseReceiptLineDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("branchNumber", UNSET)
        self.branch_number = (
            _models.BranchNumberInPurchaseReceiptLineDto._vn_fill(
                _new(_models.BranchNumberInPurchaseReceiptLineDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("inventory", UNSET)
        self.inventory = (
            _models.InventoryNumberDescriptionDto._vn_fill(_new(_models.InventoryNumberDescriptionDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.line_type = _rest.pop("lineType", UNSET)
        _value = _rest.pop("warehouse", UNSET)
        self.warehouse = (
            _models.WarehouseInPurchaseReceiptLineDto._vn_fill(_new(_models.WarehouseInPurchaseReceiptLineDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("location", UNSET)
        self.location = (
            _models.LocationInPurchaseReceiptLineDto._vn_fill(_new(_models.LocationInPurchaseReceiptLineDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.transaction_description = _rest.pop("transactionDescription", UNSET)
        self.uom = _rest.pop("uom", UNSET)
        self.order_qty = _rest.pop("orderQty", UNSET)
        self.open_qty = _rest.pop("openQty", UNSET)
        self.receipt_qty = _rest.pop("receiptQty", UNSET)
        self.unit_cost = _rest.pop("unitCost", UNSET)
        self.ext_cost = _rest.pop("extCost", UNSET)
        self.discount_percent = _rest.pop("discountPercent", UNSET)
        self.discount_amount = _rest.pop("discountAmount", UNSET)
        self.manual_discount = _rest.pop("manualDiscount", UNSET)
        _value = _rest.pop("discountCode", UNSET)
        self.discount_code = (
            _models.DiscountCodeInPurchaseReceiptLineDto._vn_fill(
                _new(_models.DiscountCodeInPurchaseReceiptLineDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        self.amount = _rest.pop("amount", UNSET)
        _value = _rest.pop("taxCategory", UNSET)
        self.tax_category = (
            _models.TaxCategoryInPurchaseReceiptLineDto._vn_fill(
                _new(_models.TaxCategoryInPurchaseReceiptLineDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("account", UNSET)
        self.account = (
            _models.AccountInPurchaseReceiptLineDto._vn_fill(_new(_models.AccountInPurchaseReceiptLineDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.account_description = _rest.pop("accountDescription", UNSET)
        _value = _rest.pop("sub", UNSET)
        self.sub = (
            _models.SubInPurchaseReceiptLineDto._vn_fill(_new(_models.SubInPurchaseReceiptLineDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("actualAccount", UNSET)
        self.actual_account = (
            _models.ActualAccountInPurchaseReceiptLineDto._vn_fill(
                _new(_models.ActualAccountInPurchaseReceiptLineDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("actualSub", UNSET)
        self.actual_sub = (
            _models.ActualSubInPurchaseReceiptLineDto._vn_fill(_new(_models.ActualSubInPurchaseReceiptLineDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("project", UNSET)
        self.project = (
            _models.ProjectInPurchaseReceiptLineDto._vn_fill(_new(_models.ProjectInPurchaseReceiptLineDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("projectTask", UNSET)
        self.project_task = (
            _models.ProjectTaskInPurchaseReceiptLineDto._vn_fill(
                _new(_models.ProjectTaskInPurchaseReceiptLineDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("expirationDate", UNSET)
        self.expiration_date = _parse_datetime(_value)
        self.lot_serial_number = _rest.pop("lotSerialNumber", UNSET)
        self.po_order_type = _rest.pop("poOrderType", UNSET)
        self.po_order_nbr = _rest.pop("poOrderNbr", UNSET)
        self.po_order_line_nbr = _rest.pop("poOrderLineNbr", UNSET)
        self.transfer_order_type = _rest.pop("transferOrderType", UNSET)
        self.transfer_order_nbr = _rest.pop("transferOrderNbr", UNSET)
        self.transfer_order_line_nbr = _rest.pop("transferOrderLineNbr", UNSET)
        self.complete_po_line = _rest.pop("completePoLine", UNSET)
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
        ("allocations", "allocations", False, ("list", ("model", "AllocationsDto"))),
        ("note", "note", False, "str"),
        ("line_nbr", "lineNbr", False, "int"),
        ("branch", "branch", False, ("model", "BranchInPurchaseReceiptLineDto")),
        ("branch_number", "branchNumber", False, ("model", "BranchNumberInPurchaseReceiptLineDto")),
        ("inventory", "inventory", False, ("model", "InventoryNumberDescriptionDto")),
        ("line_type", "lineType", False, "str"),
        ("warehouse", "warehouse", False, ("model", "WarehouseInPurchaseReceiptLineDto")),
        ("location", "location", False, ("model", "LocationInPurchaseReceiptLineDto")),
        ("transaction_description", "transactionDescription", False, "str"),
        ("uom", "uom", False, "str"),
        ("order_qty", "orderQty", False, "float"),
        ("open_qty", "openQty", False, "float"),
        ("receipt_qty", "receiptQty", False, "float"),
        ("unit_cost", "unitCost", False, "float"),
        ("ext_cost", "extCost", False, "float"),
        ("discount_percent", "discountPercent", False, "float"),
        ("discount_amount", "discountAmount", False, "float"),
        ("manual_discount", "manualDiscount", False, "bool"),
        ("discount_code", "discountCode", False, ("model", "DiscountCodeInPurchaseReceiptLineDto")),
        ("amount", "amount", False, "float"),
        ("tax_category", "taxCategory", False, ("model", "TaxCategoryInPurchaseReceiptLineDto")),
        ("account", "account", False, ("model", "AccountInPurchaseReceiptLineDto")),
        ("account_description", "accountDescription", False, "str"),
        ("sub", "sub", False, ("model", "SubInPurchaseReceiptLineDto")),
        ("actual_account", "actualAccount", False, ("model", "ActualAccountInPurchaseReceiptLineDto")),
        ("actual_sub", "actualSub", False, ("model", "ActualSubInPurchaseReceiptLineDto")),
        ("project", "project", False, ("model", "ProjectInPurchaseReceiptLineDto")),
        ("project_task", "projectTask", False, ("model", "ProjectTaskInPurchaseReceiptLineDto")),
        ("expiration_date", "expirationDate", False, "datetime"),
        ("lot_serial_number", "lotSerialNumber", False, "str"),
        ("po_order_type", "poOrderType", False, "str"),
        ("po_order_nbr", "poOrderNbr", False, "str"),
        ("po_order_line_nbr", "poOrderLineNbr", False, "int"),
        ("transfer_order_type", "transferOrderType", False, "str"),
        ("transfer_order_nbr", "transferOrderNbr", False, "str"),
        ("transfer_order_line_nbr", "transferOrderLineNbr", False, "int"),
        ("complete_po_line", "completePoLine", False, "bool"),
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


_Lazy = _lazy_twin(PurchaseReceiptLineDto)
