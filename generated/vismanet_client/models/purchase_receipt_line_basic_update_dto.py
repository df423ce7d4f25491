from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.purchase_receipt_line_basic_update_dto_operation import (
    PurchaseReceiptLineBasicUpdateDtoOperation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_description_in_purchase_receipt_line_basic_update_dto import (
        AccountDescriptionInPurchaseReceiptLineBasicUpdateDto,
    )
    from ..models.account_id_in_purchase_receipt_line_basic_update_dto import (
        AccountIdInPurchaseReceiptLineBasicUpdateDto,
    )
    from ..models.actual_account_id_in_purchase_receipt_line_basic_update_dto import (
        ActualAccountIdInPurchaseReceiptLineBasicUpdateDto,
    )
    from ..models.amount_in_purchase_receipt_line_basic_update_dto import AmountInPurchaseReceiptLineBasicUpdateDto
    from ..models.branch_id_in_purchase_receipt_line_basic_update_dto import BranchIdInPurchaseReceiptLineBasicUpdateDto
    from ..models.branch_number_in_purchase_receipt_line_basic_update_dto import (
        BranchNumberInPurchaseReceiptLineBasicUpdateDto,
    )
    from ..models.complete_po_line_in_purchase_receipt_line_basic_update_dto import (
        CompletePoLineInPurchaseReceiptLineBasicUpdateDto,
    )
    from ..models.custom_date_time_utc1_in_purchase_receipt_line_basic_update_dto import (
        CustomDateTimeUTC1InPurchaseReceiptLineBasicUpdateDto,
    )
    from ..models.custom_dec_1_in_purchase_receipt_line_basic_update_dto import (
        CustomDec1InPurchaseReceiptLineBasicUpdateDto,
    )
    from ..models.custom_dec_2_in_purchase_receipt_line_basic_update_dto import (
        CustomDec2InPurchaseReceiptLineBasicUpdateDto,
    )
    from ..models.custom_int_1_in_purchase_receipt_line_basic_update_dto import (
        CustomInt1InPurchaseReceiptLineBasicUpdateDto,
    )
    from ..models.custom_int_2_in_purchase_receipt_line_basic_update_dto import (
        CustomInt2InPurchaseReceiptLineBasicUpdateDto,
    )
    from ..models.custom_str_1_in_purchase_receipt_line_basic_update_dto import (
        CustomStr1InPurchaseReceiptLineBasicUpdateDto,
    )
    from ..models.custom_str_2_in_purchase_receipt_line_basic_update_dto import (
        CustomStr2InPurchaseReceiptLineBasicUpdateDto,
    )
    from ..models.custom_str_3_in_purchase_receipt_line_basic_update_dto import (
        CustomStr3InPurchaseReceiptLineBasicUpdateDto,
    )
    from ..models.custom_str_4_in_purchase_receipt_line_basic_update_dto import (
        CustomStr4InPurchaseReceiptLineBasicUpdateDto,
    )
    from ..models.custom_str_5_in_purchase_receipt_line_basic_update_dto import (
        CustomStr5InPurchaseReceiptLineBasicUpdateDto,
    )
    from ..models.discount_amount_in_purchase_receipt_line_basic_update_dto import (
        DiscountAmountInPurchaseReceiptLineBasicUpdateDto,
    )
    from ..models.discount_code_id_in_purchase_receipt_line_basic_update_dto import (
        DiscountCodeIdInPurchaseReceiptLineBasicUpdateDto,
    )
    from ..models.discount_percent_in_purchase_receipt_line_basic_update_dto import (
        DiscountPercentInPurchaseReceiptLineBasicUpdateDto,
    )
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.expiration_date_in_purchase_receipt_line_basic_update_dto import (
        ExpirationDateInPurchaseReceiptLineBasicUpdateDto,
    )
    from ..models.ext_cost_in_purchase_receipt_line_basic_update_dto import ExtCostInPurchaseReceiptLineBasicUpdateDto
    from ..models.inventory_id_in_purchase_receipt_line_basic_update_dto import (
        InventoryIdInPurchaseReceiptLineBasicUpdateDto,
    )
    from ..models.line_nbr_in_purchase_receipt_line_basic_update_dto import LineNbrInPurchaseReceiptLineBasicUpdateDto
    from ..models.line_type_in_purchase_receipt_line_basic_update_dto import LineTypeInPurchaseReceiptLineBasicUpdateDto
    from ..models.location_id_in_purchase_receipt_line_basic_update_dto import (
        LocationIdInPurchaseReceiptLineBasicUpdateDto,
    )
    from ..models.manual_discount_in_purchase_receipt_line_basic_update_dto import (
        ManualDiscountInPurchaseReceiptLineBasicUpdateDto,
    )
    from ..models.po_order_line_nbr_in_purchase_receipt_line_basic_update_dto import (
        PoOrderLineNbrInPurchaseReceiptLineBasicUpdateDto,
    )
    from ..models.po_order_nbr_in_purchase_receipt_line_basic_update_dto import (
        PoOrderNbrInPurchaseReceiptLineBasicUpdateDto,
    )
    from ..models.po_order_type_in_purchase_receipt_line_basic_update_dto import (
        PoOrderTypeInPurchaseReceiptLineBasicUpdateDto,
    )
    from ..models.project_id_in_purchase_receipt_line_basic_update_dto import (
        ProjectIdInPurchaseReceiptLineBasicUpdateDto,
    )
    from ..models.project_task_id_in_purchase_receipt_line_basic_update_dto import (
        ProjectTaskIdInPurchaseReceiptLineBasicUpdateDto,
    )
    from ..models.receipt_qty_in_purchase_receipt_line_basic_update_dto import (
        ReceiptQtyInPurchaseReceiptLineBasicUpdateDto,
    )
    from ..models.segment_update_dto import SegmentUpdateDto
    from ..models.tax_category_id_in_purchase_receipt_line_basic_update_dto import (
        TaxCategoryIdInPurchaseReceiptLineBasicUpdateDto,
    )
    from ..models.transaction_description_in_purchase_receipt_line_basic_update_dto import (
        TransactionDescriptionInPurchaseReceiptLineBasicUpdateDto,
    )
    from ..models.transfer_order_line_nbr_in_purchase_receipt_line_basic_update_dto import (
        TransferOrderLineNbrInPurchaseReceiptLineBasicUpdateDto,
    )
    from ..models.transfer_order_nbr_in_purchase_receipt_line_basic_update_dto import (
        TransferOrderNbrInPurchaseReceiptLineBasicUpdateDto,
    )
    from ..models.transfer_order_type_in_purchase_receipt_line_basic_update_dto import (
        TransferOrderTypeInPurchaseReceiptLineBasicUpdateDto,
    )
    from ..models.unit_cost_in_purchase_receipt_line_basic_update_dto import UnitCostInPurchaseReceiptLineBasicUpdateDto
    from ..models.uom_in_purchase_receipt_line_basic_update_dto import UomInPurchaseReceiptLineBasicUpdateDto
    from ..models.warehouse_id_in_purchase_receipt_line_basic_update_dto import (
        WarehouseIdInPurchaseReceiptLineBasicUpdateDto,
    )


T = TypeVar("T", bound="PurchaseReceiptLineBasicUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
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
class PurchaseReceiptLineBasicUpdateDto:
    """This class represents a Purchase Receipt Line in PurchaseReceiptBasicContraoller. Used for adding data.

    Attributes:
        operation (PurchaseReceiptLineBasicUpdateDtoOperation | Unset):
        line_nbr (LineNbrInPurchaseReceiptLineBasicUpdateDto | Unset): The Document details tab &gt; The number of the
            purchase receipt line.
        line_type (LineTypeInPurchaseReceiptLineBasicUpdateDto | Unset): The Document details tab &gt; The type of the
            purchase receipt line.
        branch_id (BranchIdInPurchaseReceiptLineBasicUpdateDto | Unset): BranchId is deprecated, please use BranchNumber
            instead.
        branch_number (BranchNumberInPurchaseReceiptLineBasicUpdateDto | Unset): The Document details tab &gt; The
            number of the branch to which the purchase receipt line belongs.
        inventory_id (InventoryIdInPurchaseReceiptLineBasicUpdateDto | Unset): The Document details tab &gt; The item ID
            of the received item.
        warehouse_id (WarehouseIdInPurchaseReceiptLineBasicUpdateDto | Unset): The Document details tab &gt; The
            warehouse where the item has been received.
        location_id (LocationIdInPurchaseReceiptLineBasicUpdateDto | Unset): The Document details tab &gt; The location
            where the item has been received.
        transaction_description (TransactionDescriptionInPurchaseReceiptLineBasicUpdateDto | Unset): The Document
            details tab &gt; The description of the receipt or return transaction.
        uom (UomInPurchaseReceiptLineBasicUpdateDto | Unset): The Document details tab &gt; The unit of measure (UoM)
            used for the purchased or transferred item. By default, it is the purchase unit.
        receipt_qty (ReceiptQtyInPurchaseReceiptLineBasicUpdateDto | Unset): The Document details tab &gt; The quantity
            of the item in the specified UoM that has been received (listed on released receipts).
        unit_cost (UnitCostInPurchaseReceiptLineBasicUpdateDto | Unset): The Document details tab &gt; The cost of a
            unit of the purchased item.
        ext_cost (ExtCostInPurchaseReceiptLineBasicUpdateDto | Unset): The Document details tab &gt; The extended cost
            of the item, which is the unit price multiplied by the quantity.
        discount_percent (DiscountPercentInPurchaseReceiptLineBasicUpdateDto | Unset): The Document details tab &gt; The
            automatically calculated or manually entered discount percent on the line.
        discount_amount (DiscountAmountInPurchaseReceiptLineBasicUpdateDto | Unset): The Document details tab &gt; The
            automatically calculated or manually entered discount amount on the line.
        manual_discount (ManualDiscountInPurchaseReceiptLineBasicUpdateDto | Unset): The Document details tab &gt; A
            check box that indicates (if selected) that the discount has been applied manually.
        discount_code_id (DiscountCodeIdInPurchaseReceiptLineBasicUpdateDto | Unset): The Document details tab &gt; The
            code of the line discount that has been applied to this line automatically.
        amount (AmountInPurchaseReceiptLineBasicUpdateDto | Unset): The Document details tab &gt; The amount calculated
            (after discount has been taken) for the item.
        tax_category_id (TaxCategoryIdInPurchaseReceiptLineBasicUpdateDto | Unset): The Document details tab &gt; The
            VAT category assigned to the stock item.
        account_id (AccountIdInPurchaseReceiptLineBasicUpdateDto | Unset): The Document details tab &gt; The account
            used to record the item amount on the purchase receipt; used for non-stock items for which receipt is not
            required.
        account_description (AccountDescriptionInPurchaseReceiptLineBasicUpdateDto | Unset): The Document details tab
            &gt; The description of this account.
        subaccount (list[SegmentUpdateDto] | Unset): The Document details tab &gt; The subaccount to be used to record
            the non-stock item amount on the purchase receipt (for non-stock items for which receipts are not required).
        actual_account_id (ActualAccountIdInPurchaseReceiptLineBasicUpdateDto | Unset): The Document details tab &gt;
            The accrual account to record the item amount on the purchase receipt; used for stock items and non-stock items
            for which a receipt is required.
        actual_subaccount (list[SegmentUpdateDto] | Unset): The Document details tab &gt; The subaccount used to record
            the item amount on the purchase receipt, used for stock items and non-stock items for which a receipt is
            required.
        project_id (ProjectIdInPurchaseReceiptLineBasicUpdateDto | Unset): The Document details tab &gt; The project
            with which the document is associated.
        project_task_id (ProjectTaskIdInPurchaseReceiptLineBasicUpdateDto | Unset): The Document details tab &gt; The
            project task with which the document is associated.
        expiration_date (ExpirationDateInPurchaseReceiptLineBasicUpdateDto | Unset): The Document details tab &gt; The
            expiration date of the received item.
        lot_serial_number (DtoValueOfString | Unset):
        po_order_type (PoOrderTypeInPurchaseReceiptLineBasicUpdateDto | Unset): The Document details tab &gt; The type
            of the purchase order related to this purchase receipt.
        po_order_nbr (PoOrderNbrInPurchaseReceiptLineBasicUpdateDto | Unset): This property replaced by an action,
            please use the following sub-
            endpoint:/controller/api/v1/PurchaseReceipt/{receiptNumber}/action/addpurchaseorder.
        po_order_line_nbr (PoOrderLineNbrInPurchaseReceiptLineBasicUpdateDto | Unset): This property replaced by an
            action please use the following sub-
            endpoint:/controller/api/v1/PurchaseReceipt/{receiptNumber}/action/addpurchaseorderlines
        transfer_order_type (TransferOrderTypeInPurchaseReceiptLineBasicUpdateDto | Unset): The Document details tab
            &gt; The type of the transfer order to which this receipt is linked.
        transfer_order_nbr (TransferOrderNbrInPurchaseReceiptLineBasicUpdateDto | Unset): The Document details tab &gt;
            The reference number of the transfer order to which this receipt is linked.
        transfer_order_line_nbr (TransferOrderLineNbrInPurchaseReceiptLineBasicUpdateDto | Unset): The Document details
            tab &gt; The line number in the transfer order to which this receipt is linked.
        complete_po_line (CompletePoLineInPurchaseReceiptLineBasicUpdateDto | Unset): The Document details tab &gt; A
            check box that indicates to the system (if selected) that the purchase order line added to this receipt line
            should be considered completed upon release of this purchase receipt.
        custom_str_1 (CustomStr1InPurchaseReceiptLineBasicUpdateDto | Unset): A free custom colum of type string with
            max length 100.
        custom_str_2 (CustomStr2InPurchaseReceiptLineBasicUpdateDto | Unset): A free custom colum of type string with
            max length 100.
        custom_str_3 (CustomStr3InPurchaseReceiptLineBasicUpdateDto | Unset): A free custom colum of type string with
            max length 100.
        custom_str_4 (CustomStr4InPurchaseReceiptLineBasicUpdateDto | Unset): A free custom colum of type string with
            max length 100.
        custom_str_5 (CustomStr5InPurchaseReceiptLineBasicUpdateDto | Unset): A free custom colum of type string with
            max length 100.
        custom_dec_1 (CustomDec1InPurchaseReceiptLineBasicUpdateDto | Unset): A free custom colum of type decimal with
            max 4 decimals.
        custom_dec_2 (CustomDec2InPurchaseReceiptLineBasicUpdateDto | Unset): A free custom colum of type decimal with
            max 4 decimals.
        custom_int_1 (CustomInt1InPurchaseReceiptLineBasicUpdateDto | Unset): A free custom colum of type int
        custom_int_2 (CustomInt2InPurchaseReceiptLineBasicUpdateDto | Unset): A free custom colum of type int
        custom_date_time_utc1 (CustomDateTimeUTC1InPurchaseReceiptLineBasicUpdateDto | Unset): A free custom colum of
            type DateTime - in UTC timezone
    """

    operation: PurchaseReceiptLineBasicUpdateDtoOperation | Unset = UNSET
    line_nbr: LineNbrInPurchaseReceiptLineBasicUpdateDto | Unset = UNSET
    line_type: LineTypeInPurchaseReceiptLineBasicUpdateDto | Unset = UNSET
    branch_id: BranchIdInPurchaseReceiptLineBasicUpdateDto | Unset = UNSET
    branch_number: BranchNumberInPurchaseReceiptLineBasicUpdateDto | Unset = UNSET
    inventory_id: InventoryIdInPurchaseReceiptLineBasicUpdateDto | Unset = UNSET
    warehouse_id: WarehouseIdInPurchaseReceiptLineBasicUpdateDto | Unset = UNSET
    location_id: LocationIdInPurchaseReceiptLineBasicUpdateDto | Unset = UNSET
    transaction_description: TransactionDescriptionInPurchaseReceiptLineBasicUpdateDto | Unset = UNSET
    uom: UomInPurchaseReceiptLineBasicUpdateDto | Unset = UNSET
    receipt_qty: ReceiptQtyInPurchaseReceiptLineBasicUpdateDto | Unset = UNSET
    unit_cost: UnitCostInPurchaseReceiptLineBasicUpdateDto | Unset = UNSET
    ext_cost: ExtCostInPurchaseReceiptLineBasicUpdateDto | Unset = UNSET
    discount_percent: DiscountPercentInPurchaseReceiptLineBasicUpdateDto | Unset = UNSET
    discount_amount: DiscountAmountInPurchaseReceiptLineBasicUpdateDto | Unset = UNSET
    manual_discount: ManualDiscountInPurchaseReceiptLineBasicUpdateDto | Unset = UNSET
    discount_code_id: DiscountCodeIdInPurchaseReceiptLineBasicUpdateDto | Unset = UNSET
    amount: AmountInPurchaseReceiptLineBasicUpdateDto | Unset = UNSET
    tax_category_id: TaxCategoryIdInPurchaseReceiptLineBasicUpdateDto | Unset = UNSET
    account_id: AccountIdInPurchaseReceiptLineBasicUpdateDto | Unset = UNSET
    account_description: AccountDescriptionInPurchaseReceiptLineBasicUpdateDto | Unset = UNSET
    subaccount: list[SegmentUpdateDto] | Unset = UNSET
    actual_account_id: ActualAccountIdInPurchaseReceiptLineBasicUpdateDto | Unset = UNSET
    actual_subaccount: list[SegmentUpdateDto] | Unset = UNSET
    project_id: ProjectIdInPurchaseReceiptLineBasicUpdateDto | Unset = UNSET
    project_task_id: ProjectTaskIdInPurchaseReceiptLineBasicUpdateDto | Unset = UNSET
    expiration_date: ExpirationDateInPurchaseReceiptLineBasicUpdateDto | Unset = UNSET
    lot_serial_number: DtoValueOfString | Unset = UNSET
    po_order_type: PoOrderTypeInPurchaseReceiptLineBasicUpdateDto | Unset = UNSET
    po_order_nbr: PoOrderNbrInPurchaseReceiptLineBasicUpdateDto | Unset = UNSET
    po_order_line_nbr: PoOrderLineNbrInPurchaseReceiptLineBasicUpdateDto | Unset = UNSET
    transfer_order_type: TransferOrderTypeInPurchaseReceiptLineBasicUpdateDto | Unset = UNSET
    transfer_order_nbr: TransferOrderNbrInPurchaseReceiptLineBasicUpdateDto | Unset = UNSET
    transfer_order_line_nbr: TransferOrderLineNbrInPurchaseReceiptLineBasicUpdateDto | Unset = UNSET
    complete_po_line: CompletePoLineInPurchaseReceiptLineBasicUpdateDto | Unset = UNSET
    custom_str_1: CustomStr1InPurchaseReceiptLineBasicUpdateDto | Unset = UNSET
    custom_str_2: CustomStr2InPurchaseReceiptLineBasicUpdateDto | Unset = UNSET
    custom_str_3: CustomStr3InPurchaseReceiptLineBasicUpdateDto | Unset = UNSET
    custom_str_4: CustomStr4InPurchaseReceiptLineBasicUpdateDto | Unset = UNSET
    custom_str_5: CustomStr5InPurchaseReceiptLineBasicUpdateDto | Unset = UNSET
    custom_dec_1: CustomDec1InPurchaseReceiptLineBasicUpdateDto | Unset = UNSET
    custom_dec_2: CustomDec2InPurchaseReceiptLineBasicUpdateDto | Unset = UNSET
    custom_int_1: CustomInt1InPurchaseReceiptLineBasicUpdateDto | Unset = UNSET
    custom_int_2: CustomInt2InPurchaseReceiptLineBasicUpdateDto | Unset = UNSET
    custom_date_time_utc1: CustomDateTimeUTC1InPurchaseReceiptLineBasicUpdateDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        line_nbr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_nbr, Unset):
            line_nbr = self.line_nbr.to_dict()

        line_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_type, Unset):
            line_type = self.line_type.to_dict()

        branch_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch_id, Unset):
            branch_id = self.branch_id.to_dict()

        branch_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch_number, Unset):
            branch_number = self.branch_number.to_dict()

        inventory_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_id, Unset):
            inventory_id = self.inventory_id.to_dict()

        warehouse_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.warehouse_id, Unset):
            warehouse_id = self.warehouse_id.to_dict()

        location_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location_id, Unset):
            location_id = self.location_id.to_dict()

        transaction_description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transaction_description, Unset):
            transaction_description = self.transaction_description.to_dict()

        uom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.uom, Unset):
            uom = self.uom.to_dict()

        receipt_qty: dict[str, Any] | Unset = UNSET
        if not isinstance(self.receipt_qty, Unset):
            receipt_qty = self.receipt_qty.to_dict()

        unit_cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit_cost, Unset):
            unit_cost = self.unit_cost.to_dict()

        ext_cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ext_cost, Unset):
            ext_cost = self.ext_cost.to_dict()

        discount_percent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_percent, Unset):
            discount_percent = self.discount_percent.to_dict()

        discount_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_amount, Unset):
            discount_amount = self.discount_amount.to_dict()

        manual_discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.manual_discount, Unset):
            manual_discount = self.manual_discount.to_dict()

        discount_code_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_code_id, Unset):
            discount_code_id = self.discount_code_id.to_dict()

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        tax_category_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_category_id, Unset):
            tax_category_id = self.tax_category_id.to_dict()

        account_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_id, Unset):
            account_id = self.account_id.to_dict()

        account_description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_description, Unset):
            account_description = self.account_description.to_dict()

        subaccount: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subaccount, Unset):
            subaccount = []
            for subaccount_item_data in self.subaccount:
                subaccount_item = subaccount_item_data.to_dict()
                subaccount.append(subaccount_item)

        actual_account_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actual_account_id, Unset):
            actual_account_id = self.actual_account_id.to_dict()

        actual_subaccount: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actual_subaccount, Unset):
            actual_subaccount = []
            for actual_subaccount_item_data in self.actual_subaccount:
                actual_subaccount_item = actual_subaccount_item_data.to_dict()
                actual_subaccount.append(actual_subaccount_item)

        project_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_id, Unset):
            project_id = self.project_id.to_dict()

        project_task_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_task_id, Unset):
            project_task_id = self.project_task_id.to_dict()

        expiration_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.to_dict()

        lot_serial_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lot_serial_number, Unset):
            lot_serial_number = self.lot_serial_number.to_dict()

        po_order_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.po_order_type, Unset):
            po_order_type = self.po_order_type.to_dict()

        po_order_nbr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.po_order_nbr, Unset):
            po_order_nbr = self.po_order_nbr.to_dict()

        po_order_line_nbr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.po_order_line_nbr, Unset):
            po_order_line_nbr = self.po_order_line_nbr.to_dict()

        transfer_order_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transfer_order_type, Unset):
            transfer_order_type = self.transfer_order_type.to_dict()

        transfer_order_nbr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transfer_order_nbr, Unset):
            transfer_order_nbr = self.transfer_order_nbr.to_dict()

        transfer_order_line_nbr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transfer_order_line_nbr, Unset):
            transfer_order_line_nbr = self.transfer_order_line_nbr.to_dict()

        complete_po_line: dict[str, Any] | Unset = UNSET
        if not isinstance(self.complete_po_line, Unset):
            complete_po_line = self.complete_po_line.to_dict()

        custom_str_1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_str_1, Unset):
            custom_str_1 = self.custom_str_1.to_dict()

        custom_str_2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_str_2, Unset):
            custom_str_2 = self.custom_str_2.to_dict()

        custom_str_3: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_str_3, Unset):
            custom_str_3 = self.custom_str_3.to_dict()

        custom_str_4: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_str_4, Unset):
            custom_str_4 = self.custom_str_4.to_dict()

        custom_str_5: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_str_5, Unset):
            custom_str_5 = self.custom_str_5.to_dict()

        custom_dec_1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_dec_1, Unset):
            custom_dec_1 = self.custom_dec_1.to_dict()

        custom_dec_2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_dec_2, Unset):
            custom_dec_2 = self.custom_dec_2.to_dict()

        custom_int_1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_int_1, Unset):
            custom_int_1 = self.custom_int_1.to_dict()

        custom_int_2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_int_2, Unset):
            custom_int_2 = self.custom_int_2.to_dict()

        custom_date_time_utc1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_date_time_utc1, Unset):
            custom_date_time_utc1 = self.custom_date_time_utc1.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation
        if line_nbr is not UNSET:
            field_dict["lineNbr"] = line_nbr
        if line_type is not UNSET:
            field_dict["lineType"] = line_type
        if branch_id is not UNSET:
            field_dict["branchId"] = branch_id
        if branch_number is not UNSET:
            field_dict["branchNumber"] = branch_number
        if inventory_id is not UNSET:
            field_dict["inventoryId"] = inventory_id
        if warehouse_id is not UNSET:
            field_dict["warehouseId"] = warehouse_id
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if transaction_description is not UNSET:
            field_dict["transactionDescription"] = transaction_description
        if uom is not UNSET:
            field_dict["uom"] = uom
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
        if discount_code_id is not UNSET:
            field_dict["discountCodeId"] = discount_code_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if tax_category_id is not UNSET:
            field_dict["taxCategoryId"] = tax_category_id
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if account_description is not UNSET:
            field_dict["accountDescription"] = account_description
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if actual_account_id is not UNSET:
            field_dict["actualAccountId"] = actual_account_id
        if actual_subaccount is not UNSET:
            field_dict["actualSubaccount"] = actual_subaccount
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if project_task_id is not UNSET:
            field_dict["projectTaskId"] = project_task_id
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
        _instance.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("lineNbr", UNSET)
        _instance.line_nbr = (
            UNSET if _value is UNSET else _models.LineNbrInPurchaseReceiptLineBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("lineType", UNSET)
        _instance.line_type = (
            UNSET if _value is UNSET else _models.LineTypeInPurchaseReceiptLineBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("branchId", UNSET)
        _instance.branch_id = (
            UNSET if _value is UNSET else _models.BranchIdInPurchaseReceiptLineBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("branchNumber", UNSET)
        _instance.branch_number = (
            UNSET if _value is UNSET else _models.BranchNumberInPurchaseReceiptLineBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("inventoryId", UNSET)
        _instance.inventory_id = (
            UNSET if _value is UNSET else _models.InventoryIdInPurchaseReceiptLineBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("warehouseId", UNSET)
        _instance.warehouse_id = (
            UNSET if _value is UNSET else _models.WarehouseIdInPurchaseReceiptLineBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("locationId", UNSET)
        _instance.location_id = (
            UNSET if _value is UNSET else _models.LocationIdInPurchaseReceiptLineBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("transactionDescription", UNSET)
        _instance.transaction_description = (
            UNSET
            if _value is UNSET
            else _models.TransactionDescriptionInPurchaseReceiptLineBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("uom", UNSET)
        _instance.uom = UNSET if _value is UNSET else _models.UomInPurchaseReceiptLineBasicUpdateDto.from_dict(_value)
        _value = _rest.pop("receiptQty", UNSET)
        _instance.receipt_qty = (
            UNSET if _value is UNSET else _models.ReceiptQtyInPurchaseReceiptLineBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("unitCost", UNSET)
        _instance.unit_cost = (
            UNSET if _value is UNSET else _models.UnitCostInPurchaseReceiptLineBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("extCost", UNSET)
        _instance.ext_cost = (
            UNSET if _value is UNSET else _models.ExtCostInPurchaseReceiptLineBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("discountPercent", UNSET)
        _instance.discount_percent = (
            UNSET if _value is UNSET else _models.DiscountPercentInPurchaseReceiptLineBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("discountAmount", UNSET)
        _instance.discount_amount = (
            UNSET if _value is UNSET else _models.DiscountAmountInPurchaseReceiptLineBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("manualDiscount", UNSET)
        _instance.manual_discount = (
            UNSET if _value is UNSET else _models.ManualDiscountInPurchaseReceiptLineBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("discountCodeId", UNSET)
        _instance.discount_code_id = (
            UNSET if _value is UNSET else _models.DiscountCodeIdInPurchaseReceiptLineBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("amount", UNSET)
        _instance.amount = (
            UNSET if _value is UNSET else _models.AmountInPurchaseReceiptLineBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("taxCategoryId", UNSET)
        _instance.tax_category_id = (
            UNSET if _value is UNSET else _models.TaxCategoryIdInPurchaseReceiptLineBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("accountId", UNSET)
        _instance.account_id = (
            UNSET if _value is UNSET else _models.AccountIdInPurchaseReceiptLineBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("accountDescription", UNSET)
        _instance.account_description = (
            UNSET
            if _value is UNSET
            else _models.AccountDescriptionInPurchaseReceiptLineBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("subaccount", UNSET)
        _instance.subaccount = (
            UNSET
            if _value is UNSET
            else [_models.SegmentUpdateDto.from_dict(subaccount_item_data) for subaccount_item_data in _value]
        )
        _value = _rest.pop("actualAccountId", UNSET)
        _instance.actual_account_id = (
            UNSET if _value is UNSET else _models.ActualAccountIdInPurchaseReceiptLineBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("actualSubaccount", UNSET)
        _instance.actual_subaccount = (
            UNSET
            if _value is UNSET
            else [
                _models.SegmentUpdateDto.from_dict(actual_subaccount_item_data)
                for actual_subaccount_item_data in _value
            ]
        )
        _value = _rest.pop("projectId", UNSET)
        _instance.project_id = (
            UNSET if _value is UNSET else _models.ProjectIdInPurchaseReceiptLineBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("projectTaskId", UNSET)
        _instance.project_task_id = (
            UNSET if _value is UNSET else _models.ProjectTaskIdInPurchaseReceiptLineBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("expirationDate", UNSET)
        _instance.expiration_date = (
            UNSET if _value is UNSET else _models.ExpirationDateInPurchaseReceiptLineBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("lotSerialNumber", UNSET)
        _instance.lot_serial_number = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("poOrderType", UNSET)
        _instance.po_order_type = (
            UNSET if _value is UNSET else _models.PoOrderTypeInPurchaseReceiptLineBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("poOrderNbr", UNSET)
        _instance.po_order_nbr = (
            UNSET if _value is UNSET else _models.PoOrderNbrInPurchaseReceiptLineBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("poOrderLineNbr", UNSET)
        _instance.po_order_line_nbr = (
            UNSET if _value is UNSET else _models.PoOrderLineNbrInPurchaseReceiptLineBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("transferOrderType", UNSET)
        _instance.transfer_order_type = (
            UNSET if _value is UNSET else _models.TransferOrderTypeInPurchaseReceiptLineBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("transferOrderNbr", UNSET)
        _instance.transfer_order_nbr = (
            UNSET if _value is UNSET else _models.TransferOrderNbrInPurchaseReceiptLineBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("transferOrderLineNbr", UNSET)
        _instance.transfer_order_line_nbr = (
            UNSET
            if _value is UNSET
            else _models.TransferOrderLineNbrInPurchaseReceiptLineBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("completePoLine", UNSET)
        _instance.complete_po_line = (
            UNSET if _value is UNSET else _models.CompletePoLineInPurchaseReceiptLineBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("customStr1", UNSET)
        _instance.custom_str_1 = (
            UNSET if _value is UNSET else _models.CustomStr1InPurchaseReceiptLineBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("customStr2", UNSET)
        _instance.custom_str_2 = (
            UNSET if _value is UNSET else _models.CustomStr2InPurchaseReceiptLineBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("customStr3", UNSET)
        _instance.custom_str_3 = (
            UNSET if _value is UNSET else _models.CustomStr3InPurchaseReceiptLineBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("customStr4", UNSET)
        _instance.custom_str_4 = (
            UNSET if _value is UNSET else _models.CustomStr4InPurchaseReceiptLineBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("customStr5", UNSET)
        _instance.custom_str_5 = (
            UNSET if _value is UNSET else _models.CustomStr5InPurchaseReceiptLineBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("customDec1", UNSET)
        _instance.custom_dec_1 = (
            UNSET if _value is UNSET else _models.CustomDec1InPurchaseReceiptLineBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("customDec2", UNSET)
        _instance.custom_dec_2 = (
            UNSET if _value is UNSET else _models.CustomDec2InPurchaseReceiptLineBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("customInt1", UNSET)
        _instance.custom_int_1 = (
            UNSET if _value is UNSET else _models.CustomInt1InPurchaseReceiptLineBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("customInt2", UNSET)
        _instance.custom_int_2 = (
            UNSET if _value is UNSET else _models.CustomInt2InPurchaseReceiptLineBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("customDateTimeUTC1", UNSET)
        _instance.custom_date_time_utc1 = (
            UNSET
            if _value is UNSET
            else _models.CustomDateTimeUTC1InPurchaseReceiptLineBasicUpdateDto.from_dict(_value)
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
