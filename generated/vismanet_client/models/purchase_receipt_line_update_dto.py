from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.purchase_receipt_line_update_dto_operation import (
    PurchaseReceiptLineUpdateDtoOperation,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.account_description_in_purchase_receipt_line_update_dto import (
        AccountDescriptionInPurchaseReceiptLineUpdateDto,
    )
    from ..models.account_id_in_purchase_receipt_line_update_dto import AccountIdInPurchaseReceiptLineUpdateDto
    from ..models.actual_account_id_in_purchase_receipt_line_update_dto import (
        ActualAccountIdInPurchaseReceiptLineUpdateDto,
    )
    from ..models.allocations_update_dto import AllocationsUpdateDto
    from ..models.amount_in_purchase_receipt_line_update_dto import AmountInPurchaseReceiptLineUpdateDto
    from ..models.branch_id_in_purchase_receipt_line_update_dto import BranchIdInPurchaseReceiptLineUpdateDto
    from ..models.branch_number_in_purchase_receipt_line_update_dto import BranchNumberInPurchaseReceiptLineUpdateDto
    from ..models.complete_po_line_in_purchase_receipt_line_update_dto import (
        CompletePoLineInPurchaseReceiptLineUpdateDto,
    )
    from ..models.custom_date_time_utc1_in_purchase_receipt_line_update_dto import (
        CustomDateTimeUTC1InPurchaseReceiptLineUpdateDto,
    )
    from ..models.custom_dec_1_in_purchase_receipt_line_update_dto import CustomDec1InPurchaseReceiptLineUpdateDto
    from ..models.custom_dec_2_in_purchase_receipt_line_update_dto import CustomDec2InPurchaseReceiptLineUpdateDto
    from ..models.custom_int_1_in_purchase_receipt_line_update_dto import CustomInt1InPurchaseReceiptLineUpdateDto
    from ..models.custom_int_2_in_purchase_receipt_line_update_dto import CustomInt2InPurchaseReceiptLineUpdateDto
    from ..models.custom_str_1_in_purchase_receipt_line_update_dto import CustomStr1InPurchaseReceiptLineUpdateDto
    from ..models.custom_str_2_in_purchase_receipt_line_update_dto import CustomStr2InPurchaseReceiptLineUpdateDto
    from ..models.custom_str_3_in_purchase_receipt_line_update_dto import CustomStr3InPurchaseReceiptLineUpdateDto
    from ..models.custom_str_4_in_purchase_receipt_line_update_dto import CustomStr4InPurchaseReceiptLineUpdateDto
    from ..models.custom_str_5_in_purchase_receipt_line_update_dto import CustomStr5InPurchaseReceiptLineUpdateDto
    from ..models.discount_amount_in_purchase_receipt_line_update_dto import (
        DiscountAmountInPurchaseReceiptLineUpdateDto,
    )
    from ..models.discount_code_id_in_purchase_receipt_line_update_dto import (
        DiscountCodeIdInPurchaseReceiptLineUpdateDto,
    )
    from ..models.discount_percent_in_purchase_receipt_line_update_dto import (
        DiscountPercentInPurchaseReceiptLineUpdateDto,
    )
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.expiration_date_in_purchase_receipt_line_update_dto import (
        ExpirationDateInPurchaseReceiptLineUpdateDto,
    )
    from ..models.ext_cost_in_purchase_receipt_line_update_dto import ExtCostInPurchaseReceiptLineUpdateDto
    from ..models.inventory_id_in_purchase_receipt_line_update_dto import InventoryIdInPurchaseReceiptLineUpdateDto
    from ..models.line_nbr_in_purchase_receipt_line_update_dto import LineNbrInPurchaseReceiptLineUpdateDto
    from ..models.line_type_in_purchase_receipt_line_update_dto import LineTypeInPurchaseReceiptLineUpdateDto
    from ..models.location_id_in_purchase_receipt_line_update_dto import LocationIdInPurchaseReceiptLineUpdateDto
    from ..models.manual_discount_in_purchase_receipt_line_update_dto import (
        ManualDiscountInPurchaseReceiptLineUpdateDto,
    )
    from ..models.po_order_line_nbr_in_purchase_receipt_line_update_dto import (
        PoOrderLineNbrInPurchaseReceiptLineUpdateDto,
    )
    from ..models.po_order_nbr_in_purchase_receipt_line_update_dto import PoOrderNbrInPurchaseReceiptLineUpdateDto
    from ..models.po_order_type_in_purchase_receipt_line_update_dto import PoOrderTypeInPurchaseReceiptLineUpdateDto
    from ..models.project_id_in_purchase_receipt_line_update_dto import ProjectIdInPurchaseReceiptLineUpdateDto
    from ..models.project_task_id_in_purchase_receipt_line_update_dto import ProjectTaskIdInPurchaseReceiptLineUpdateDto
    from ..models.receipt_qty_in_purchase_receipt_line_update_dto import ReceiptQtyInPurchaseReceiptLineUpdateDto
    from ..models.segment_update_dto import SegmentUpdateDto
    from ..models.tax_category_id_in_purchase_receipt_line_update_dto import TaxCategoryIdInPurchaseReceiptLineUpdateDto
    from ..models.transaction_description_in_purchase_receipt_line_update_dto import (
        TransactionDescriptionInPurchaseReceiptLineUpdateDto,
    )
    from ..models.transfer_order_line_nbr_in_purchase_receipt_line_update_dto import (
        TransferOrderLineNbrInPurchaseReceiptLineUpdateDto,
    )
    from ..models.transfer_order_nbr_in_purchase_receipt_line_update_dto import (
        TransferOrderNbrInPurchaseReceiptLineUpdateDto,
    )
    from ..models.transfer_order_type_in_purchase_receipt_line_update_dto import (
        TransferOrderTypeInPurchaseReceiptLineUpdateDto,
    )
    from ..models.unit_cost_in_purchase_receipt_line_update_dto import UnitCostInPurchaseReceiptLineUpdateDto
    from ..models.uom_in_purchase_receipt_line_update_dto import UomInPurchaseReceiptLineUpdateDto
    from ..models.warehouse_id_in_purchase_receipt_line_update_dto import WarehouseIdInPurchaseReceiptLineUpdateDto


T = TypeVar("T", bound="PurchaseReceiptLineUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "allocations",
    "note",
    "operation",
    "line_nbr",
    "line_type",
    "branch_id",
    "branch_number",
    "inventory_id",
    "warehouse_id",
    "location_id",
    "transaction_description",
    "uom",
    "receipt_qty",
    "unit_cost",
    "ext_cost",
    "discount_percent",
    "discount_amount",
    "manual_discount",
    "discount_code_id",
    "amount",
    "tax_category_id",
    "account_id",
    "account_description",
    "subaccount",
    "actual_account_id",
    "actual_subaccount",
    "project_id",
    "project_task_id",
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
class PurchaseReceiptLineUpdateDto(GeneratedModel):
    """This class represents a Purchase Order Line in PurchaseReceiptContraoller. Used for getting data.

    Attributes:
        allocations (list[AllocationsUpdateDto] | Unset):
        note (DtoValueOfString | Unset):
        operation (PurchaseReceiptLineUpdateDtoOperation | Unset):
        line_nbr (LineNbrInPurchaseReceiptLineUpdateDto | Unset): The Document details tab &gt; The number of the
            purchase receipt line.
        line_type (LineTypeInPurchaseReceiptLineUpdateDto | Unset): The Document details tab &gt; The type of the
            purchase receipt line.
        branch_id (BranchIdInPurchaseReceiptLineUpdateDto | Unset): BranchId is deprecated, please use BranchNumber
            instead.
        branch_number (BranchNumberInPurchaseReceiptLineUpdateDto | Unset): The Document details tab &gt; The number of
            the branch to which the purchase receipt line belongs.
        inventory_id (InventoryIdInPurchaseReceiptLineUpdateDto | Unset): The Document details tab &gt; The item ID of
            the received item.
        warehouse_id (WarehouseIdInPurchaseReceiptLineUpdateDto | Unset): The Document details tab &gt; The warehouse
            where the item has been received.
        location_id (LocationIdInPurchaseReceiptLineUpdateDto | Unset): The Document details tab &gt; The location where
            the item has been received.
        transaction_description (TransactionDescriptionInPurchaseReceiptLineUpdateDto | Unset): The Document details tab
            &gt; The description of the receipt or return transaction.
        uom (UomInPurchaseReceiptLineUpdateDto | Unset): The Document details tab &gt; The unit of measure (UoM) used
            for the purchased or transferred item. By default, it is the purchase unit.
        receipt_qty (ReceiptQtyInPurchaseReceiptLineUpdateDto | Unset): The Document details tab &gt; The quantity of
            the item in the specified UoM that has been received (listed on released receipts).
        unit_cost (UnitCostInPurchaseReceiptLineUpdateDto | Unset): The Document details tab &gt; The cost of a unit of
            the purchased item.
        ext_cost (ExtCostInPurchaseReceiptLineUpdateDto | Unset): The Document details tab &gt; The extended cost of the
            item, which is the unit price multiplied by the quantity.
        discount_percent (DiscountPercentInPurchaseReceiptLineUpdateDto | Unset): The Document details tab &gt; The
            automatically calculated or manually entered discount percent on the line.
        discount_amount (DiscountAmountInPurchaseReceiptLineUpdateDto | Unset): The Document details tab &gt; The
            automatically calculated or manually entered discount amount on the line.
        manual_discount (ManualDiscountInPurchaseReceiptLineUpdateDto | Unset): The Document details tab &gt; A check
            box that indicates (if selected) that the discount has been applied manually.
        discount_code_id (DiscountCodeIdInPurchaseReceiptLineUpdateDto | Unset): The Document details tab &gt; The code
            of the line discount that has been applied to this line automatically.
        amount (AmountInPurchaseReceiptLineUpdateDto | Unset): The Document details tab &gt; The amount calculated
            (after discount has been taken) for the item.
        tax_category_id (TaxCategoryIdInPurchaseReceiptLineUpdateDto | Unset): The Document details tab &gt; The VAT
            category assigned to the stock item.
        account_id (AccountIdInPurchaseReceiptLineUpdateDto | Unset): The Document details tab &gt; The account used to
            record the item amount on the purchase receipt; used for non-stock items for which receipt is not required.
        account_description (AccountDescriptionInPurchaseReceiptLineUpdateDto | Unset): The Document details tab &gt;
            The description of this account.
        subaccount (list[SegmentUpdateDto] | Unset): The Document details tab &gt; The subaccount to be used to record
            the non-stock item amount on the purchase receipt (for non-stock items for which receipts are not required).
        actual_account_id (ActualAccountIdInPurchaseReceiptLineUpdateDto | Unset): The Document details tab &gt; The
            accrual account to record the item amount on the purchase receipt; used for stock items and non-stock items for
            which a receipt is required.
        actual_subaccount (list[SegmentUpdateDto] | Unset): The Document details tab &gt; The subaccount used to record
            the item amount on the purchase receipt, used for stock items and non-stock items for which a receipt is
            required.
        project_id (ProjectIdInPurchaseReceiptLineUpdateDto | Unset): The Document details tab &gt; The project with
            which the document is associated.
        project_task_id (ProjectTaskIdInPurchaseReceiptLineUpdateDto | Unset): The Document details tab &gt; The project
            task with which the document is associated.
        expiration_date (ExpirationDateInPurchaseReceiptLineUpdateDto | Unset): The Document details tab &gt; The
            expiration date of the received item.
        lot_serial_number (DtoValueOfString | Unset):
        po_order_type (PoOrderTypeInPurchaseReceiptLineUpdateDto | Unset): The Document details tab &gt; The type of the
            purchase order related to this purchase receipt.
        po_order_nbr (PoOrderNbrInPurchaseReceiptLineUpdateDto | Unset): This property replaced by an action, please use
            the following sub-endpoint:/controller/api/v1/PurchaseReceipt/{receiptNumber}/action/addpurchaseorder.
        po_order_line_nbr (PoOrderLineNbrInPurchaseReceiptLineUpdateDto | Unset): This property replaced by an action
            please use the following sub-
            endpoint:/controller/api/v1/PurchaseReceipt/{receiptNumber}/action/addpurchaseorderlines
        transfer_order_type (TransferOrderTypeInPurchaseReceiptLineUpdateDto | Unset): The Document details tab &gt; The
            type of the transfer order to which this receipt is linked.
        transfer_order_nbr (TransferOrderNbrInPurchaseReceiptLineUpdateDto | Unset): The Document details tab &gt; The
            reference number of the transfer order to which this receipt is linked.
        transfer_order_line_nbr (TransferOrderLineNbrInPurchaseReceiptLineUpdateDto | Unset): The Document details tab
            &gt; The line number in the transfer order to which this receipt is linked.
        complete_po_line (CompletePoLineInPurchaseReceiptLineUpdateDto | Unset): The Document details tab &gt; A check
            box that indicates to the system (if selected) that the purchase order line added to this receipt line should be
            considered completed upon release of this purchase receipt.
        custom_str_1 (CustomStr1InPurchaseReceiptLineUpdateDto | Unset): A free custom colum of type string with max
            length 100.
        custom_str_2 (CustomStr2InPurchaseReceiptLineUpdateDto | Unset): A free custom colum of type string with max
            length 100.
        custom_str_3 (CustomStr3InPurchaseReceiptLineUpdateDto | Unset): A free custom colum of type string with max
            length 100.
        custom_str_4 (CustomStr4InPurchaseReceiptLineUpdateDto | Unset): A free custom colum of type string with max
            length 100.
        custom_str_5 (CustomStr5InPurchaseReceiptLineUpdateDto | Unset): A free custom colum of type string with max
            length 100.
        custom_dec_1 (CustomDec1InPurchaseReceiptLineUpdateDto | Unset): A free custom colum of type decimal with max 4
            decimals.
        custom_dec_2 (CustomDec2InPurchaseReceiptLineUpdateDto | Unset): A free custom colum of type decimal with max 4
            decimals.
        custom_int_1 (CustomInt1InPurchaseReceiptLineUpdateDto | Unset): A free custom colum of type int
        custom_int_2 (CustomInt2InPurchaseReceiptLineUpdateDto | Unset): A free custom colum of type int
        custom_date_time_utc1 (CustomDateTimeUTC1InPurchaseReceiptLineUpdateDto | Unset): A free custom colum of type
            DateTime - in UTC timezone
    """

    allocations: list[AllocationsUpdateDto] | Unset | None = UNSET
    note: DtoValueOfString | Unset | None = UNSET
    operation: PurchaseReceiptLineUpdateDtoOperation | Unset | None = UNSET
    line_nbr: LineNbrInPurchaseReceiptLineUpdateDto | Unset | None = UNSET
    line_type: LineTypeInPurchaseReceiptLineUpdateDto | Unset | None = UNSET
    branch_id: BranchIdInPurchaseReceiptLineUpdateDto | Unset | None = UNSET
    branch_number: BranchNumberInPurchaseReceiptLineUpdateDto | Unset | None = UNSET
    inventory_id: InventoryIdInPurchaseReceiptLineUpdateDto | Unset | None = UNSET
    warehouse_id: WarehouseIdInPurchaseReceiptLineUpdateDto | Unset | None = UNSET
    location_id: LocationIdInPurchaseReceiptLineUpdateDto | Unset | None = UNSET
    transaction_description: TransactionDescriptionInPurchaseReceiptLineUpdateDto | Unset | None = UNSET
    uom: UomInPurchaseReceiptLineUpdateDto | Unset | None = UNSET
    receipt_qty: ReceiptQtyInPurchaseReceiptLineUpdateDto | Unset | None = UNSET
    unit_cost: UnitCostInPurchaseReceiptLineUpdateDto | Unset | None = UNSET
    ext_cost: ExtCostInPurchaseReceiptLineUpdateDto | Unset | None = UNSET
    discount_percent: DiscountPercentInPurchaseReceiptLineUpdateDto | Unset | None = UNSET
    discount_amount: DiscountAmountInPurchaseReceiptLineUpdateDto | Unset | None = UNSET
    manual_discount: ManualDiscountInPurchaseReceiptLineUpdateDto | Unset | None = UNSET
    discount_code_id: DiscountCodeIdInPurchaseReceiptLineUpdateDto | Unset | None = UNSET
    amount: AmountInPurchaseReceiptLineUpdateDto | Unset | None = UNSET
    tax_category_id: TaxCategoryIdInPurchaseReceiptLineUpdateDto | Unset | None = UNSET
    account_id: AccountIdInPurchaseReceiptLineUpdateDto | Unset | None = UNSET
    account_description: AccountDescriptionInPurchaseReceiptLineUpdateDto | Unset | None = UNSET
    subaccount: list[SegmentUpdateDto] | Unset | None = UNSET
    actual_account_id: ActualAccountIdInPurchaseReceiptLineUpdateDto | Unset | None = UNSET
    actual_subaccount: list[SegmentUpdateDto] | Unset | None = UNSET
    project_id: ProjectIdInPurchaseReceiptLineUpdateDto | Unset | None = UNSET
    project_task_id: ProjectTaskIdInPurchaseReceiptLineUpdateDto | Unset | None = UNSET
    expiration_date: ExpirationDateInPurchaseReceiptLineUpdateDto | Unset | None = UNSET
    lot_serial_number: DtoValueOfString | Unset | None = UNSET
    po_order_type: PoOrderTypeInPurchaseReceiptLineUpdateDto | Unset | None = UNSET
    po_order_nbr: PoOrderNbrInPurchaseReceiptLineUpdateDto | Unset | None = UNSET
    po_order_line_nbr: PoOrderLineNbrInPurchaseReceiptLineUpdateDto | Unset | None = UNSET
    transfer_order_type: TransferOrderTypeInPurchaseReceiptLineUpdateDto | Unset | None = UNSET
    transfer_order_nbr: TransferOrderNbrInPurchaseReceiptLineUpdateDto | Unset | None = UNSET
    transfer_order_line_nbr: TransferOrderLineNbrInPurchaseReceiptLineUpdateDto | Unset | None = UNSET
    complete_po_line: CompletePoLineInPurchaseReceiptLineUpdateDto | Unset | None = UNSET
    custom_str_1: CustomStr1InPurchaseReceiptLineUpdateDto | Unset | None = UNSET
    custom_str_2: CustomStr2InPurchaseReceiptLineUpdateDto | Unset | None = UNSET
    custom_str_3: CustomStr3InPurchaseReceiptLineUpdateDto | Unset | None = UNSET
    custom_str_4: CustomStr4InPurchaseReceiptLineUpdateDto | Unset | None = UNSET
    custom_str_5: CustomStr5InPurchaseReceiptLineUpdateDto | Unset | None = UNSET
    custom_dec_1: CustomDec1InPurchaseReceiptLineUpdateDto | Unset | None = UNSET
    custom_dec_2: CustomDec2InPurchaseReceiptLineUpdateDto | Unset | None = UNSET
    custom_int_1: CustomInt1InPurchaseReceiptLineUpdateDto | Unset | None = UNSET
    custom_int_2: CustomInt2InPurchaseReceiptLineUpdateDto | Unset | None = UNSET
    custom_date_time_utc1: CustomDateTimeUTC1InPurchaseReceiptLineUpdateDto | Unset | None = UNSET
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
            field_dict["note"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.operation
        if _value is not UNSET:
            field_dict["operation"] = _value
        _value = self.line_nbr
        if _value is not UNSET:
            field_dict["lineNbr"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.line_type
        if _value is not UNSET:
            field_dict["lineType"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.branch_id
        if _value is not UNSET:
            field_dict["branchId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.branch_number
        if _value is not UNSET:
            field_dict["branchNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.inventory_id
        if _value is not UNSET:
            field_dict["inventoryId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.warehouse_id
        if _value is not UNSET:
            field_dict["warehouseId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.location_id
        if _value is not UNSET:
            field_dict["locationId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.transaction_description
        if _value is not UNSET:
            field_dict["transactionDescription"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.uom
        if _value is not UNSET:
            field_dict["uom"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.receipt_qty
        if _value is not UNSET:
            field_dict["receiptQty"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.unit_cost
        if _value is not UNSET:
            field_dict["unitCost"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.ext_cost
        if _value is not UNSET:
            field_dict["extCost"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.discount_percent
        if _value is not UNSET:
            field_dict["discountPercent"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.discount_amount
        if _value is not UNSET:
            field_dict["discountAmount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.manual_discount
        if _value is not UNSET:
            field_dict["manualDiscount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.discount_code_id
        if _value is not UNSET:
            field_dict["discountCodeId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.amount
        if _value is not UNSET:
            field_dict["amount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.tax_category_id
        if _value is not UNSET:
            field_dict["taxCategoryId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.account_id
        if _value is not UNSET:
            field_dict["accountId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.account_description
        if _value is not UNSET:
            field_dict["accountDescription"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
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
        _value = self.actual_account_id
        if _value is not UNSET:
            field_dict["actualAccountId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.actual_subaccount
        if _value is not UNSET:
            field_dict["actualSubaccount"] = (
                [
                    actual_subaccount_item_data.to_dict()
                    if isinstance(actual_subaccount_item_data, GeneratedModel)
                    else actual_subaccount_item_data
                    for actual_subaccount_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.project_id
        if _value is not UNSET:
            field_dict["projectId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.project_task_id
        if _value is not UNSET:
            field_dict["projectTaskId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.expiration_date
        if _value is not UNSET:
            field_dict["expirationDate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.lot_serial_number
        if _value is not UNSET:
            field_dict["lotSerialNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.po_order_type
        if _value is not UNSET:
            field_dict["poOrderType"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.po_order_nbr
        if _value is not UNSET:
            field_dict["poOrderNbr"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.po_order_line_nbr
        if _value is not UNSET:
            field_dict["poOrderLineNbr"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.transfer_order_type
        if _value is not UNSET:
            field_dict["transferOrderType"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.transfer_order_nbr
        if _value is not UNSET:
            field_dict["transferOrderNbr"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.transfer_order_line_nbr
        if _value is not UNSET:
            field_dict["transferOrderLineNbr"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.complete_po_line
        if _value is not UNSET:
            field_dict["completePoLine"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.custom_str_1
        if _value is not UNSET:
            field_dict["customStr1"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.custom_str_2
        if _value is not UNSET:
            field_dict["customStr2"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.custom_str_3
        if _value is not UNSET:
            field_dict["customStr3"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.custom_str_4
        if _value is not UNSET:
            field_dict["customStr4"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.custom_str_5
        if _value is not UNSET:
            field_dict["customStr5"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.custom_dec_1
        if _value is not UNSET:
            field_dict["customDec1"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.custom_dec_2
        if _value is not UNSET:
            field_dict["customDec2"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.custom_int_1
        if _value is not UNSET:
            field_dict["customInt1"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.custom_int_2
        if _value is not UNSET:
            field_dict["customInt2"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.custom_date_time_utc1
        if _value is not UNSET:
            field_dict["customDateTimeUTC1"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not PurchaseReceiptLineUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("allocations", UNSET)
        self.allocations = (
            [
                _models.AllocationsUpdateDto._vn_fill(_new(_models.AllocationsUpdateDto), allocations_item_data)
                if isinstance(allocations_item_data, dict)
                else allocations_item_data
                for allocations_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("note", UNSET)
        self.note = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("lineNbr", UNSET)
        self.line_nbr = (
            _models.LineNbrInPurchaseReceiptLineUpdateDto._vn_fill(
                _new(_models.LineNbrInPurchaseReceiptLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("lineType", UNSET)
        self.line_type = (
            _models.LineTypeInPurchaseReceiptLineUpdateDto._vn_fill(
                _new(_models.LineTypeInPurchaseReceiptLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("branchId", UNSET)
        self.branch_id = (
            _models.BranchIdInPurchaseReceiptLineUpdateDto._vn_fill(
                _new(_models.BranchIdInPurchaseReceiptLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("branchNumber", UNSET)
        self.branch_number = (
            _models.BranchNumberInPurchaseReceiptLineUpdateDto._vn_fill(
                _new(_models.BranchNumberInPurchaseReceiptLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("inventoryId", UNSET)
        self.inventory_id = (
            _models.InventoryIdInPurchaseReceiptLineUpdateDto._vn_fill(
                _new(_models.InventoryIdInPurchaseReceiptLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("warehouseId", UNSET)
        self.warehouse_id = (
            _models.WarehouseIdInPurchaseReceiptLineUpdateDto._vn_fill(
                _new(_models.WarehouseIdInPurchaseReceiptLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("locationId", UNSET)
        self.location_id = (
            _models.LocationIdInPurchaseReceiptLineUpdateDto._vn_fill(
                _new(_models.LocationIdInPurchaseReceiptLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("transactionDescription", UNSET)
        self.transaction_description = (
            _models.TransactionDescriptionInPurchaseReceiptLineUpdateDto._vn_fill(
                _new(_models.TransactionDescriptionInPurchaseReceiptLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("uom", UNSET)
        self.uom = (
            _models.UomInPurchaseReceiptLineUpdateDto._vn_fill(_new(_models.UomInPurchaseReceiptLineUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("receiptQty", UNSET)
        self.receipt_qty = (
            _models.ReceiptQtyInPurchaseReceiptLineUpdateDto._vn_fill(
                _new(_models.ReceiptQtyInPurchaseReceiptLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("unitCost", UNSET)
        self.unit_cost = (
            _models.UnitCostInPurchaseReceiptLineUpdateDto._vn_fill(
                _new(_models.UnitCostInPurchaseReceiptLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("extCost", UNSET)
        self.ext_cost = (
            _models.ExtCostInPurchaseReceiptLineUpdateDto._vn_fill(
                _new(_models.ExtCostInPurchaseReceiptLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("discountPercent", UNSET)
        self.discount_percent = (
            _models.DiscountPercentInPurchaseReceiptLineUpdateDto._vn_fill(
                _new(_models.DiscountPercentInPurchaseReceiptLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("discountAmount", UNSET)
        self.discount_amount = (
            _models.DiscountAmountInPurchaseReceiptLineUpdateDto._vn_fill(
                _new(_models.DiscountAmountInPurchaseReceiptLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("manualDiscount", UNSET)
        self.manual_discount = (
            _models.ManualDiscountInPurchaseReceiptLineUpdateDto._vn_fill(
                _new(_models.ManualDiscountInPurchaseReceiptLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("discountCodeId", UNSET)
        self.discount_code_id = (
            _models.DiscountCodeIdInPurchaseReceiptLineUpdateDto._vn_fill(
                _new(_models.DiscountCodeIdInPurchaseReceiptLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("amount", UNSET)
        self.amount = (
            _models.AmountInPurchaseReceiptLineUpdateDto._vn_fill(
                _new(_models.AmountInPurchaseReceiptLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("taxCategoryId", UNSET)
        self.tax_category_id = (
            _models.TaxCategoryIdInPurchaseReceiptLineUpdateDto._vn_fill(
                _new(_models.TaxCategoryIdInPurchaseReceiptLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("accountId", UNSET)
        self.account_id = (
            _models.AccountIdInPurchaseReceiptLineUpdateDto._vn_fill(
                _new(_models.AccountIdInPurchaseReceiptLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("accountDescription", UNSET)
        self.account_description = (
            _models.AccountDescriptionInPurchaseReceiptLineUpdateDto._vn_fill(
                _new(_models.AccountDescriptionInPurchaseReceiptLineUpdateDto), _value
            )
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
        _value = _rest.pop("actualAccountId", UNSET)
        self.actual_account_id = (
            _models.ActualAccountIdInPurchaseReceiptLineUpdateDto._vn_fill(
                _new(_models.ActualAccountIdInPurchaseReceiptLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("actualSubaccount", UNSET)
        self.actual_subaccount = (
            [
                _models.SegmentUpdateDto._vn_fill(_new(_models.SegmentUpdateDto), actual_subaccount_item_data)
                if isinstance(actual_subaccount_item_data, dict)
                else actual_subaccount_item_data
                for actual_subaccount_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("projectId", UNSET)
        self.project_id = (
            _models.ProjectIdInPurchaseReceiptLineUpdateDto._vn_fill(
                _new(_models.ProjectIdInPurchaseReceiptLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("projectTaskId", UNSET)
        self.project_task_id = (
            _models.ProjectTaskIdInPurchaseReceiptLineUpdateDto._vn_fill(
                _new(_models.ProjectTaskIdInPurchaseReceiptLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("expirationDate", UNSET)
        self.expiration_date = (
            _models.ExpirationDateInPurchaseReceiptLineUpdateDto._vn_fill(
                _new(_models.ExpirationDateInPurchaseReceiptLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("lotSerialNumber", UNSET)
        self.lot_serial_number = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("poOrderType", UNSET)
        self.po_order_type = (
            _models.PoOrderTypeInPurchaseReceiptLineUpdateDto._vn_fill(
                _new(_models.PoOrderTypeInPurchaseReceiptLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("poOrderNbr", UNSET)
        self.po_order_nbr = (
            _models.PoOrderNbrInPurchaseReceiptLineUpdateDto._vn_fill(
                _new(_models.PoOrderNbrInPurchaseReceiptLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("poOrderLineNbr", UNSET)
        self.po_order_line_nbr = (
            _models.PoOrderLineNbrInPurchaseReceiptLineUpdateDto._vn_fill(
                _new(_models.PoOrderLineNbrInPurchaseReceiptLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("transferOrderType", UNSET)
        self.transfer_order_type = (
            _models.TransferOrderTypeInPurchaseReceiptLineUpdateDto._vn_fill(
                _new(_models.TransferOrderTypeInPurchaseReceiptLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("transferOrderNbr", UNSET)
        self.transfer_order_nbr = (
            _models.TransferOrderNbrInPurchaseReceiptLineUpdateDto._vn_fill(
                _new(_models.TransferOrderNbrInPurchaseReceiptLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("transferOrderLineNbr", UNSET)
        self.transfer_order_line_nbr = (
            _models.TransferOrderLineNbrInPurchaseReceiptLineUpdateDto._vn_fill(
                _new(_models.TransferOrderLineNbrInPurchaseReceiptLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("completePoLine", UNSET)
        self.complete_po_line = (
            _models.CompletePoLineInPurchaseReceiptLineUpdateDto._vn_fill(
                _new(_models.CompletePoLineInPurchaseReceiptLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customStr1", UNSET)
        self.custom_str_1 = (
            _models.CustomStr1InPurchaseReceiptLineUpdateDto._vn_fill(
                _new(_models.CustomStr1InPurchaseReceiptLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customStr2", UNSET)
        self.custom_str_2 = (
            _models.CustomStr2InPurchaseReceiptLineUpdateDto._vn_fill(
                _new(_models.CustomStr2InPurchaseReceiptLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customStr3", UNSET)
        self.custom_str_3 = (
            _models.CustomStr3InPurchaseReceiptLineUpdateDto._vn_fill(
                _new(_models.CustomStr3InPurchaseReceiptLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customStr4", UNSET)
        self.custom_str_4 = (
            _models.CustomStr4InPurchaseReceiptLineUpdateDto._vn_fill(
                _new(_models.CustomStr4InPurchaseReceiptLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customStr5", UNSET)
        self.custom_str_5 = (
            _models.CustomStr5InPurchaseReceiptLineUpdateDto._vn_fill(
                _new(_models.CustomStr5InPurchaseReceiptLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customDec1", UNSET)
        self.custom_dec_1 = (
            _models.CustomDec1InPurchaseReceiptLineUpdateDto._vn_fill(
                _new(_models.CustomDec1InPurchaseReceiptLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customDec2", UNSET)
        self.custom_dec_2 = (
            _models.CustomDec2InPurchaseReceiptLineUpdateDto._vn_fill(
                _new(_models.CustomDec2InPurchaseReceiptLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customInt1", UNSET)
        self.custom_int_1 = (
            _models.CustomInt1InPurchaseReceiptLineUpdateDto._vn_fill(
                _new(_models.CustomInt1InPurchaseReceiptLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customInt2", UNSET)
        self.custom_int_2 = (
            _models.CustomInt2InPurchaseReceiptLineUpdateDto._vn_fill(
                _new(_models.CustomInt2InPurchaseReceiptLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customDateTimeUTC1", UNSET)
        self.custom_date_time_utc1 = (
            _models.CustomDateTimeUTC1InPurchaseReceiptLineUpdateDto._vn_fill(
                _new(_models.CustomDateTimeUTC1InPurchaseReceiptLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("allocations", "allocations", False, ("list", ("model", "AllocationsUpdateDto"))),
        ("note", "note", False, ("model", "DtoValueOfString")),
        ("operation", "operation", False, "str"),
        ("line_nbr", "lineNbr", False, ("model", "LineNbrInPurchaseReceiptLineUpdateDto")),
        ("line_type", "lineType", False, ("model", "LineTypeInPurchaseReceiptLineUpdateDto")),
        ("branch_id", "branchId", False, ("model", "BranchIdInPurchaseReceiptLineUpdateDto")),
        ("branch_number", "branchNumber", False, ("model", "BranchNumberInPurchaseReceiptLineUpdateDto")),
        ("inventory_id", "inventoryId", False, ("model", "InventoryIdInPurchaseReceiptLineUpdateDto")),
        ("warehouse_id", "warehouseId", False, ("model", "WarehouseIdInPurchaseReceiptLineUpdateDto")),
        ("location_id", "locationId", False, ("model", "LocationIdInPurchaseReceiptLineUpdateDto")),
        (
            "transaction_description",
            "transactionDescription",
            False,
            ("model", "TransactionDescriptionInPurchaseReceiptLineUpdateDto"),
        ),
        ("uom", "uom", False, ("model", "UomInPurchaseReceiptLineUpdateDto")),
        ("receipt_qty", "receiptQty", False, ("model", "ReceiptQtyInPurchaseReceiptLineUpdateDto")),
        ("unit_cost", "unitCost", False, ("model", "UnitCostInPurchaseReceiptLineUpdateDto")),
        ("ext_cost", "extCost", False, ("model", "ExtCostInPurchaseReceiptLineUpdateDto")),
        ("discount_percent", "discountPercent", False, ("model", "DiscountPercentInPurchaseReceiptLineUpdateDto")),
        ("discount_amount", "discountAmount", False, ("model", "DiscountAmountInPurchaseReceiptLineUpdateDto")),
        ("manual_discount", "manualDiscount", False, ("model", "ManualDiscountInPurchaseReceiptLineUpdateDto")),
        ("discount_code_id", "discountCodeId", False, ("model", "DiscountCodeIdInPurchaseReceiptLineUpdateDto")),
        ("amount", "amount", False, ("model", "AmountInPurchaseReceiptLineUpdateDto")),
        ("tax_category_id", "taxCategoryId", False, ("model", "TaxCategoryIdInPurchaseReceiptLineUpdateDto")),
        ("account_id", "accountId", False, ("model", "AccountIdInPurchaseReceiptLineUpdateDto")),
        (
            "account_description",
            "accountDescription",
            False,
            ("model", "AccountDescriptionInPurchaseReceiptLineUpdateDto"),
        ),
        ("subaccount", "subaccount", False, ("list", ("model", "SegmentUpdateDto"))),
        ("actual_account_id", "actualAccountId", False, ("model", "ActualAccountIdInPurchaseReceiptLineUpdateDto")),
        ("actual_subaccount", "actualSubaccount", False, ("list", ("model", "SegmentUpdateDto"))),
        ("project_id", "projectId", False, ("model", "ProjectIdInPurchaseReceiptLineUpdateDto")),
        ("project_task_id", "projectTaskId", False, ("model", "ProjectTaskIdInPurchaseReceiptLineUpdateDto")),
        ("expiration_date", "expirationDate", False, ("model", "ExpirationDateInPurchaseReceiptLineUpdateDto")),
        ("lot_serial_number", "lotSerialNumber", False, ("model", "DtoValueOfString")),
        ("po_order_type", "poOrderType", False, ("model", "PoOrderTypeInPurchaseReceiptLineUpdateDto")),
        ("po_order_nbr", "poOrderNbr", False, ("model", "PoOrderNbrInPurchaseReceiptLineUpdateDto")),
        ("po_order_line_nbr", "poOrderLineNbr", False, ("model", "PoOrderLineNbrInPurchaseReceiptLineUpdateDto")),
        (
            "transfer_order_type",
            "transferOrderType",
            False,
            ("model", "TransferOrderTypeInPurchaseReceiptLineUpdateDto"),
        ),
        ("transfer_order_nbr", "transferOrderNbr", False, ("model", "TransferOrderNbrInPurchaseReceiptLineUpdateDto")),
        (
            "transfer_order_line_nbr",
            "transferOrderLineNbr",
            False,
            ("model", "TransferOrderLineNbrInPurchaseReceiptLineUpdateDto"),
        ),
        ("complete_po_line", "completePoLine", False, ("model", "CompletePoLineInPurchaseReceiptLineUpdateDto")),
        ("custom_str_1", "customStr1", False, ("model", "CustomStr1InPurchaseReceiptLineUpdateDto")),
        ("custom_str_2", "customStr2", False, ("model", "CustomStr2InPurchaseReceiptLineUpdateDto")),
        ("custom_str_3", "customStr3", False, ("model", "CustomStr3InPurchaseReceiptLineUpdateDto")),
        ("custom_str_4", "customStr4", False, ("model", "CustomStr4InPurchaseReceiptLineUpdateDto")),
        ("custom_str_5", "customStr5", False, ("model", "CustomStr5InPurchaseReceiptLineUpdateDto")),
        ("custom_dec_1", "customDec1", False, ("model", "CustomDec1InPurchaseReceiptLineUpdateDto")),
        ("custom_dec_2", "customDec2", False, ("model", "CustomDec2InPurchaseReceiptLineUpdateDto")),
        ("custom_int_1", "customInt1", False, ("model", "CustomInt1InPurchaseReceiptLineUpdateDto")),
        ("custom_int_2", "customInt2", False, ("model", "CustomInt2InPurchaseReceiptLineUpdateDto")),
        (
            "custom_date_time_utc1",
            "customDateTimeUTC1",
            False,
            ("model", "CustomDateTimeUTC1InPurchaseReceiptLineUpdateDto"),
        ),
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


_Lazy = _lazy_twin(PurchaseReceiptLineUpdateDto)
