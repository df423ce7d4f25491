from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.purchase_order_line_update_dto_operation import (
    PurchaseOrderLineUpdateDtoOperation,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

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
class PurchaseOrderLineUpdateDto(GeneratedModel):
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

    operation: PurchaseOrderLineUpdateDtoOperation | Unset | None = UNSET
    line_number: DtoValueOfNullableOfInt32 | Unset | None = UNSET
    branch: DtoValueOfString | Unset | None = UNSET
    inventory: DtoValueOfString | Unset | None = UNSET
    line_type: DtoValueOfNullableOfPoLineType | Unset | None = UNSET
    warehouse: DtoValueOfString | Unset | None = UNSET
    line_description: DtoValueOfString | Unset | None = UNSET
    uom: DtoValueOfString | Unset | None = UNSET
    order_qty: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    unit_cost: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    ext_cost: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    discount_amount: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    discount_percent: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    manual_discount: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    discount_code: DtoValueOfString | Unset | None = UNSET
    amount: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    alternate_id: DtoValueOfString | Unset | None = UNSET
    min_receipt: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    max_receipt: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    complete_on: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    receipt_action: DtoValueOfNullableOfPurchaseOrderReceiptAction | Unset | None = UNSET
    tax_category: DtoValueOfString | Unset | None = UNSET
    account: DtoValueOfString | Unset | None = UNSET
    sub: list[SegmentUpdateDto] | Unset | None = UNSET
    project: DtoValueOfString | Unset | None = UNSET
    project_task: DtoValueOfString | Unset | None = UNSET
    requested: DtoValueOfNullableOfDateTime | Unset | None = UNSET
    promised: DtoValueOfNullableOfDateTime | Unset | None = UNSET
    note: DtoValueOfString | Unset | None = UNSET
    custom_str_1: CustomStr1InPurchaseOrderLineUpdateDto | Unset | None = UNSET
    custom_str_2: CustomStr2InPurchaseOrderLineUpdateDto | Unset | None = UNSET
    custom_str_3: CustomStr3InPurchaseOrderLineUpdateDto | Unset | None = UNSET
    custom_str_4: CustomStr4InPurchaseOrderLineUpdateDto | Unset | None = UNSET
    custom_str_5: CustomStr5InPurchaseOrderLineUpdateDto | Unset | None = UNSET
    custom_dec_1: CustomDec1InPurchaseOrderLineUpdateDto | Unset | None = UNSET
    custom_dec_2: CustomDec2InPurchaseOrderLineUpdateDto | Unset | None = UNSET
    custom_int_1: CustomInt1InPurchaseOrderLineUpdateDto | Unset | None = UNSET
    custom_int_2: CustomInt2InPurchaseOrderLineUpdateDto | Unset | None = UNSET
    custom_date_time_utc1: CustomDateTimeUTC1InPurchaseOrderLineUpdateDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.operation
        if _value is not UNSET:
            field_dict["operation"] = _value
        _value = self.line_number
        if _value is not UNSET:
            field_dict["lineNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.branch
        if _value is not UNSET:
            field_dict["branch"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.inventory
        if _value is not UNSET:
            field_dict["inventory"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.line_type
        if _value is not UNSET:
            field_dict["lineType"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.warehouse
        if _value is not UNSET:
            field_dict["warehouse"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.line_description
        if _value is not UNSET:
            field_dict["lineDescription"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.uom
        if _value is not UNSET:
            field_dict["uom"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.order_qty
        if _value is not UNSET:
            field_dict["orderQty"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.unit_cost
        if _value is not UNSET:
            field_dict["unitCost"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.ext_cost
        if _value is not UNSET:
            field_dict["extCost"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.discount_amount
        if _value is not UNSET:
            field_dict["discountAmount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.discount_percent
        if _value is not UNSET:
            field_dict["discountPercent"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.manual_discount
        if _value is not UNSET:
            field_dict["manualDiscount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.discount_code
        if _value is not UNSET:
            field_dict["discountCode"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.amount
        if _value is not UNSET:
            field_dict["amount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.alternate_id
        if _value is not UNSET:
            field_dict["alternateId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.min_receipt
        if _value is not UNSET:
            field_dict["minReceipt"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.max_receipt
        if _value is not UNSET:
            field_dict["maxReceipt"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.complete_on
        if _value is not UNSET:
            field_dict["completeOn"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.receipt_action
        if _value is not UNSET:
            field_dict["receiptAction"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.tax_category
        if _value is not UNSET:
            field_dict["taxCategory"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.account
        if _value is not UNSET:
            field_dict["account"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.sub
        if _value is not UNSET:
            field_dict["sub"] = (
                [
                    sub_item_data.to_dict() if isinstance(sub_item_data, GeneratedModel) else sub_item_data
                    for sub_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.project
        if _value is not UNSET:
            field_dict["project"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.project_task
        if _value is not UNSET:
            field_dict["projectTask"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.requested
        if _value is not UNSET:
            field_dict["requested"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.promised
        if _value is not UNSET:
            field_dict["promised"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.note
        if _value is not UNSET:
            field_dict["note"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
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
        if cls is not PurchaseOrderLineUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("lineNumber", UNSET)
        self.line_number = (
            _models.DtoValueOfNullableOfInt32._vn_fill(_new(_models.DtoValueOfNullableOfInt32), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("branch", UNSET)
        self.branch = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("inventory", UNSET)
        self.inventory = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("lineType", UNSET)
        self.line_type = (
            _models.DtoValueOfNullableOfPoLineType._vn_fill(_new(_models.DtoValueOfNullableOfPoLineType), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("warehouse", UNSET)
        self.warehouse = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("lineDescription", UNSET)
        self.line_description = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("uom", UNSET)
        self.uom = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("orderQty", UNSET)
        self.order_qty = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("unitCost", UNSET)
        self.unit_cost = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("extCost", UNSET)
        self.ext_cost = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("discountAmount", UNSET)
        self.discount_amount = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("discountPercent", UNSET)
        self.discount_percent = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("manualDiscount", UNSET)
        self.manual_discount = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("discountCode", UNSET)
        self.discount_code = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("amount", UNSET)
        self.amount = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("alternateId", UNSET)
        self.alternate_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("minReceipt", UNSET)
        self.min_receipt = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("maxReceipt", UNSET)
        self.max_receipt = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("completeOn", UNSET)
        self.complete_on = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("receiptAction", UNSET)
        self.receipt_action = (
            _models.DtoValueOfNullableOfPurchaseOrderReceiptAction._vn_fill(
                _new(_models.DtoValueOfNullableOfPurchaseOrderReceiptAction), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("taxCategory", UNSET)
        self.tax_category = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("account", UNSET)
        self.account = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("sub", UNSET)
        self.sub = (
            [
                _models.SegmentUpdateDto._vn_fill(_new(_models.SegmentUpdateDto), sub_item_data)
                if isinstance(sub_item_data, dict)
                else sub_item_data
                for sub_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("project", UNSET)
        self.project = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("projectTask", UNSET)
        self.project_task = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("requested", UNSET)
        self.requested = (
            _models.DtoValueOfNullableOfDateTime._vn_fill(_new(_models.DtoValueOfNullableOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("promised", UNSET)
        self.promised = (
            _models.DtoValueOfNullableOfDateTime._vn_fill(_new(_models.DtoValueOfNullableOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("note", UNSET)
        self.note = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customStr1", UNSET)
        self.custom_str_1 = (
            _models.CustomStr1InPurchaseOrderLineUpdateDto._vn_fill(
                _new(_models.CustomStr1InPurchaseOrderLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customStr2", UNSET)
        self.custom_str_2 = (
            _models.CustomStr2InPurchaseOrderLineUpdateDto._vn_fill(
                _new(_models.CustomStr2InPurchaseOrderLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customStr3", UNSET)
        self.custom_str_3 = (
            _models.CustomStr3InPurchaseOrderLineUpdateDto._vn_fill(
                _new(_models.CustomStr3InPurchaseOrderLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customStr4", UNSET)
        self.custom_str_4 = (
            _models.CustomStr4InPurchaseOrderLineUpdateDto._vn_fill(
                _new(_models.CustomStr4InPurchaseOrderLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customStr5", UNSET)
        self.custom_str_5 = (
            _models.CustomStr5InPurchaseOrderLineUpdateDto._vn_fill(
                _new(_models.CustomStr5InPurchaseOrderLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customDec1", UNSET)
        self.custom_dec_1 = (
            _models.CustomDec1InPurchaseOrderLineUpdateDto._vn_fill(
                _new(_models.CustomDec1InPurchaseOrderLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customDec2", UNSET)
        self.custom_dec_2 = (
            _models.CustomDec2InPurchaseOrderLineUpdateDto._vn_fill(
                _new(_models.CustomDec2InPurchaseOrderLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customInt1", UNSET)
        self.custom_int_1 = (
            _models.CustomInt1InPurchaseOrderLineUpdateDto._vn_fill(
                _new(_models.CustomInt1InPurchaseOrderLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customInt2", UNSET)
        self.custom_int_2 = (
            _models.CustomInt2InPurchaseOrderLineUpdateDto._vn_fill(
                _new(_models.CustomInt2InPurchaseOrderLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customDateTimeUTC1", UNSET)
        self.custom_date_time_utc1 = (
            _models.CustomDateTimeUTC1InPurchaseOrderLineUpdateDto._vn_fill(
                _new(_models.CustomDateTimeUTC1InPurchaseOrderLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("operation", "operation", False, "str"),
        ("line_number", "lineNumber", False, ("model", "DtoValueOfNullableOfInt32")),
        ("branch", "branch", False, ("model", "DtoValueOfString")),
        ("inventory", "inventory", False, ("model", "DtoValueOfString")),
        ("line_type", "lineType", False, ("model", "DtoValueOfNullableOfPoLineType")),
        ("warehouse", "warehouse", False, ("model", "DtoValueOfString")),
        ("line_description", "lineDescription", False, ("model", "DtoValueOfString")),
        ("uom", "uom", False, ("model", "DtoValueOfString")),
        ("order_qty", "orderQty", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("unit_cost", "unitCost", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("ext_cost", "extCost", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("discount_amount", "discountAmount", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("discount_percent", "discountPercent", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("manual_discount", "manualDiscount", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("discount_code", "discountCode", False, ("model", "DtoValueOfString")),
        ("amount", "amount", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("alternate_id", "alternateId", False, ("model", "DtoValueOfString")),
        ("min_receipt", "minReceipt", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("max_receipt", "maxReceipt", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("complete_on", "completeOn", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("receipt_action", "receiptAction", False, ("model", "DtoValueOfNullableOfPurchaseOrderReceiptAction")),
        ("tax_category", "taxCategory", False, ("model", "DtoValueOfString")),
        ("account", "account", False, ("model", "DtoValueOfString")),
        ("sub", "sub", False, ("list", ("model", "SegmentUpdateDto"))),
        ("project", "project", False, ("model", "DtoValueOfString")),
        ("project_task", "projectTask", False, ("model", "DtoValueOfString")),
        ("requested", "requested", False, ("model", "DtoValueOfNullableOfDateTime")),
        ("promised", "promised", False, ("model", "DtoValueOfNullableOfDateTime")),
        ("note", "note", False, ("model", "DtoValueOfString")),
        ("custom_str_1", "customStr1", False, ("model", "CustomStr1InPurchaseOrderLineUpdateDto")),
        ("custom_str_2", "customStr2", False, ("model", "CustomStr2InPurchaseOrderLineUpdateDto")),
        ("custom_str_3", "customStr3", False, ("model", "CustomStr3InPurchaseOrderLineUpdateDto")),
        ("custom_str_4", "customStr4", False, ("model", "CustomStr4InPurchaseOrderLineUpdateDto")),
        ("custom_str_5", "customStr5", False, ("model", "CustomStr5InPurchaseOrderLineUpdateDto")),
        ("custom_dec_1", "customDec1", False, ("model", "CustomDec1InPurchaseOrderLineUpdateDto")),
        ("custom_dec_2", "customDec2", False, ("model", "CustomDec2InPurchaseOrderLineUpdateDto")),
        ("custom_int_1", "customInt1", False, ("model", "CustomInt1InPurchaseOrderLineUpdateDto")),
        ("custom_int_2", "customInt2", False, ("model", "CustomInt2InPurchaseOrderLineUpdateDto")),
        (
            "custom_date_time_utc1",
            "customDateTimeUTC1",
            False,
            ("model", "CustomDateTimeUTC1InPurchaseOrderLineUpdateDto"),
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


_Lazy = _lazy_twin(PurchaseOrderLineUpdateDto)
