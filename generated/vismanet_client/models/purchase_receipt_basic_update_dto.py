from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_date_time_utc1_in_purchase_receipt_basic_update_dto import (
        CustomDateTimeUTC1InPurchaseReceiptBasicUpdateDto,
    )
    from ..models.custom_dec_1_in_purchase_receipt_basic_update_dto import CustomDec1InPurchaseReceiptBasicUpdateDto
    from ..models.custom_dec_2_in_purchase_receipt_basic_update_dto import CustomDec2InPurchaseReceiptBasicUpdateDto
    from ..models.custom_int_1_in_purchase_receipt_basic_update_dto import CustomInt1InPurchaseReceiptBasicUpdateDto
    from ..models.custom_int_2_in_purchase_receipt_basic_update_dto import CustomInt2InPurchaseReceiptBasicUpdateDto
    from ..models.custom_str_1_in_purchase_receipt_basic_update_dto import CustomStr1InPurchaseReceiptBasicUpdateDto
    from ..models.custom_str_2_in_purchase_receipt_basic_update_dto import CustomStr2InPurchaseReceiptBasicUpdateDto
    from ..models.custom_str_3_in_purchase_receipt_basic_update_dto import CustomStr3InPurchaseReceiptBasicUpdateDto
    from ..models.custom_str_4_in_purchase_receipt_basic_update_dto import CustomStr4InPurchaseReceiptBasicUpdateDto
    from ..models.custom_str_5_in_purchase_receipt_basic_update_dto import CustomStr5InPurchaseReceiptBasicUpdateDto
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_purchase_receipt_type import DtoValueOfPurchaseReceiptType
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.post_period_in_purchase_receipt_basic_update_dto import PostPeriodInPurchaseReceiptBasicUpdateDto
    from ..models.purchase_receipt_line_basic_update_dto import PurchaseReceiptLineBasicUpdateDto


T = TypeVar("T", bound="PurchaseReceiptBasicUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "lines",
    "receipt_type",
    "receipt_nbr",
    "hold",
    "date",
    "post_period",
    "warehouse_id",
    "supplier_id",
    "location_id",
    "currency",
    "exchange_rate",
    "create_bill",
    "supplier_ref",
    "control_qty",
    "control_amount",
    "branch_number",
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
    "time_stamp",
)


