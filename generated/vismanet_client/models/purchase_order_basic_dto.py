from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.purchase_order_basic_dto_order_type import (
    PurchaseOrderBasicDtoOrderType,
)
from ..models.purchase_order_basic_dto_status import PurchaseOrderBasicDtoStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.branch_in_purchase_order_basic_dto import BranchInPurchaseOrderBasicDto
    from ..models.location_in_purchase_order_basic_dto import LocationInPurchaseOrderBasicDto
    from ..models.metadata_dto import MetadataDto
    from ..models.owner_in_purchase_order_basic_dto import OwnerInPurchaseOrderBasicDto
    from ..models.purchase_order_line_dto import PurchaseOrderLineDto
    from ..models.purchase_receipts_dto import PurchaseReceiptsDto
    from ..models.supplier_in_purchase_order_basic_dto import SupplierInPurchaseOrderBasicDto
    from ..models.tax_detail_dto import TaxDetailDto


T = TypeVar("T", bound="PurchaseOrderBasicDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "order_type",
    "order_nbr",
    "hold",
    "status",
    "date",
    "promised_on",
    "description",
    "supplier",
    "location",
    "owner",
    "currency",
    "supplier_ref",
    "exchange_rate",
    "line_total",
    "line_total_in_base_currency",
    "vat_exempt_total",
    "vat_exempt_total_in_base_currency",
    "tax_total",
    "tax_total_in_base_currency",
    "order_total",
    "order_total_in_base_currency",
    "control_total",
    "control_total_in_base_currency",
    "branch",
    "lines",
    "tax_details",
    "purchase_receipts",
    "last_modified_date_time",
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
    "time_stamp",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class PurchaseOrderBasicDto:
    """This class represents a Purchase Order in PurchaseOrderController. Used for getting data.

    Attributes:
        order_type (PurchaseOrderBasicDtoOrderType | Unset): The top part &gt; Type &gt; The type of the purchase order,
            which can be one of these options: Normal, Drop-ship, Blanket, Default
        order_nbr (str | Unset): The top part &gt; Order no. &gt; The unique reference number of the purchase order,
            which the system assigns based on the number series assigned to purchase orders of this type, as specified in
            the PO101000 window.
        hold (bool | Unset): The top part &gt; Hold &gt; A check box that you select to give the purchase order the On
            hold status.
        status (PurchaseOrderBasicDtoStatus | Unset): The top part &gt; Status &gt; The system-generated status of the
            purchase order, which can be one of the following options: On hold, Open, Pending approval, Rejected, Pending
            printing, Pending e-mail, Closed, Cancelled.
        date (datetime.datetime | Unset): Mandatory field: The top part &gt; Date* &gt; The date when the purchase order
            was created.
        promised_on (datetime.datetime | Unset): The top part &gt; Delivery date &gt; The date when the supplier
            promised that the items listed in the order will be received at their destination location.
        description (str | Unset): The top part &gt; Description &gt; A brief description of the purchase order.
        supplier (SupplierInPurchaseOrderBasicDto | Unset): Mandatory field: The top part &gt; Supplier* &gt; The
            supplier from which the items will be purchased.
        location (LocationInPurchaseOrderBasicDto | Unset): Mandatory field: The top part &gt; Location* &gt; Click the
            magnifier. The supplier location from which the items will be received.
        owner (OwnerInPurchaseOrderBasicDto | Unset): The top part &gt; Owner &gt; The employee who is responsible for
            the purchase order.
        currency (str | Unset): The top part &gt; Currency &gt; The currency the purchase order will be paid in.
        supplier_ref (str | Unset): The top part &gt; Supplier ref. &gt; The reference number of the supplier document
            related to this purchase order.
        exchange_rate (float | Unset):
        line_total (float | Unset): The top part &gt; Line total &gt; The total sum of the Extended amount entries for
            all lines in the current purchase order. This value is calculated by the system and users cannot manually change
            it.
        line_total_in_base_currency (float | Unset): The top part &gt; View base &gt; A button that recalculates the
            Line total to your base currency if the amount on the purchase order is in another currency then base currency.
            When you click the button, the button toggles to View currency.
        vat_exempt_total (float | Unset): The Top part &gt; VAT exempt total &gt; The document total that is exempt from
            VAT. This total is calculated as the taxable amount for the VAT with the Include in VAT exempt total check box
            selected in the TX205000 window.
        vat_exempt_total_in_base_currency (float | Unset): The top part &gt; View base &gt; A button that recalculates
            the VAT exempt total to your base currency if the amount on the purchase order is in another currency then base
            currency. When you click the button, the button toggles to View currency.
        tax_total (float | Unset): The Top part &gt; VAT total &gt; The total VAT amount for all lines added to the
            current purchase order. This value, also calculated by the system, is the sum of the VAT amounts for each line.
        tax_total_in_base_currency (float | Unset): The top part &gt; View base &gt; A button that recalculates the VAT
            total to your base currency if the amount on the purchase order is in another currency then base currency. When
            you click the button, the button toggles to View currency.
        order_total (float | Unset): The Top part &gt; Order total &gt; The total sum for the purchase order, including
            VAT. This read-only value is the sum of the Line total and VAT total values.
        order_total_in_base_currency (float | Unset): The top part &gt; View base &gt; A button that recalculates the
            Order total to your base currency if the amount on the purchase order is in another currency then base currency.
            When you click the button, the button toggles to View currency.
        control_total (float | Unset): The top part &gt; Control total &gt; The order's total amount (including VAT),
            which you must enter manually when you attempt to save the order with the Balanced status.
        control_total_in_base_currency (float | Unset): The top part &gt; View base &gt; A button that recalculates the
            Control total to your base currency if the amount on the purchase order is in another currency then base
            currency. When you click the button, the button toggles to View currency.
        branch (BranchInPurchaseOrderBasicDto | Unset): Document details tab &gt; Branch &gt; The branch to receive the
            item.
        lines (list[PurchaseOrderLineDto] | Unset): Document details tab &gt; The table &gt;
        tax_details (list[TaxDetailDto] | Unset): VAT details tab &gt;
        purchase_receipts (list[PurchaseReceiptsDto] | Unset): Purchase receipts tab &gt;
        last_modified_date_time (datetime.datetime | Unset): System generated information.
        note (str | Unset): Icon Notes on top of the window &gt; Pop-up window for providing any user-defined text
            connected to the document.
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
        time_stamp (str | Unset):
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    order_type: PurchaseOrderBasicDtoOrderType | Unset = UNSET
    order_nbr: str | Unset = UNSET
    hold: bool | Unset = UNSET
    status: PurchaseOrderBasicDtoStatus | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    promised_on: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    supplier: SupplierInPurchaseOrderBasicDto | Unset = UNSET
    location: LocationInPurchaseOrderBasicDto | Unset = UNSET
    owner: OwnerInPurchaseOrderBasicDto | Unset = UNSET
    currency: str | Unset = UNSET
    supplier_ref: str | Unset = UNSET
    exchange_rate: float | Unset = UNSET
    line_total: float | Unset = UNSET
    line_total_in_base_currency: float | Unset = UNSET
    vat_exempt_total: float | Unset = UNSET
    vat_exempt_total_in_base_currency: float | Unset = UNSET
    tax_total: float | Unset = UNSET
    tax_total_in_base_currency: float | Unset = UNSET
    order_total: float | Unset = UNSET
    order_total_in_base_currency: float | Unset = UNSET
    control_total: float | Unset = UNSET
    control_total_in_base_currency: float | Unset = UNSET
    branch: BranchInPurchaseOrderBasicDto | Unset = UNSET
    lines: list[PurchaseOrderLineDto] | Unset = UNSET
    tax_details: list[TaxDetailDto] | Unset = UNSET
    purchase_receipts: list[PurchaseReceiptsDto] | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    note: str | Unset = UNSET
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
    time_stamp: str | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_type: str | Unset = UNSET
        if not isinstance(self.order_type, Unset):
            order_type = self.order_type

        order_nbr = self.order_nbr

        hold = self.hold

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        promised_on: str | Unset = UNSET
        if not isinstance(self.promised_on, Unset):
            promised_on = self.promised_on.isoformat()

        description = self.description

        supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = self.supplier.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        currency = self.currency

        supplier_ref = self.supplier_ref

        exchange_rate = self.exchange_rate

        line_total = self.line_total

        line_total_in_base_currency = self.line_total_in_base_currency

        vat_exempt_total = self.vat_exempt_total

        vat_exempt_total_in_base_currency = self.vat_exempt_total_in_base_currency

        tax_total = self.tax_total

        tax_total_in_base_currency = self.tax_total_in_base_currency

        order_total = self.order_total

        order_total_in_base_currency = self.order_total_in_base_currency

        control_total = self.control_total

        control_total_in_base_currency = self.control_total_in_base_currency

        branch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch, Unset):
            branch = self.branch.to_dict()

        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        tax_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_details, Unset):
            tax_details = []
            for tax_details_item_data in self.tax_details:
                tax_details_item = tax_details_item_data.to_dict()
                tax_details.append(tax_details_item)

        purchase_receipts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.purchase_receipts, Unset):
            purchase_receipts = []
            for purchase_receipts_item_data in self.purchase_receipts:
                purchase_receipts_item = purchase_receipts_item_data.to_dict()
                purchase_receipts.append(purchase_receipts_item)

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        note = self.note

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

        time_stamp = self.time_stamp

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if order_nbr is not UNSET:
            field_dict["orderNbr"] = order_nbr
        if hold is not UNSET:
            field_dict["hold"] = hold
        if status is not UNSET:
            field_dict["status"] = status
        if date is not UNSET:
            field_dict["date"] = date
        if promised_on is not UNSET:
            field_dict["promisedOn"] = promised_on
        if description is not UNSET:
            field_dict["description"] = description
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if location is not UNSET:
            field_dict["location"] = location
        if owner is not UNSET:
            field_dict["owner"] = owner
        if currency is not UNSET:
            field_dict["currency"] = currency
        if supplier_ref is not UNSET:
            field_dict["supplierRef"] = supplier_ref
        if exchange_rate is not UNSET:
            field_dict["exchangeRate"] = exchange_rate
        if line_total is not UNSET:
            field_dict["lineTotal"] = line_total
        if line_total_in_base_currency is not UNSET:
            field_dict["lineTotalInBaseCurrency"] = line_total_in_base_currency
        if vat_exempt_total is not UNSET:
            field_dict["vatExemptTotal"] = vat_exempt_total
        if vat_exempt_total_in_base_currency is not UNSET:
            field_dict["vatExemptTotalInBaseCurrency"] = vat_exempt_total_in_base_currency
        if tax_total is not UNSET:
            field_dict["taxTotal"] = tax_total
        if tax_total_in_base_currency is not UNSET:
            field_dict["taxTotalInBaseCurrency"] = tax_total_in_base_currency
        if order_total is not UNSET:
            field_dict["orderTotal"] = order_total
        if order_total_in_base_currency is not UNSET:
            field_dict["orderTotalInBaseCurrency"] = order_total_in_base_currency
        if control_total is not UNSET:
            field_dict["controlTotal"] = control_total
        if control_total_in_base_currency is not UNSET:
            field_dict["controlTotalInBaseCurrency"] = control_total_in_base_currency
        if branch is not UNSET:
            field_dict["branch"] = branch
        if lines is not UNSET:
            field_dict["lines"] = lines
        if tax_details is not UNSET:
            field_dict["taxDetails"] = tax_details
        if purchase_receipts is not UNSET:
            field_dict["purchaseReceipts"] = purchase_receipts
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
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
        if time_stamp is not UNSET:
            field_dict["timeStamp"] = time_stamp
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
        _instance.order_type = _rest.pop("orderType", UNSET)
        _instance.order_nbr = _rest.pop("orderNbr", UNSET)
        _instance.hold = _rest.pop("hold", UNSET)
        _instance.status = _rest.pop("status", UNSET)
        _value = _rest.pop("date", UNSET)
        _instance.date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("promisedOn", UNSET)
        _instance.promised_on = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.description = _rest.pop("description", UNSET)
        _value = _rest.pop("supplier", UNSET)
        _instance.supplier = UNSET if _value is UNSET else _models.SupplierInPurchaseOrderBasicDto.from_dict(_value)
        _value = _rest.pop("location", UNSET)
        _instance.location = UNSET if _value is UNSET else _models.LocationInPurchaseOrderBasicDto.from_dict(_value)
        _value = _rest.pop("owner", UNSET)
        _instance.owner = UNSET if _value is UNSET else _models.OwnerInPurchaseOrderBasicDto.from_dict(_value)
        _instance.currency = _rest.pop("currency", UNSET)
        _instance.supplier_ref = _rest.pop("supplierRef", UNSET)
        _instance.exchange_rate = _rest.pop("exchangeRate", UNSET)
        _instance.line_total = _rest.pop("lineTotal", UNSET)
        _instance.line_total_in_base_currency = _rest.pop("lineTotalInBaseCurrency", UNSET)
        _instance.vat_exempt_total = _rest.pop("vatExemptTotal", UNSET)
        _instance.vat_exempt_total_in_base_currency = _rest.pop("vatExemptTotalInBaseCurrency", UNSET)
        _instance.tax_total = _rest.pop("taxTotal", UNSET)
        _instance.tax_total_in_base_currency = _rest.pop("taxTotalInBaseCurrency", UNSET)
        _instance.order_total = _rest.pop("orderTotal", UNSET)
        _instance.order_total_in_base_currency = _rest.pop("orderTotalInBaseCurrency", UNSET)
        _instance.control_total = _rest.pop("controlTotal", UNSET)
        _instance.control_total_in_base_currency = _rest.pop("controlTotalInBaseCurrency", UNSET)
        _value = _rest.pop("branch", UNSET)
        _instance.branch = UNSET if _value is UNSET else _models.BranchInPurchaseOrderBasicDto.from_dict(_value)
        _value = _rest.pop("lines", UNSET)
        _instance.lines = (
            UNSET
            if _value is UNSET
            else [_models.PurchaseOrderLineDto.from_dict(lines_item_data) for lines_item_data in _value]
        )
        _value = _rest.pop("taxDetails", UNSET)
        _instance.tax_details = (
            UNSET
            if _value is UNSET
            else [_models.TaxDetailDto.from_dict(tax_details_item_data) for tax_details_item_data in _value]
        )
        _value = _rest.pop("purchaseReceipts", UNSET)
        _instance.purchase_receipts = (
            UNSET
            if _value is UNSET
            else [
                _models.PurchaseReceiptsDto.from_dict(purchase_receipts_item_data)
                for purchase_receipts_item_data in _value
            ]
        )
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.note = _rest.pop("note", UNSET)
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
        _instance.time_stamp = _rest.pop("timeStamp", UNSET)
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
