from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.purchase_order_line_update_dto_operation import (
    PurchaseOrderLineUpdateDtoOperation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_date_time_utc1_in_purchase_order_line_update_dto import (
        CustomDateTimeUTC1InPurchaseOrderLineUpdateDto,
    )
    from ..models.custom_dec_1_in_purchase_order_line_update_dto import CustomDec1InPurchaseOrderLineUpdateDto
    from ..models.custom_dec_2_in_purchase_order_line_update_dto import CustomDec2InPurchaseOrderLineUpdateDto
    from ..models.custom_int_1_in_purchase_order_line_update_dto import CustomInt1InPurchaseOrderLineUpdateDto
    from ..models.custom_int_2_in_purchase_order_line_update_dto import CustomInt2InPurchaseOrderLineUpdateDto
    from ..models.custom_str_1_in_purchase_order_line_update_dto import CustomStr1InPurchaseOrderLineUpdateDto
    from ..models.custom_str_2_in_purchase_order_line_update_dto import CustomStr2InPurchaseOrderLineUpdateDto
    from ..models.custom_str_3_in_purchase_order_line_update_dto import CustomStr3InPurchaseOrderLineUpdateDto
    from ..models.custom_str_4_in_purchase_order_line_update_dto import CustomStr4InPurchaseOrderLineUpdateDto
    from ..models.custom_str_5_in_purchase_order_line_update_dto import CustomStr5InPurchaseOrderLineUpdateDto
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_nullable_of_int_32 import DtoValueOfNullableOfInt32
    from ..models.dto_value_of_nullable_of_po_line_type import DtoValueOfNullableOfPoLineType
    from ..models.dto_value_of_nullable_of_purchase_order_receipt_action import (
        DtoValueOfNullableOfPurchaseOrderReceiptAction,
    )
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.segment_update_dto import SegmentUpdateDto


T = TypeVar("T", bound="PurchaseOrderLineUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "operation",
    "line_number",
    "branch",
    "inventory",
    "line_type",
    "warehouse",
    "line_description",
    "uom",
    "order_qty",
    "unit_cost",
    "ext_cost",
    "discount_amount",
    "discount_percent",
    "manual_discount",
    "discount_code",
    "amount",
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
class PurchaseOrderLineUpdateDto:
    """This class represent a Purchase Order Line in Purchase Order Controller. Used to pass data to server for creating or
    updating an order line

        Attributes:
            operation (PurchaseOrderLineUpdateDtoOperation | Unset):
            line_number (DtoValueOfNullableOfInt32 | Unset):
            branch (DtoValueOfString | Unset):
            inventory (DtoValueOfString | Unset):
            line_type (DtoValueOfNullableOfPoLineType | Unset):
            warehouse (DtoValueOfString | Unset):
            line_description (DtoValueOfString | Unset):
            uom (DtoValueOfString | Unset):
            order_qty (DtoValueOfNullableOfDecimal | Unset):
            unit_cost (DtoValueOfNullableOfDecimal | Unset):
            ext_cost (DtoValueOfNullableOfDecimal | Unset):
            discount_amount (DtoValueOfNullableOfDecimal | Unset):
            discount_percent (DtoValueOfNullableOfDecimal | Unset):
            manual_discount (DtoValueOfNullableOfBoolean | Unset):
            discount_code (DtoValueOfString | Unset):
            amount (DtoValueOfNullableOfDecimal | Unset):
            alternate_id (DtoValueOfString | Unset):
            min_receipt (DtoValueOfNullableOfDecimal | Unset):
            max_receipt (DtoValueOfNullableOfDecimal | Unset):
            complete_on (DtoValueOfNullableOfDecimal | Unset):
            receipt_action (DtoValueOfNullableOfPurchaseOrderReceiptAction | Unset):
            tax_category (DtoValueOfString | Unset):
            account (DtoValueOfString | Unset):
            sub (list[SegmentUpdateDto] | Unset):
            project (DtoValueOfString | Unset):
            project_task (DtoValueOfString | Unset):
            requested (DtoValueOfNullableOfDateTime | Unset):
            promised (DtoValueOfNullableOfDateTime | Unset):
            note (DtoValueOfString | Unset):
            custom_str_1 (CustomStr1InPurchaseOrderLineUpdateDto | Unset): A free custom colum of type string with max
                length 100.
            custom_str_2 (CustomStr2InPurchaseOrderLineUpdateDto | Unset): A free custom colum of type string with max
                length 100.
            custom_str_3 (CustomStr3InPurchaseOrderLineUpdateDto | Unset): A free custom colum of type string with max
                length 100.
            custom_str_4 (CustomStr4InPurchaseOrderLineUpdateDto | Unset): A free custom colum of type string with max
                length 100.
            custom_str_5 (CustomStr5InPurchaseOrderLineUpdateDto | Unset): A free custom colum of type string with max
                length 100.
            custom_dec_1 (CustomDec1InPurchaseOrderLineUpdateDto | Unset): A free custom colum of type decimal with max 4
                decimals.
            custom_dec_2 (CustomDec2InPurchaseOrderLineUpdateDto | Unset): A free custom colum of type decimal with max 4
                decimals.
            custom_int_1 (CustomInt1InPurchaseOrderLineUpdateDto | Unset): A free custom colum of type int
            custom_int_2 (CustomInt2InPurchaseOrderLineUpdateDto | Unset): A free custom colum of type int
            custom_date_time_utc1 (CustomDateTimeUTC1InPurchaseOrderLineUpdateDto | Unset): A free custom colum of type
                DateTime - in UTC timezone
    """

    operation: PurchaseOrderLineUpdateDtoOperation | Unset = UNSET
    line_number: DtoValueOfNullableOfInt32 | Unset = UNSET
    branch: DtoValueOfString | Unset = UNSET
    inventory: DtoValueOfString | Unset = UNSET
    line_type: DtoValueOfNullableOfPoLineType | Unset = UNSET
    warehouse: DtoValueOfString | Unset = UNSET
    line_description: DtoValueOfString | Unset = UNSET
    uom: DtoValueOfString | Unset = UNSET
    order_qty: DtoValueOfNullableOfDecimal | Unset = UNSET
    unit_cost: DtoValueOfNullableOfDecimal | Unset = UNSET
    ext_cost: DtoValueOfNullableOfDecimal | Unset = UNSET
    discount_amount: DtoValueOfNullableOfDecimal | Unset = UNSET
    discount_percent: DtoValueOfNullableOfDecimal | Unset = UNSET
    manual_discount: DtoValueOfNullableOfBoolean | Unset = UNSET
    discount_code: DtoValueOfString | Unset = UNSET
    amount: DtoValueOfNullableOfDecimal | Unset = UNSET
    alternate_id: DtoValueOfString | Unset = UNSET
    min_receipt: DtoValueOfNullableOfDecimal | Unset = UNSET
    max_receipt: DtoValueOfNullableOfDecimal | Unset = UNSET
    complete_on: DtoValueOfNullableOfDecimal | Unset = UNSET
    receipt_action: DtoValueOfNullableOfPurchaseOrderReceiptAction | Unset = UNSET
    tax_category: DtoValueOfString | Unset = UNSET
    account: DtoValueOfString | Unset = UNSET
    sub: list[SegmentUpdateDto] | Unset = UNSET
    project: DtoValueOfString | Unset = UNSET
    project_task: DtoValueOfString | Unset = UNSET
    requested: DtoValueOfNullableOfDateTime | Unset = UNSET
    promised: DtoValueOfNullableOfDateTime | Unset = UNSET
    note: DtoValueOfString | Unset = UNSET
    custom_str_1: CustomStr1InPurchaseOrderLineUpdateDto | Unset = UNSET
    custom_str_2: CustomStr2InPurchaseOrderLineUpdateDto | Unset = UNSET
    custom_str_3: CustomStr3InPurchaseOrderLineUpdateDto | Unset = UNSET
    custom_str_4: CustomStr4InPurchaseOrderLineUpdateDto | Unset = UNSET
    custom_str_5: CustomStr5InPurchaseOrderLineUpdateDto | Unset = UNSET
    custom_dec_1: CustomDec1InPurchaseOrderLineUpdateDto | Unset = UNSET
    custom_dec_2: CustomDec2InPurchaseOrderLineUpdateDto | Unset = UNSET
    custom_int_1: CustomInt1InPurchaseOrderLineUpdateDto | Unset = UNSET
    custom_int_2: CustomInt2InPurchaseOrderLineUpdateDto | Unset = UNSET
    custom_date_time_utc1: CustomDateTimeUTC1InPurchaseOrderLineUpdateDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        line_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_number, Unset):
            line_number = self.line_number.to_dict()

        branch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch, Unset):
            branch = self.branch.to_dict()

        inventory: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory, Unset):
            inventory = self.inventory.to_dict()

        line_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_type, Unset):
            line_type = self.line_type.to_dict()

        warehouse: dict[str, Any] | Unset = UNSET
        if not isinstance(self.warehouse, Unset):
            warehouse = self.warehouse.to_dict()

        line_description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_description, Unset):
            line_description = self.line_description.to_dict()

        uom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.uom, Unset):
            uom = self.uom.to_dict()

        order_qty: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_qty, Unset):
            order_qty = self.order_qty.to_dict()

        unit_cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit_cost, Unset):
            unit_cost = self.unit_cost.to_dict()

        ext_cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ext_cost, Unset):
            ext_cost = self.ext_cost.to_dict()

        discount_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_amount, Unset):
            discount_amount = self.discount_amount.to_dict()

        discount_percent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_percent, Unset):
            discount_percent = self.discount_percent.to_dict()

        manual_discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.manual_discount, Unset):
            manual_discount = self.manual_discount.to_dict()

        discount_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_code, Unset):
            discount_code = self.discount_code.to_dict()

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        alternate_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.alternate_id, Unset):
            alternate_id = self.alternate_id.to_dict()

        min_receipt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.min_receipt, Unset):
            min_receipt = self.min_receipt.to_dict()

        max_receipt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.max_receipt, Unset):
            max_receipt = self.max_receipt.to_dict()

        complete_on: dict[str, Any] | Unset = UNSET
        if not isinstance(self.complete_on, Unset):
            complete_on = self.complete_on.to_dict()

        receipt_action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.receipt_action, Unset):
            receipt_action = self.receipt_action.to_dict()

        tax_category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_category, Unset):
            tax_category = self.tax_category.to_dict()

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        sub: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub, Unset):
            sub = []
            for sub_item_data in self.sub:
                sub_item = sub_item_data.to_dict()
                sub.append(sub_item)

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        project_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_task, Unset):
            project_task = self.project_task.to_dict()

        requested: dict[str, Any] | Unset = UNSET
        if not isinstance(self.requested, Unset):
            requested = self.requested.to_dict()

        promised: dict[str, Any] | Unset = UNSET
        if not isinstance(self.promised, Unset):
            promised = self.promised.to_dict()

        note: dict[str, Any] | Unset = UNSET
        if not isinstance(self.note, Unset):
            note = self.note.to_dict()

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
        if line_number is not UNSET:
            field_dict["lineNumber"] = line_number
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
        if unit_cost is not UNSET:
            field_dict["unitCost"] = unit_cost
        if ext_cost is not UNSET:
            field_dict["extCost"] = ext_cost
        if discount_amount is not UNSET:
            field_dict["discountAmount"] = discount_amount
        if discount_percent is not UNSET:
            field_dict["discountPercent"] = discount_percent
        if manual_discount is not UNSET:
            field_dict["manualDiscount"] = manual_discount
        if discount_code is not UNSET:
            field_dict["discountCode"] = discount_code
        if amount is not UNSET:
            field_dict["amount"] = amount
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
        _instance.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("lineNumber", UNSET)
        _instance.line_number = UNSET if _value is UNSET else _models.DtoValueOfNullableOfInt32.from_dict(_value)
        _value = _rest.pop("branch", UNSET)
        _instance.branch = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("inventory", UNSET)
        _instance.inventory = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("lineType", UNSET)
        _instance.line_type = UNSET if _value is UNSET else _models.DtoValueOfNullableOfPoLineType.from_dict(_value)
        _value = _rest.pop("warehouse", UNSET)
        _instance.warehouse = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("lineDescription", UNSET)
        _instance.line_description = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("uom", UNSET)
        _instance.uom = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("orderQty", UNSET)
        _instance.order_qty = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("unitCost", UNSET)
        _instance.unit_cost = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("extCost", UNSET)
        _instance.ext_cost = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("discountAmount", UNSET)
        _instance.discount_amount = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("discountPercent", UNSET)
        _instance.discount_percent = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("manualDiscount", UNSET)
        _instance.manual_discount = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("discountCode", UNSET)
        _instance.discount_code = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("amount", UNSET)
        _instance.amount = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("alternateId", UNSET)
        _instance.alternate_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("minReceipt", UNSET)
        _instance.min_receipt = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("maxReceipt", UNSET)
        _instance.max_receipt = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("completeOn", UNSET)
        _instance.complete_on = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("receiptAction", UNSET)
        _instance.receipt_action = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfPurchaseOrderReceiptAction.from_dict(_value)
        )
        _value = _rest.pop("taxCategory", UNSET)
        _instance.tax_category = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("account", UNSET)
        _instance.account = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("sub", UNSET)
        _instance.sub = (
            UNSET
            if _value is UNSET
            else [_models.SegmentUpdateDto.from_dict(sub_item_data) for sub_item_data in _value]
        )
        _value = _rest.pop("project", UNSET)
        _instance.project = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("projectTask", UNSET)
        _instance.project_task = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("requested", UNSET)
        _instance.requested = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDateTime.from_dict(_value)
        _value = _rest.pop("promised", UNSET)
        _instance.promised = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDateTime.from_dict(_value)
        _value = _rest.pop("note", UNSET)
        _instance.note = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("customStr1", UNSET)
        _instance.custom_str_1 = (
            UNSET if _value is UNSET else _models.CustomStr1InPurchaseOrderLineUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("customStr2", UNSET)
        _instance.custom_str_2 = (
            UNSET if _value is UNSET else _models.CustomStr2InPurchaseOrderLineUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("customStr3", UNSET)
        _instance.custom_str_3 = (
            UNSET if _value is UNSET else _models.CustomStr3InPurchaseOrderLineUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("customStr4", UNSET)
        _instance.custom_str_4 = (
            UNSET if _value is UNSET else _models.CustomStr4InPurchaseOrderLineUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("customStr5", UNSET)
        _instance.custom_str_5 = (
            UNSET if _value is UNSET else _models.CustomStr5InPurchaseOrderLineUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("customDec1", UNSET)
        _instance.custom_dec_1 = (
            UNSET if _value is UNSET else _models.CustomDec1InPurchaseOrderLineUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("customDec2", UNSET)
        _instance.custom_dec_2 = (
            UNSET if _value is UNSET else _models.CustomDec2InPurchaseOrderLineUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("customInt1", UNSET)
        _instance.custom_int_1 = (
            UNSET if _value is UNSET else _models.CustomInt1InPurchaseOrderLineUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("customInt2", UNSET)
        _instance.custom_int_2 = (
            UNSET if _value is UNSET else _models.CustomInt2InPurchaseOrderLineUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("customDateTimeUTC1", UNSET)
        _instance.custom_date_time_utc1 = (
            UNSET if _value is UNSET else _models.CustomDateTimeUTC1InPurchaseOrderLineUpdateDto.from_dict(_value)
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