@_attrs_define(repr=False)
class PurchaseReceiptBasicUpdateDto:
    """This class represents a Purchase Receipt in PurchaseReceiptBasicController. Used for adding data.

    Attributes:
        lines (list[PurchaseReceiptLineBasicUpdateDto] | Unset):
        receipt_type (DtoValueOfPurchaseReceiptType | Unset):
        receipt_nbr (DtoValueOfString | Unset):
        hold (DtoValueOfNullableOfBoolean | Unset):
        date (DtoValueOfNullableOfDateTime | Unset):
        post_period (PostPeriodInPurchaseReceiptBasicUpdateDto | Unset): The financial period to which the transactions
            recorded in the document should be posted. Use the format MMYYYY.
        warehouse_id (DtoValueOfString | Unset):
        supplier_id (DtoValueOfString | Unset):
        location_id (DtoValueOfString | Unset):
        currency (DtoValueOfString | Unset):
        exchange_rate (DtoValueOfNullableOfDecimal | Unset):
        create_bill (DtoValueOfNullableOfBoolean | Unset):
        supplier_ref (DtoValueOfString | Unset):
        control_qty (DtoValueOfNullableOfDecimal | Unset):
        control_amount (DtoValueOfNullableOfDecimal | Unset):
        branch_number (DtoValueOfString | Unset):
        custom_str_1 (CustomStr1InPurchaseReceiptBasicUpdateDto | Unset): A free custom colum of type string with max
            length 100.
        custom_str_2 (CustomStr2InPurchaseReceiptBasicUpdateDto | Unset): A free custom colum of type string with max
            length 100.
        custom_str_3 (CustomStr3InPurchaseReceiptBasicUpdateDto | Unset): A free custom colum of type string with max
            length 100.
        custom_str_4 (CustomStr4InPurchaseReceiptBasicUpdateDto | Unset): A free custom colum of type string with max
            length 100.
        custom_str_5 (CustomStr5InPurchaseReceiptBasicUpdateDto | Unset): A free custom colum of type string with max
            length 100.
        custom_dec_1 (CustomDec1InPurchaseReceiptBasicUpdateDto | Unset): A free custom colum of type decimal with max 4
            decimals.
        custom_dec_2 (CustomDec2InPurchaseReceiptBasicUpdateDto | Unset): A free custom colum of type decimal with max 4
            decimals.
        custom_int_1 (CustomInt1InPurchaseReceiptBasicUpdateDto | Unset): A free custom colum of type int
        custom_int_2 (CustomInt2InPurchaseReceiptBasicUpdateDto | Unset): A free custom colum of type int
        custom_date_time_utc1 (CustomDateTimeUTC1InPurchaseReceiptBasicUpdateDto | Unset): A free custom colum of type
            DateTime - in UTC timezone
        time_stamp (str | Unset):
    """

    lines: list[PurchaseReceiptLineBasicUpdateDto] | Unset = UNSET
    receipt_type: DtoValueOfPurchaseReceiptType | Unset = UNSET
    receipt_nbr: DtoValueOfString | Unset = UNSET
    hold: DtoValueOfNullableOfBoolean | Unset = UNSET
    date: DtoValueOfNullableOfDateTime | Unset = UNSET
    post_period: PostPeriodInPurchaseReceiptBasicUpdateDto | Unset = UNSET
    warehouse_id: DtoValueOfString | Unset = UNSET
    supplier_id: DtoValueOfString | Unset = UNSET
    location_id: DtoValueOfString | Unset = UNSET
    currency: DtoValueOfString | Unset = UNSET
    exchange_rate: DtoValueOfNullableOfDecimal | Unset = UNSET
    create_bill: DtoValueOfNullableOfBoolean | Unset = UNSET
    supplier_ref: DtoValueOfString | Unset = UNSET
    control_qty: DtoValueOfNullableOfDecimal | Unset = UNSET
    control_amount: DtoValueOfNullableOfDecimal | Unset = UNSET
    branch_number: DtoValueOfString | Unset = UNSET
    custom_str_1: CustomStr1InPurchaseReceiptBasicUpdateDto | Unset = UNSET
    custom_str_2: CustomStr2InPurchaseReceiptBasicUpdateDto | Unset = UNSET
    custom_str_3: CustomStr3InPurchaseReceiptBasicUpdateDto | Unset = UNSET
    custom_str_4: CustomStr4InPurchaseReceiptBasicUpdateDto | Unset = UNSET
    custom_str_5: CustomStr5InPurchaseReceiptBasicUpdateDto | Unset = UNSET
    custom_dec_1: CustomDec1InPurchaseReceiptBasicUpdateDto | Unset = UNSET
    custom_dec_2: CustomDec2InPurchaseReceiptBasicUpdateDto | Unset = UNSET
    custom_int_1: CustomInt1InPurchaseReceiptBasicUpdateDto | Unset = UNSET
    custom_int_2: CustomInt2InPurchaseReceiptBasicUpdateDto | Unset = UNSET
    custom_date_time_utc1: CustomDateTimeUTC1InPurchaseReceiptBasicUpdateDto | Unset = UNSET
    time_stamp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        receipt_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.receipt_type, Unset):
            receipt_type = self.receipt_type.to_dict()

        receipt_nbr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.receipt_nbr, Unset):
            receipt_nbr = self.receipt_nbr.to_dict()

        hold: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hold, Unset):
            hold = self.hold.to_dict()

        date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.to_dict()

        post_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.post_period, Unset):
            post_period = self.post_period.to_dict()

        warehouse_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.warehouse_id, Unset):
            warehouse_id = self.warehouse_id.to_dict()

        supplier_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier_id, Unset):
            supplier_id = self.supplier_id.to_dict()

        location_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location_id, Unset):
            location_id = self.location_id.to_dict()

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        exchange_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.exchange_rate, Unset):
            exchange_rate = self.exchange_rate.to_dict()

        create_bill: dict[str, Any] | Unset = UNSET
        if not isinstance(self.create_bill, Unset):
            create_bill = self.create_bill.to_dict()

        supplier_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier_ref, Unset):
            supplier_ref = self.supplier_ref.to_dict()

        control_qty: dict[str, Any] | Unset = UNSET
        if not isinstance(self.control_qty, Unset):
            control_qty = self.control_qty.to_dict()

        control_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.control_amount, Unset):
            control_amount = self.control_amount.to_dict()

        branch_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch_number, Unset):
            branch_number = self.branch_number.to_dict()

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

        time_stamp = self.time_stamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lines is not UNSET:
            field_dict["lines"] = lines
        if receipt_type is not UNSET:
            field_dict["receiptType"] = receipt_type
        if receipt_nbr is not UNSET:
            field_dict["receiptNbr"] = receipt_nbr
        if hold is not UNSET:
            field_dict["hold"] = hold
        if date is not UNSET:
            field_dict["date"] = date
        if post_period is not UNSET:
            field_dict["postPeriod"] = post_period
        if warehouse_id is not UNSET:
            field_dict["warehouseId"] = warehouse_id
        if supplier_id is not UNSET:
            field_dict["supplierId"] = supplier_id
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if exchange_rate is not UNSET:
            field_dict["exchangeRate"] = exchange_rate
        if create_bill is not UNSET:
            field_dict["createBill"] = create_bill
        if supplier_ref is not UNSET:
            field_dict["supplierRef"] = supplier_ref
        if control_qty is not UNSET:
            field_dict["controlQty"] = control_qty
        if control_amount is not UNSET:
            field_dict["controlAmount"] = control_amount
        if branch_number is not UNSET:
            field_dict["branchNumber"] = branch_number
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
        if time_stamp is not UNSET:
            field_dict["timeStamp"] = time_stamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("lines", UNSET)
        _instance.lines = (
            UNSET
            if _value is UNSET
            else [_models.PurchaseReceiptLineBasicUpdateDto.from_dict(lines_item_data) for lines_item_data in _value]
        )
        _value = _rest.pop("receiptType", UNSET)
        _instance.receipt_type = UNSET if _value is UNSET else _models.DtoValueOfPurchaseReceiptType.from_dict(_value)
        _value = _rest.pop("receiptNbr", UNSET)
        _instance.receipt_nbr = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("hold", UNSET)
        _instance.hold = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("date", UNSET)
        _instance.date = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDateTime.from_dict(_value)
        _value = _rest.pop("postPeriod", UNSET)
        _instance.post_period = (
            UNSET if _value is UNSET else _models.PostPeriodInPurchaseReceiptBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("warehouseId", UNSET)
        _instance.warehouse_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("supplierId", UNSET)
        _instance.supplier_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("locationId", UNSET)
        _instance.location_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("currency", UNSET)
        _instance.currency = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("exchangeRate", UNSET)
        _instance.exchange_rate = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("createBill", UNSET)
        _instance.create_bill = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("supplierRef", UNSET)
        _instance.supplier_ref = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("controlQty", UNSET)
        _instance.control_qty = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("controlAmount", UNSET)
        _instance.control_amount = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("branchNumber", UNSET)
        _instance.branch_number = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("customStr1", UNSET)
        _instance.custom_str_1 = (
            UNSET if _value is UNSET else _models.CustomStr1InPurchaseReceiptBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("customStr2", UNSET)
        _instance.custom_str_2 = (
            UNSET if _value is UNSET else _models.CustomStr2InPurchaseReceiptBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("customStr3", UNSET)
        _instance.custom_str_3 = (
            UNSET if _value is UNSET else _models.CustomStr3InPurchaseReceiptBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("customStr4", UNSET)
        _instance.custom_str_4 = (
            UNSET if _value is UNSET else _models.CustomStr4InPurchaseReceiptBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("customStr5", UNSET)
        _instance.custom_str_5 = (
            UNSET if _value is UNSET else _models.CustomStr5InPurchaseReceiptBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("customDec1", UNSET)
        _instance.custom_dec_1 = (
            UNSET if _value is UNSET else _models.CustomDec1InPurchaseReceiptBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("customDec2", UNSET)
        _instance.custom_dec_2 = (
            UNSET if _value is UNSET else _models.CustomDec2InPurchaseReceiptBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("customInt1", UNSET)
        _instance.custom_int_1 = (
            UNSET if _value is UNSET else _models.CustomInt1InPurchaseReceiptBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("customInt2", UNSET)
        _instance.custom_int_2 = (
            UNSET if _value is UNSET else _models.CustomInt2InPurchaseReceiptBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("customDateTimeUTC1", UNSET)
        _instance.custom_date_time_utc1 = (
            UNSET if _value is UNSET else _models.CustomDateTimeUTC1InPurchaseReceiptBasicUpdateDto.from_dict(_value)
        )
        _instance.time_stamp = _rest.pop("timeStamp", UNSET)
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
