from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

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
class PurchaseReceiptBasicUpdateDto(GeneratedModel):
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

    lines: list[PurchaseReceiptLineBasicUpdateDto] | Unset | None = UNSET
    receipt_type: DtoValueOfPurchaseReceiptType | Unset | None = UNSET
    receipt_nbr: DtoValueOfString | Unset | None = UNSET
    hold: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    date: DtoValueOfNullableOfDateTime | Unset | None = UNSET
    post_period: PostPeriodInPurchaseReceiptBasicUpdateDto | Unset | None = UNSET
    warehouse_id: DtoValueOfString | Unset | None = UNSET
    supplier_id: DtoValueOfString | Unset | None = UNSET
    location_id: DtoValueOfString | Unset | None = UNSET
    currency: DtoValueOfString | Unset | None = UNSET
    exchange_rate: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    create_bill: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    supplier_ref: DtoValueOfString | Unset | None = UNSET
    control_qty: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    control_amount: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    branch_number: DtoValueOfString | Unset | None = UNSET
    custom_str_1: CustomStr1InPurchaseReceiptBasicUpdateDto | Unset | None = UNSET
    custom_str_2: CustomStr2InPurchaseReceiptBasicUpdateDto | Unset | None = UNSET
    custom_str_3: CustomStr3InPurchaseReceiptBasicUpdateDto | Unset | None = UNSET
    custom_str_4: CustomStr4InPurchaseReceiptBasicUpdateDto | Unset | None = UNSET
    custom_str_5: CustomStr5InPurchaseReceiptBasicUpdateDto | Unset | None = UNSET
    custom_dec_1: CustomDec1InPurchaseReceiptBasicUpdateDto | Unset | None = UNSET
    custom_dec_2: CustomDec2InPurchaseReceiptBasicUpdateDto | Unset | None = UNSET
    custom_int_1: CustomInt1InPurchaseReceiptBasicUpdateDto | Unset | None = UNSET
    custom_int_2: CustomInt2InPurchaseReceiptBasicUpdateDto | Unset | None = UNSET
    custom_date_time_utc1: CustomDateTimeUTC1InPurchaseReceiptBasicUpdateDto | Unset | None = UNSET
    time_stamp: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.lines
        if _value is not UNSET:
            field_dict["lines"] = (
                [
                    lines_item_data.to_dict() if isinstance(lines_item_data, GeneratedModel) else lines_item_data
                    for lines_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.receipt_type
        if _value is not UNSET:
            field_dict["receiptType"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.receipt_nbr
        if _value is not UNSET:
            field_dict["receiptNbr"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.hold
        if _value is not UNSET:
            field_dict["hold"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.date
        if _value is not UNSET:
            field_dict["date"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.post_period
        if _value is not UNSET:
            field_dict["postPeriod"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.warehouse_id
        if _value is not UNSET:
            field_dict["warehouseId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.supplier_id
        if _value is not UNSET:
            field_dict["supplierId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.location_id
        if _value is not UNSET:
            field_dict["locationId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.currency
        if _value is not UNSET:
            field_dict["currency"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.exchange_rate
        if _value is not UNSET:
            field_dict["exchangeRate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.create_bill
        if _value is not UNSET:
            field_dict["createBill"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.supplier_ref
        if _value is not UNSET:
            field_dict["supplierRef"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.control_qty
        if _value is not UNSET:
            field_dict["controlQty"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.control_amount
        if _value is not UNSET:
            field_dict["controlAmount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.branch_number
        if _value is not UNSET:
            field_dict["branchNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
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
        _value = self.time_stamp
        if _value is not UNSET:
            field_dict["timeStamp"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not PurchaseReceiptBasicUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("lines", UNSET)
        self.lines = (
            [
                _models.PurchaseReceiptLineBasicUpdateDto._vn_fill(
                    _new(_models.PurchaseReceiptLineBasicUpdateDto), lines_item_data
                )
                if isinstance(lines_item_data, dict)
                else lines_item_data
                for lines_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("receiptType", UNSET)
        self.receipt_type = (
            _models.DtoValueOfPurchaseReceiptType._vn_fill(_new(_models.DtoValueOfPurchaseReceiptType), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("receiptNbr", UNSET)
        self.receipt_nbr = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("hold", UNSET)
        self.hold = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("date", UNSET)
        self.date = (
            _models.DtoValueOfNullableOfDateTime._vn_fill(_new(_models.DtoValueOfNullableOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("postPeriod", UNSET)
        self.post_period = (
            _models.PostPeriodInPurchaseReceiptBasicUpdateDto._vn_fill(
                _new(_models.PostPeriodInPurchaseReceiptBasicUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("warehouseId", UNSET)
        self.warehouse_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("supplierId", UNSET)
        self.supplier_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("locationId", UNSET)
        self.location_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("currency", UNSET)
        self.currency = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("exchangeRate", UNSET)
        self.exchange_rate = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("createBill", UNSET)
        self.create_bill = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("supplierRef", UNSET)
        self.supplier_ref = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("controlQty", UNSET)
        self.control_qty = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("controlAmount", UNSET)
        self.control_amount = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("branchNumber", UNSET)
        self.branch_number = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customStr1", UNSET)
        self.custom_str_1 = (
            _models.CustomStr1InPurchaseReceiptBasicUpdateDto._vn_fill(
                _new(_models.CustomStr1InPurchaseReceiptBasicUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customStr2", UNSET)
        self.custom_str_2 = (
            _models.CustomStr2InPurchaseReceiptBasicUpdateDto._vn_fill(
                _new(_models.CustomStr2InPurchaseReceiptBasicUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customStr3", UNSET)
        self.custom_str_3 = (
            _models.CustomStr3InPurchaseReceiptBasicUpdateDto._vn_fill(
                _new(_models.CustomStr3InPurchaseReceiptBasicUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customStr4", UNSET)
        self.custom_str_4 = (
            _models.CustomStr4InPurchaseReceiptBasicUpdateDto._vn_fill(
                _new(_models.CustomStr4InPurchaseReceiptBasicUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customStr5", UNSET)
        self.custom_str_5 = (
            _models.CustomStr5InPurchaseReceiptBasicUpdateDto._vn_fill(
                _new(_models.CustomStr5InPurchaseReceiptBasicUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customDec1", UNSET)
        self.custom_dec_1 = (
            _models.CustomDec1InPurchaseReceiptBasicUpdateDto._vn_fill(
                _new(_models.CustomDec1InPurchaseReceiptBasicUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customDec2", UNSET)
        self.custom_dec_2 = (
            _models.CustomDec2InPurchaseReceiptBasicUpdateDto._vn_fill(
                _new(_models.CustomDec2InPurchaseReceiptBasicUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customInt1", UNSET)
        self.custom_int_1 = (
            _models.CustomInt1InPurchaseReceiptBasicUpdateDto._vn_fill(
                _new(_models.CustomInt1InPurchaseReceiptBasicUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customInt2", UNSET)
        self.custom_int_2 = (
            _models.CustomInt2InPurchaseReceiptBasicUpdateDto._vn_fill(
                _new(_models.CustomInt2InPurchaseReceiptBasicUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customDateTimeUTC1", UNSET)
        self.custom_date_time_utc1 = (
            _models.CustomDateTimeUTC1InPurchaseReceiptBasicUpdateDto._vn_fill(
                _new(_models.CustomDateTimeUTC1InPurchaseReceiptBasicUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        self.time_stamp = _rest.pop("timeStamp", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("lines", "lines", False, ("list", ("model", "PurchaseReceiptLineBasicUpdateDto"))),
        ("receipt_type", "receiptType", False, ("model", "DtoValueOfPurchaseReceiptType")),
        ("receipt_nbr", "receiptNbr", False, ("model", "DtoValueOfString")),
        ("hold", "hold", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("date", "date", False, ("model", "DtoValueOfNullableOfDateTime")),
        ("post_period", "postPeriod", False, ("model", "PostPeriodInPurchaseReceiptBasicUpdateDto")),
        ("warehouse_id", "warehouseId", False, ("model", "DtoValueOfString")),
        ("supplier_id", "supplierId", False, ("model", "DtoValueOfString")),
        ("location_id", "locationId", False, ("model", "DtoValueOfString")),
        ("currency", "currency", False, ("model", "DtoValueOfString")),
        ("exchange_rate", "exchangeRate", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("create_bill", "createBill", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("supplier_ref", "supplierRef", False, ("model", "DtoValueOfString")),
        ("control_qty", "controlQty", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("control_amount", "controlAmount", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("branch_number", "branchNumber", False, ("model", "DtoValueOfString")),
        ("custom_str_1", "customStr1", False, ("model", "CustomStr1InPurchaseReceiptBasicUpdateDto")),
        ("custom_str_2", "customStr2", False, ("model", "CustomStr2InPurchaseReceiptBasicUpdateDto")),
        ("custom_str_3", "customStr3", False, ("model", "CustomStr3InPurchaseReceiptBasicUpdateDto")),
        ("custom_str_4", "customStr4", False, ("model", "CustomStr4InPurchaseReceiptBasicUpdateDto")),
        ("custom_str_5", "customStr5", False, ("model", "CustomStr5InPurchaseReceiptBasicUpdateDto")),
        ("custom_dec_1", "customDec1", False, ("model", "CustomDec1InPurchaseReceiptBasicUpdateDto")),
        ("custom_dec_2", "customDec2", False, ("model", "CustomDec2InPurchaseReceiptBasicUpdateDto")),
        ("custom_int_1", "customInt1", False, ("model", "CustomInt1InPurchaseReceiptBasicUpdateDto")),
        ("custom_int_2", "customInt2", False, ("model", "CustomInt2InPurchaseReceiptBasicUpdateDto")),
        (
            "custom_date_time_utc1",
            "customDateTimeUTC1",
            False,
            ("model", "CustomDateTimeUTC1InPurchaseReceiptBasicUpdateDto"),
        ),
        ("time_stamp", "timeStamp", False, "str"),
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


_Lazy = _lazy_twin(PurchaseReceiptBasicUpdateDto)
