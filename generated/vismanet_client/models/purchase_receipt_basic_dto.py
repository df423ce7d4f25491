from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.purchase_receipt_basic_dto_receipt_type import (
    PurchaseReceiptBasicDtoReceiptType,
)
from ..models.purchase_receipt_basic_dto_status import (
    PurchaseReceiptBasicDtoStatus,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.branch_number_in_purchase_receipt_basic_dto import BranchNumberInPurchaseReceiptBasicDto
    from ..models.location_in_purchase_receipt_basic_dto import LocationInPurchaseReceiptBasicDto
    from ..models.metadata_dto import MetadataDto
    from ..models.purchase_receipt_line_dto import PurchaseReceiptLineDto
    from ..models.supplier_in_purchase_receipt_basic_dto import SupplierInPurchaseReceiptBasicDto
    from ..models.warehouse_in_purchase_receipt_basic_dto import WarehouseInPurchaseReceiptBasicDto


T = TypeVar("T", bound="PurchaseReceiptBasicDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "time_stamp",
    "receipt_type",
    "receipt_nbr",
    "hold",
    "status",
    "date",
    "post_period",
    "warehouse",
    "supplier",
    "location",
    "currency",
    "exchange_rate",
    "create_bill",
    "supplier_ref",
    "total_qty",
    "control_qty",
    "vat_exempt_total",
    "vat_taxable_total",
    "total_amt",
    "control_total",
    "last_modified_date_time",
    "branch_number",
    "lines",
    "due_date",
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
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class PurchaseReceiptBasicDto(GeneratedModel):
    """This class represents a Purchase Receipt in PurchaseReceiptController. Used for getting data.

    Attributes:
        time_stamp (str | Unset): The top part &gt; Tstamp &gt; The timestamp of the purchase receipt.
        receipt_type (PurchaseReceiptBasicDtoReceiptType | Unset): The top part &gt; Type &gt; The type of the document,
            which can be one of the following options: Receipt, Return, Transfer receipt.
        receipt_nbr (str | Unset): The top part &gt; Receipt no. &gt; The unique reference number of the purchase
            receipt.
        hold (bool | Unset): The top part &gt; Hold &gt; A check box that indicates (if selected) that the document has
            the On hold status.
        status (PurchaseReceiptBasicDtoStatus | Unset): The top part &gt; Status &gt; The current status of the purchase
            or transfer receipt, or return, which the system assigns automatically. On hold, Balanced, Released.
        date (datetime.datetime | Unset): Mandatory field: The top part &gt; Date* &gt; The date when the receipt
            document was created.
        post_period (str | Unset): Mandatory field: The top part &gt; Post period* &gt; The financial period to which
            the transactions recorded in the document should be posted. Format MMYYYY.
        warehouse (WarehouseInPurchaseReceiptBasicDto | Unset): Mandatory field: The top part or the Documents details
            tab &gt; Warehouse* &gt; The warehouse from which the items have been received for transfer orders.
        supplier (SupplierInPurchaseReceiptBasicDto | Unset): Mandatory field: The top part &gt; Supplier* &gt; The
            supplier from which the items have been received or to which they will be returned.
        location (LocationInPurchaseReceiptBasicDto | Unset): Mandatory field: The top part Location* &gt; The supplier
            location from which the items should be received or to which they should be returned.
        currency (str | Unset): The top part &gt; Currency &gt; The currency the supplier uses for invoicing.
        exchange_rate (float | Unset):
        create_bill (bool | Unset): The top part &gt; Create invoice &gt; A check box that you select if the system must
            create an appropriate invoice (or adjustment) automatically when the purchase receipt is released.
        supplier_ref (str | Unset): The top part &gt; Supplier ref. &gt; The reference number of the supplier document
            this receipt or return is based on.
        total_qty (float | Unset): The top part &gt; Total qty. &gt; The total quantity of items received from or
            returned to the supplier.
        control_qty (float | Unset): The top part &gt; Control qty. &gt; The total quantity of goods on the receipt or
            return
        vat_exempt_total (float | Unset): The top part &gt; VAT exempt total &gt; The document total that is exempt from
            VAT.
        vat_taxable_total (float | Unset): The top part &gt; VAT taxable total &gt; The document total that is subjected
            to VAT.
        total_amt (float | Unset): The top part &gt; Total amt. &gt; The total amount calculated for items received from
            or returned to the supplier.
        control_total (float | Unset): The top part &gt; Control amt. &gt; The total amount of the receipt or return,
            which you manually enter.
        last_modified_date_time (datetime.datetime | Unset): System generated information.
        branch_number (BranchNumberInPurchaseReceiptBasicDto | Unset): Mandatory field: Document details tab &gt;
            Branch* &gt; The branch to which the document belongs.
        lines (list[PurchaseReceiptLineDto] | Unset): Document details tab &gt; Line no &gt; The number of the purchase
            receipt line on the document.
        due_date (datetime.datetime | Unset): This value indicates the date the document is due
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
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    time_stamp: str | Unset | None = UNSET
    receipt_type: PurchaseReceiptBasicDtoReceiptType | Unset | None = UNSET
    receipt_nbr: str | Unset | None = UNSET
    hold: bool | Unset | None = UNSET
    status: PurchaseReceiptBasicDtoStatus | Unset | None = UNSET
    date: datetime.datetime | Unset | None = UNSET
    post_period: str | Unset | None = UNSET
    warehouse: WarehouseInPurchaseReceiptBasicDto | Unset | None = UNSET
    supplier: SupplierInPurchaseReceiptBasicDto | Unset | None = UNSET
    location: LocationInPurchaseReceiptBasicDto | Unset | None = UNSET
    currency: str | Unset | None = UNSET
    exchange_rate: float | Unset | None = UNSET
    create_bill: bool | Unset | None = UNSET
    supplier_ref: str | Unset | None = UNSET
    total_qty: float | Unset | None = UNSET
    control_qty: float | Unset | None = UNSET
    vat_exempt_total: float | Unset | None = UNSET
    vat_taxable_total: float | Unset | None = UNSET
    total_amt: float | Unset | None = UNSET
    control_total: float | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    branch_number: BranchNumberInPurchaseReceiptBasicDto | Unset | None = UNSET
    lines: list[PurchaseReceiptLineDto] | Unset | None = UNSET
    due_date: datetime.datetime | Unset | None = UNSET
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
    error_info: str | Unset | None = UNSET
    metadata: MetadataDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.time_stamp
        if _value is not UNSET:
            field_dict["timeStamp"] = _value
        _value = self.receipt_type
        if _value is not UNSET:
            field_dict["receiptType"] = _value
        _value = self.receipt_nbr
        if _value is not UNSET:
            field_dict["receiptNbr"] = _value
        _value = self.hold
        if _value is not UNSET:
            field_dict["hold"] = _value
        _value = self.status
        if _value is not UNSET:
            field_dict["status"] = _value
        _value = self.date
        if _value is not UNSET:
            field_dict["date"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.post_period
        if _value is not UNSET:
            field_dict["postPeriod"] = _value
        _value = self.warehouse
        if _value is not UNSET:
            field_dict["warehouse"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.supplier
        if _value is not UNSET:
            field_dict["supplier"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.location
        if _value is not UNSET:
            field_dict["location"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.currency
        if _value is not UNSET:
            field_dict["currency"] = _value
        _value = self.exchange_rate
        if _value is not UNSET:
            field_dict["exchangeRate"] = _value
        _value = self.create_bill
        if _value is not UNSET:
            field_dict["createBill"] = _value
        _value = self.supplier_ref
        if _value is not UNSET:
            field_dict["supplierRef"] = _value
        _value = self.total_qty
        if _value is not UNSET:
            field_dict["totalQty"] = _value
        _value = self.control_qty
        if _value is not UNSET:
            field_dict["controlQty"] = _value
        _value = self.vat_exempt_total
        if _value is not UNSET:
            field_dict["vatExemptTotal"] = _value
        _value = self.vat_taxable_total
        if _value is not UNSET:
            field_dict["vatTaxableTotal"] = _value
        _value = self.total_amt
        if _value is not UNSET:
            field_dict["totalAmt"] = _value
        _value = self.control_total
        if _value is not UNSET:
            field_dict["controlTotal"] = _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.branch_number
        if _value is not UNSET:
            field_dict["branchNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
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
        _value = self.due_date
        if _value is not UNSET:
            field_dict["dueDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
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
        _value = self.error_info
        if _value is not UNSET:
            field_dict["errorInfo"] = _value
        _value = self.metadata
        if _value is not UNSET:
            field_dict["metadata"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not PurchaseReceiptBasicDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.time_stamp = _rest.pop("timeStamp", UNSET)
        self.receipt_type = _rest.pop("receiptType", UNSET)
        self.receipt_nbr = _rest.pop("receiptNbr", UNSET)
        self.hold = _rest.pop("hold", UNSET)
        self.status = _rest.pop("status", UNSET)
        _value = _rest.pop("date", UNSET)
        self.date = _parse_datetime(_value)
        self.post_period = _rest.pop("postPeriod", UNSET)
        _value = _rest.pop("warehouse", UNSET)
        self.warehouse = (
            _models.WarehouseInPurchaseReceiptBasicDto._vn_fill(
                _new(_models.WarehouseInPurchaseReceiptBasicDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("supplier", UNSET)
        self.supplier = (
            _models.SupplierInPurchaseReceiptBasicDto._vn_fill(_new(_models.SupplierInPurchaseReceiptBasicDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("location", UNSET)
        self.location = (
            _models.LocationInPurchaseReceiptBasicDto._vn_fill(_new(_models.LocationInPurchaseReceiptBasicDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.currency = _rest.pop("currency", UNSET)
        self.exchange_rate = _rest.pop("exchangeRate", UNSET)
        self.create_bill = _rest.pop("createBill", UNSET)
        self.supplier_ref = _rest.pop("supplierRef", UNSET)
        self.total_qty = _rest.pop("totalQty", UNSET)
        self.control_qty = _rest.pop("controlQty", UNSET)
        self.vat_exempt_total = _rest.pop("vatExemptTotal", UNSET)
        self.vat_taxable_total = _rest.pop("vatTaxableTotal", UNSET)
        self.total_amt = _rest.pop("totalAmt", UNSET)
        self.control_total = _rest.pop("controlTotal", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        _value = _rest.pop("branchNumber", UNSET)
        self.branch_number = (
            _models.BranchNumberInPurchaseReceiptBasicDto._vn_fill(
                _new(_models.BranchNumberInPurchaseReceiptBasicDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("lines", UNSET)
        self.lines = (
            [
                _models.PurchaseReceiptLineDto._vn_fill(_new(_models.PurchaseReceiptLineDto), lines_item_data)
                if isinstance(lines_item_data, dict)
                else lines_item_data
                for lines_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("dueDate", UNSET)
        self.due_date = _parse_datetime(_value)
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
        self.error_info = _rest.pop("errorInfo", UNSET)
        _value = _rest.pop("metadata", UNSET)
        self.metadata = (
            _models.MetadataDto._vn_fill(_new(_models.MetadataDto), _value) if isinstance(_value, dict) else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("time_stamp", "timeStamp", False, "str"),
        ("receipt_type", "receiptType", False, "str"),
        ("receipt_nbr", "receiptNbr", False, "str"),
        ("hold", "hold", False, "bool"),
        ("status", "status", False, "str"),
        ("date", "date", False, "datetime"),
        ("post_period", "postPeriod", False, "str"),
        ("warehouse", "warehouse", False, ("model", "WarehouseInPurchaseReceiptBasicDto")),
        ("supplier", "supplier", False, ("model", "SupplierInPurchaseReceiptBasicDto")),
        ("location", "location", False, ("model", "LocationInPurchaseReceiptBasicDto")),
        ("currency", "currency", False, "str"),
        ("exchange_rate", "exchangeRate", False, "float"),
        ("create_bill", "createBill", False, "bool"),
        ("supplier_ref", "supplierRef", False, "str"),
        ("total_qty", "totalQty", False, "float"),
        ("control_qty", "controlQty", False, "float"),
        ("vat_exempt_total", "vatExemptTotal", False, "float"),
        ("vat_taxable_total", "vatTaxableTotal", False, "float"),
        ("total_amt", "totalAmt", False, "float"),
        ("control_total", "controlTotal", False, "float"),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
        ("branch_number", "branchNumber", False, ("model", "BranchNumberInPurchaseReceiptBasicDto")),
        ("lines", "lines", False, ("list", ("model", "PurchaseReceiptLineDto"))),
        ("due_date", "dueDate", False, "datetime"),
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
        ("error_info", "errorInfo", False, "str"),
        ("metadata", "metadata", False, ("model", "MetadataDto")),
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


_Lazy = _lazy_twin(PurchaseReceiptBasicDto)
