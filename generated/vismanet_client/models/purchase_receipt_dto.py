from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.purchase_receipt_dto_receipt_type import (
    PurchaseReceiptDtoReceiptType,
)
from ..models.purchase_receipt_dto_status import PurchaseReceiptDtoStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.branch_number_in_purchase_receipt_dto import BranchNumberInPurchaseReceiptDto
    from ..models.landed_cost_dto import LandedCostDto
    from ..models.location_in_purchase_receipt_dto import LocationInPurchaseReceiptDto
    from ..models.metadata_dto import MetadataDto
    from ..models.purchase_receipt_line_dto import PurchaseReceiptLineDto
    from ..models.supplier_in_purchase_receipt_dto import SupplierInPurchaseReceiptDto
    from ..models.warehouse_in_purchase_receipt_dto import WarehouseInPurchaseReceiptDto


T = TypeVar("T", bound="PurchaseReceiptDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "landed_cost",
    "note",
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
class PurchaseReceiptDto:
    """This class represents a Purchase Receipt in PurchaseReceiptController. Used for getting data.

    Attributes:
        landed_cost (list[LandedCostDto] | Unset): Landed costs tab &gt; Landed cost code &gt; The landed cost code
            specified in the line of the landed cost document.
        note (str | Unset):
        time_stamp (str | Unset): The top part &gt; Tstamp &gt; The timestamp of the purchase receipt.
        receipt_type (PurchaseReceiptDtoReceiptType | Unset): The top part &gt; Type &gt; The type of the document,
            which can be one of the following options: Receipt, Return, Transfer receipt.
        receipt_nbr (str | Unset): The top part &gt; Receipt no. &gt; The unique reference number of the purchase
            receipt.
        hold (bool | Unset): The top part &gt; Hold &gt; A check box that indicates (if selected) that the document has
            the On hold status.
        status (PurchaseReceiptDtoStatus | Unset): The top part &gt; Status &gt; The current status of the purchase or
            transfer receipt, or return, which the system assigns automatically. On hold, Balanced, Released.
        date (datetime.datetime | Unset): Mandatory field: The top part &gt; Date* &gt; The date when the receipt
            document was created.
        post_period (str | Unset): Mandatory field: The top part &gt; Post period* &gt; The financial period to which
            the transactions recorded in the document should be posted. Format MMYYYY.
        warehouse (WarehouseInPurchaseReceiptDto | Unset): Mandatory field: The top part or the Documents details tab
            &gt; Warehouse* &gt; The warehouse from which the items have been received for transfer orders.
        supplier (SupplierInPurchaseReceiptDto | Unset): Mandatory field: The top part &gt; Supplier* &gt; The supplier
            from which the items have been received or to which they will be returned.
        location (LocationInPurchaseReceiptDto | Unset): Mandatory field: The top part Location* &gt; The supplier
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
        branch_number (BranchNumberInPurchaseReceiptDto | Unset): Mandatory field: Document details tab &gt; Branch*
            &gt; The branch to which the document belongs.
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

    landed_cost: list[LandedCostDto] | Unset = UNSET
    note: str | Unset = UNSET
    time_stamp: str | Unset = UNSET
    receipt_type: PurchaseReceiptDtoReceiptType | Unset = UNSET
    receipt_nbr: str | Unset = UNSET
    hold: bool | Unset = UNSET
    status: PurchaseReceiptDtoStatus | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    post_period: str | Unset = UNSET
    warehouse: WarehouseInPurchaseReceiptDto | Unset = UNSET
    supplier: SupplierInPurchaseReceiptDto | Unset = UNSET
    location: LocationInPurchaseReceiptDto | Unset = UNSET
    currency: str | Unset = UNSET
    exchange_rate: float | Unset = UNSET
    create_bill: bool | Unset = UNSET
    supplier_ref: str | Unset = UNSET
    total_qty: float | Unset = UNSET
    control_qty: float | Unset = UNSET
    vat_exempt_total: float | Unset = UNSET
    vat_taxable_total: float | Unset = UNSET
    total_amt: float | Unset = UNSET
    control_total: float | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    branch_number: BranchNumberInPurchaseReceiptDto | Unset = UNSET
    lines: list[PurchaseReceiptLineDto] | Unset = UNSET
    due_date: datetime.datetime | Unset = UNSET
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
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        landed_cost: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.landed_cost, Unset):
            landed_cost = []
            for landed_cost_item_data in self.landed_cost:
                landed_cost_item = landed_cost_item_data.to_dict()
                landed_cost.append(landed_cost_item)

        note = self.note

        time_stamp = self.time_stamp

        receipt_type: str | Unset = UNSET
        if not isinstance(self.receipt_type, Unset):
            receipt_type = self.receipt_type

        receipt_nbr = self.receipt_nbr

        hold = self.hold

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        post_period = self.post_period

        warehouse: dict[str, Any] | Unset = UNSET
        if not isinstance(self.warehouse, Unset):
            warehouse = self.warehouse.to_dict()

        supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = self.supplier.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        currency = self.currency

        exchange_rate = self.exchange_rate

        create_bill = self.create_bill

        supplier_ref = self.supplier_ref

        total_qty = self.total_qty

        control_qty = self.control_qty

        vat_exempt_total = self.vat_exempt_total

        vat_taxable_total = self.vat_taxable_total

        total_amt = self.total_amt

        control_total = self.control_total

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        branch_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch_number, Unset):
            branch_number = self.branch_number.to_dict()

        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()

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

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if landed_cost is not UNSET:
            field_dict["landedCost"] = landed_cost
        if note is not UNSET:
            field_dict["note"] = note
        if time_stamp is not UNSET:
            field_dict["timeStamp"] = time_stamp
        if receipt_type is not UNSET:
            field_dict["receiptType"] = receipt_type
        if receipt_nbr is not UNSET:
            field_dict["receiptNbr"] = receipt_nbr
        if hold is not UNSET:
            field_dict["hold"] = hold
        if status is not UNSET:
            field_dict["status"] = status
        if date is not UNSET:
            field_dict["date"] = date
        if post_period is not UNSET:
            field_dict["postPeriod"] = post_period
        if warehouse is not UNSET:
            field_dict["warehouse"] = warehouse
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if location is not UNSET:
            field_dict["location"] = location
        if currency is not UNSET:
            field_dict["currency"] = currency
        if exchange_rate is not UNSET:
            field_dict["exchangeRate"] = exchange_rate
        if create_bill is not UNSET:
            field_dict["createBill"] = create_bill
        if supplier_ref is not UNSET:
            field_dict["supplierRef"] = supplier_ref
        if total_qty is not UNSET:
            field_dict["totalQty"] = total_qty
        if control_qty is not UNSET:
            field_dict["controlQty"] = control_qty
        if vat_exempt_total is not UNSET:
            field_dict["vatExemptTotal"] = vat_exempt_total
        if vat_taxable_total is not UNSET:
            field_dict["vatTaxableTotal"] = vat_taxable_total
        if total_amt is not UNSET:
            field_dict["totalAmt"] = total_amt
        if control_total is not UNSET:
            field_dict["controlTotal"] = control_total
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if branch_number is not UNSET:
            field_dict["branchNumber"] = branch_number
        if lines is not UNSET:
            field_dict["lines"] = lines
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
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
        if error_info is not UNSET:
            field_dict["errorInfo"] = error_info
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("landedCost", UNSET)
        _instance.landed_cost = (
            UNSET
            if _value is UNSET
            else [_models.LandedCostDto.from_dict(landed_cost_item_data) for landed_cost_item_data in _value]
        )
        _instance.note = _rest.pop("note", UNSET)
        _instance.time_stamp = _rest.pop("timeStamp", UNSET)
        _instance.receipt_type = _rest.pop("receiptType", UNSET)
        _instance.receipt_nbr = _rest.pop("receiptNbr", UNSET)
        _instance.hold = _rest.pop("hold", UNSET)
        _instance.status = _rest.pop("status", UNSET)
        _value = _rest.pop("date", UNSET)
        _instance.date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.post_period = _rest.pop("postPeriod", UNSET)
        _value = _rest.pop("warehouse", UNSET)
        _instance.warehouse = UNSET if _value is UNSET else _models.WarehouseInPurchaseReceiptDto.from_dict(_value)
        _value = _rest.pop("supplier", UNSET)
        _instance.supplier = UNSET if _value is UNSET else _models.SupplierInPurchaseReceiptDto.from_dict(_value)
        _value = _rest.pop("location", UNSET)
        _instance.location = UNSET if _value is UNSET else _models.LocationInPurchaseReceiptDto.from_dict(_value)
        _instance.currency = _rest.pop("currency", UNSET)
        _instance.exchange_rate = _rest.pop("exchangeRate", UNSET)
        _instance.create_bill = _rest.pop("createBill", UNSET)
        _instance.supplier_ref = _rest.pop("supplierRef", UNSET)
        _instance.total_qty = _rest.pop("totalQty", UNSET)
        _instance.control_qty = _rest.pop("controlQty", UNSET)
        _instance.vat_exempt_total = _rest.pop("vatExemptTotal", UNSET)
        _instance.vat_taxable_total = _rest.pop("vatTaxableTotal", UNSET)
        _instance.total_amt = _rest.pop("totalAmt", UNSET)
        _instance.control_total = _rest.pop("controlTotal", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("branchNumber", UNSET)
        _instance.branch_number = (
            UNSET if _value is UNSET else _models.BranchNumberInPurchaseReceiptDto.from_dict(_value)
        )
        _value = _rest.pop("lines", UNSET)
        _instance.lines = (
            UNSET
            if _value is UNSET
            else [_models.PurchaseReceiptLineDto.from_dict(lines_item_data) for lines_item_data in _value]
        )
        _value = _rest.pop("dueDate", UNSET)
        _instance.due_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
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
        _instance.error_info = _rest.pop("errorInfo", UNSET)
        _value = _rest.pop("metadata", UNSET)
        _instance.metadata = UNSET if _value is UNSET else _models.MetadataDto.from_dict(_value)
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
