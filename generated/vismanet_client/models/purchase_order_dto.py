from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.purchase_order_dto_order_type import PurchaseOrderDtoOrderType
from ..models.purchase_order_dto_shipping_destination_type import (
    PurchaseOrderDtoShippingDestinationType,
)
from ..models.purchase_order_dto_status import PurchaseOrderDtoStatus
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.branch_in_purchase_order_dto import BranchInPurchaseOrderDto
    from ..models.discount_detail_dto import DiscountDetailDto
    from ..models.location_in_purchase_order_dto import LocationInPurchaseOrderDto
    from ..models.metadata_dto import MetadataDto
    from ..models.owner_in_purchase_order_dto import OwnerInPurchaseOrderDto
    from ..models.purchase_order_line_dto import PurchaseOrderLineDto
    from ..models.purchase_receipts_dto import PurchaseReceiptsDto
    from ..models.remit_address_in_purchase_order_dto import RemitAddressInPurchaseOrderDto
    from ..models.remit_contact_in_purchase_order_dto import RemitContactInPurchaseOrderDto
    from ..models.ship_to_in_purchase_order_dto import ShipToInPurchaseOrderDto
    from ..models.shipping_address_in_purchase_order_dto import ShippingAddressInPurchaseOrderDto
    from ..models.shipping_contact_in_purchase_order_dto import ShippingContactInPurchaseOrderDto
    from ..models.shipping_location_in_purchase_order_dto import ShippingLocationInPurchaseOrderDto
    from ..models.supplier_in_purchase_order_dto import SupplierInPurchaseOrderDto
    from ..models.supplier_vat_zone_in_purchase_order_dto import SupplierVatZoneInPurchaseOrderDto
    from ..models.tax_detail_dto import TaxDetailDto
    from ..models.terms_in_purchase_order_dto import TermsInPurchaseOrderDto
    from ..models.warehouse_in_purchase_order_dto import WarehouseInPurchaseOrderDto


T = TypeVar("T", bound="PurchaseOrderDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "shipping_destination_type",
    "ship_to",
    "shipping_location",
    "warehouse",
    "shipping_contact",
    "shipping_address",
    "fob_point",
    "ship_via",
    "ship_terms",
    "remit_contact",
    "remit_address",
    "terms",
    "supplier_vat_zone",
    "discount_details",
    "sales_order_type",
    "sales_order_nbr",
    "requisition_ref_nbr",
    "payment_ref_nbr",
    "workgroup_id",
    "dont_print",
    "printed",
    "dont_email",
    "emailed",
    "open_quantity",
    "open_balance",
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
class PurchaseOrderDto(GeneratedModel):
    """This class represents a Purchase Order in PurchaseOrderController. Used for getting data.

    Attributes:
        shipping_destination_type (PurchaseOrderDtoShippingDestinationType | Unset): Shipping instructions tab &gt; The
            Delivery address section &gt; Shipping destination type &gt; The type of the shipping destination, which is one
            of the following options: Branch location (meaning a branch of your company), Customer, Supplier, and Warehouse.
        ship_to (ShipToInPurchaseOrderDto | Unset): Shipping instructions tab &gt; The Delivery address section &gt;
            Ship to &gt; The particular destination of the selected type.
        shipping_location (ShippingLocationInPurchaseOrderDto | Unset): Mandatory field: The Shipping instructions tab
            &gt; The Delivery address section &gt; Shipping location* &gt; The location from which the order is to be
            shipped.
        warehouse (WarehouseInPurchaseOrderDto | Unset): Document details tab &gt; Warehouse &gt; The warehouse to
            receive the item listed on the order.
        shipping_contact (ShippingContactInPurchaseOrderDto | Unset): Supplier information tab &gt; The Supplier contact
            section &gt; The supplier contact for matters related to this purchase order.
        shipping_address (ShippingAddressInPurchaseOrderDto | Unset): Supplier info tab &gt; The Supplier address
            section &gt; The default shipping address for the supplier.
        fob_point (str | Unset): Delivery instructions tab &gt; The Delivery instructions section &gt; FOB point &gt;
            The FOB point where the title of goods (listed on this purchase order) is transferred from the supplier to the
            company.
        ship_via (str | Unset): Delivery instructions tab &gt; The Delivery instructions section &gt; Ship via &gt; The
            carrier selected to ship the goods for the purchase order.
        ship_terms (str | Unset): Delivery instructions tab &gt; The Delivery instructions section &gt; Shipping terms
            &gt; The shipping terms for the purchase order.
        remit_contact (RemitContactInPurchaseOrderDto | Unset): Supplier info tab &gt; The Supplier contact section &gt;
            The default contact settings for the supplier.
        remit_address (RemitAddressInPurchaseOrderDto | Unset): Supplier info tab &gt; The Supplier address section &gt;
            The default contact setting for the supplier.
        terms (TermsInPurchaseOrderDto | Unset): Mandatory field: The Supplier info tab &gt; The Info section &gt;
            Terms* &gt; The specific credit terms to be used for the purchase order.
        supplier_vat_zone (SupplierVatZoneInPurchaseOrderDto | Unset): Supplier info tab &gt; The Info section &gt;
            Supplier VAT zone &gt; The VAT zone of the supplier's location.
        discount_details (list[DiscountDetailDto] | Unset): Discount details tab &gt;
        sales_order_type (str | Unset): Other information tab &gt; Sales order type &gt; The type of the sales order
            associated with the purchase order.
        sales_order_nbr (str | Unset): Other information tab &gt; Sales order no. &gt; The ID of the sales order
            associated with the purchase order.
        requisition_ref_nbr (str | Unset): Other information tab &gt; Requisition ref. no. &gt; The reference number of
            the requisition document associated with the purchase order, if any.
        payment_ref_nbr (str | Unset): Other information tab &gt; Prepayment ref. no. &gt; The reference number of the
            prepayment request linked to this purchase order, if any.
        workgroup_id (int | Unset): Other information tab &gt; Work group ID &gt; The work group to which the purchase
            order was assigned for processing.
        dont_print (bool | Unset): Other information &gt; Do not print &gt; A check box that indicates (if selected)
            that the current purchase order should not be printed.
        printed (bool | Unset): Other information &gt; Printed &gt; A check box that indicates (if selected) that the
            current purchase order was printed.
        dont_email (bool | Unset): Other information &gt; Do not email &gt; A check box that indicates (if selected)
            indicates that the purchase order should not be emailed.
        emailed (bool | Unset): Other information &gt; Emailed &gt; A check box that indicates (if selected) indicates
            that the current purchase order was emailed.
        open_quantity (float | Unset): Other information &gt; Open Quantity &gt; The difference between the quantities
            of ordered and received items.
        open_balance (float | Unset): Other information &gt; Open amount &gt; The amount of these items that are ordered
            but not received.
        order_type (PurchaseOrderDtoOrderType | Unset): The top part &gt; Type &gt; The type of the purchase order,
            which can be one of these options: Normal, Drop-ship, Blanket, Default
        order_nbr (str | Unset): The top part &gt; Order no. &gt; The unique reference number of the purchase order,
            which the system assigns based on the number series assigned to purchase orders of this type, as specified in
            the PO101000 window.
        hold (bool | Unset): The top part &gt; Hold &gt; A check box that you select to give the purchase order the On
            hold status.
        status (PurchaseOrderDtoStatus | Unset): The top part &gt; Status &gt; The system-generated status of the
            purchase order, which can be one of the following options: On hold, Open, Pending approval, Rejected, Pending
            printing, Pending e-mail, Closed, Cancelled.
        date (datetime.datetime | Unset): Mandatory field: The top part &gt; Date* &gt; The date when the purchase order
            was created.
        promised_on (datetime.datetime | Unset): The top part &gt; Delivery date &gt; The date when the supplier
            promised that the items listed in the order will be received at their destination location.
        description (str | Unset): The top part &gt; Description &gt; A brief description of the purchase order.
        supplier (SupplierInPurchaseOrderDto | Unset): Mandatory field: The top part &gt; Supplier* &gt; The supplier
            from which the items will be purchased.
        location (LocationInPurchaseOrderDto | Unset): Mandatory field: The top part &gt; Location* &gt; Click the
            magnifier. The supplier location from which the items will be received.
        owner (OwnerInPurchaseOrderDto | Unset): The top part &gt; Owner &gt; The employee who is responsible for the
            purchase order.
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
        branch (BranchInPurchaseOrderDto | Unset): Document details tab &gt; Branch &gt; The branch to receive the item.
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

    shipping_destination_type: PurchaseOrderDtoShippingDestinationType | Unset | None = UNSET
    ship_to: ShipToInPurchaseOrderDto | Unset | None = UNSET
    shipping_location: ShippingLocationInPurchaseOrderDto | Unset | None = UNSET
    warehouse: WarehouseInPurchaseOrderDto | Unset | None = UNSET
    shipping_contact: ShippingContactInPurchaseOrderDto | Unset | None = UNSET
    shipping_address: ShippingAddressInPurchaseOrderDto | Unset | None = UNSET
    fob_point: str | Unset | None = UNSET
    ship_via: str | Unset | None = UNSET
    ship_terms: str | Unset | None = UNSET
    remit_contact: RemitContactInPurchaseOrderDto | Unset | None = UNSET
    remit_address: RemitAddressInPurchaseOrderDto | Unset | None = UNSET
    terms: TermsInPurchaseOrderDto | Unset | None = UNSET
    supplier_vat_zone: SupplierVatZoneInPurchaseOrderDto | Unset | None = UNSET
    discount_details: list[DiscountDetailDto] | Unset | None = UNSET
    sales_order_type: str | Unset | None = UNSET
    sales_order_nbr: str | Unset | None = UNSET
    requisition_ref_nbr: str | Unset | None = UNSET
    payment_ref_nbr: str | Unset | None = UNSET
    workgroup_id: int | Unset | None = UNSET
    dont_print: bool | Unset | None = UNSET
    printed: bool | Unset | None = UNSET
    dont_email: bool | Unset | None = UNSET
    emailed: bool | Unset | None = UNSET
    open_quantity: float | Unset | None = UNSET
    open_balance: float | Unset | None = UNSET
    order_type: PurchaseOrderDtoOrderType | Unset | None = UNSET
    order_nbr: str | Unset | None = UNSET
    hold: bool | Unset | None = UNSET
    status: PurchaseOrderDtoStatus | Unset | None = UNSET
    date: datetime.datetime | Unset | None = UNSET
    promised_on: datetime.datetime | Unset | None = UNSET
    description: str | Unset | None = UNSET
    supplier: SupplierInPurchaseOrderDto | Unset | None = UNSET
    location: LocationInPurchaseOrderDto | Unset | None = UNSET
    owner: OwnerInPurchaseOrderDto | Unset | None = UNSET
    currency: str | Unset | None = UNSET
    supplier_ref: str | Unset | None = UNSET
    exchange_rate: float | Unset | None = UNSET
    line_total: float | Unset | None = UNSET
    line_total_in_base_currency: float | Unset | None = UNSET
    vat_exempt_total: float | Unset | None = UNSET
    vat_exempt_total_in_base_currency: float | Unset | None = UNSET
    tax_total: float | Unset | None = UNSET
    tax_total_in_base_currency: float | Unset | None = UNSET
    order_total: float | Unset | None = UNSET
    order_total_in_base_currency: float | Unset | None = UNSET
    control_total: float | Unset | None = UNSET
    control_total_in_base_currency: float | Unset | None = UNSET
    branch: BranchInPurchaseOrderDto | Unset | None = UNSET
    lines: list[PurchaseOrderLineDto] | Unset | None = UNSET
    tax_details: list[TaxDetailDto] | Unset | None = UNSET
    purchase_receipts: list[PurchaseReceiptsDto] | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    note: str | Unset | None = UNSET
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
    time_stamp: str | Unset | None = UNSET
    error_info: str | Unset | None = UNSET
    metadata: MetadataDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.shipping_destination_type
        if _value is not UNSET:
            field_dict["shippingDestinationType"] = _value
        _value = self.ship_to
        if _value is not UNSET:
            field_dict["shipTo"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.shipping_location
        if _value is not UNSET:
            field_dict["shippingLocation"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.warehouse
        if _value is not UNSET:
            field_dict["warehouse"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.shipping_contact
        if _value is not UNSET:
            field_dict["shippingContact"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.shipping_address
        if _value is not UNSET:
            field_dict["shippingAddress"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.fob_point
        if _value is not UNSET:
            field_dict["fobPoint"] = _value
        _value = self.ship_via
        if _value is not UNSET:
            field_dict["shipVia"] = _value
        _value = self.ship_terms
        if _value is not UNSET:
            field_dict["shipTerms"] = _value
        _value = self.remit_contact
        if _value is not UNSET:
            field_dict["remitContact"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.remit_address
        if _value is not UNSET:
            field_dict["remitAddress"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.terms
        if _value is not UNSET:
            field_dict["terms"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.supplier_vat_zone
        if _value is not UNSET:
            field_dict["supplierVatZone"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.discount_details
        if _value is not UNSET:
            field_dict["discountDetails"] = (
                [
                    discount_details_item_data.to_dict()
                    if isinstance(discount_details_item_data, GeneratedModel)
                    else discount_details_item_data
                    for discount_details_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.sales_order_type
        if _value is not UNSET:
            field_dict["salesOrderType"] = _value
        _value = self.sales_order_nbr
        if _value is not UNSET:
            field_dict["salesOrderNbr"] = _value
        _value = self.requisition_ref_nbr
        if _value is not UNSET:
            field_dict["requisitionRefNbr"] = _value
        _value = self.payment_ref_nbr
        if _value is not UNSET:
            field_dict["paymentRefNbr"] = _value
        _value = self.workgroup_id
        if _value is not UNSET:
            field_dict["workgroupID"] = _value
        _value = self.dont_print
        if _value is not UNSET:
            field_dict["dontPrint"] = _value
        _value = self.printed
        if _value is not UNSET:
            field_dict["printed"] = _value
        _value = self.dont_email
        if _value is not UNSET:
            field_dict["dontEmail"] = _value
        _value = self.emailed
        if _value is not UNSET:
            field_dict["emailed"] = _value
        _value = self.open_quantity
        if _value is not UNSET:
            field_dict["openQuantity"] = _value
        _value = self.open_balance
        if _value is not UNSET:
            field_dict["openBalance"] = _value
        _value = self.order_type
        if _value is not UNSET:
            field_dict["orderType"] = _value
        _value = self.order_nbr
        if _value is not UNSET:
            field_dict["orderNbr"] = _value
        _value = self.hold
        if _value is not UNSET:
            field_dict["hold"] = _value
        _value = self.status
        if _value is not UNSET:
            field_dict["status"] = _value
        _value = self.date
        if _value is not UNSET:
            field_dict["date"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.promised_on
        if _value is not UNSET:
            field_dict["promisedOn"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.supplier
        if _value is not UNSET:
            field_dict["supplier"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.location
        if _value is not UNSET:
            field_dict["location"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.owner
        if _value is not UNSET:
            field_dict["owner"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.currency
        if _value is not UNSET:
            field_dict["currency"] = _value
        _value = self.supplier_ref
        if _value is not UNSET:
            field_dict["supplierRef"] = _value
        _value = self.exchange_rate
        if _value is not UNSET:
            field_dict["exchangeRate"] = _value
        _value = self.line_total
        if _value is not UNSET:
            field_dict["lineTotal"] = _value
        _value = self.line_total_in_base_currency
        if _value is not UNSET:
            field_dict["lineTotalInBaseCurrency"] = _value
        _value = self.vat_exempt_total
        if _value is not UNSET:
            field_dict["vatExemptTotal"] = _value
        _value = self.vat_exempt_total_in_base_currency
        if _value is not UNSET:
            field_dict["vatExemptTotalInBaseCurrency"] = _value
        _value = self.tax_total
        if _value is not UNSET:
            field_dict["taxTotal"] = _value
        _value = self.tax_total_in_base_currency
        if _value is not UNSET:
            field_dict["taxTotalInBaseCurrency"] = _value
        _value = self.order_total
        if _value is not UNSET:
            field_dict["orderTotal"] = _value
        _value = self.order_total_in_base_currency
        if _value is not UNSET:
            field_dict["orderTotalInBaseCurrency"] = _value
        _value = self.control_total
        if _value is not UNSET:
            field_dict["controlTotal"] = _value
        _value = self.control_total_in_base_currency
        if _value is not UNSET:
            field_dict["controlTotalInBaseCurrency"] = _value
        _value = self.branch
        if _value is not UNSET:
            field_dict["branch"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
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
        _value = self.tax_details
        if _value is not UNSET:
            field_dict["taxDetails"] = (
                [
                    tax_details_item_data.to_dict()
                    if isinstance(tax_details_item_data, GeneratedModel)
                    else tax_details_item_data
                    for tax_details_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.purchase_receipts
        if _value is not UNSET:
            field_dict["purchaseReceipts"] = (
                [
                    purchase_receipts_item_data.to_dict()
                    if isinstance(purchase_receipts_item_data, GeneratedModel)
                    else purchase_receipts_item_data
                    for purchase_receipts_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.note
        if _value is not UNSET:
            field_dict["note"] = _value
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
        _value = self.time_stamp
        if _value is not UNSET:
            field_dict["timeStamp"] = _value
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
        if cls is not PurchaseOrderDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.shipping_destination_type = _rest.pop("shippingDestinationType", UNSET)
        _value = _rest.pop("shipTo", UNSET)
        self.ship_to = (
            _models.ShipToInPurchaseOrderDto._vn_fill(_new(_models.ShipToInPurchaseOrderDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("shippingLocation", UNSET)
        self.shipping_location = (
            _models.ShippingLocationInPurchaseOrderDto._vn_fill(
                _new(_models.ShippingLocationInPurchaseOrderDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("warehouse", UNSET)
        self.warehouse = (
            _models.WarehouseInPurchaseOrderDto._vn_fill(_new(_models.WarehouseInPurchaseOrderDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("shippingContact", UNSET)
        self.shipping_contact = (
            _models.ShippingContactInPurchaseOrderDto._vn_fill(_new(_models.ShippingContactInPurchaseOrderDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("shippingAddress", UNSET)
        self.shipping_address = (
            _models.ShippingAddressInPurchaseOrderDto._vn_fill(_new(_models.ShippingAddressInPurchaseOrderDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.fob_point = _rest.pop("fobPoint", UNSET)
        self.ship_via = _rest.pop("shipVia", UNSET)
        self.ship_terms = _rest.pop("shipTerms", UNSET)
        _value = _rest.pop("remitContact", UNSET)
        self.remit_contact = (
            _models.RemitContactInPurchaseOrderDto._vn_fill(_new(_models.RemitContactInPurchaseOrderDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("remitAddress", UNSET)
        self.remit_address = (
            _models.RemitAddressInPurchaseOrderDto._vn_fill(_new(_models.RemitAddressInPurchaseOrderDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("terms", UNSET)
        self.terms = (
            _models.TermsInPurchaseOrderDto._vn_fill(_new(_models.TermsInPurchaseOrderDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("supplierVatZone", UNSET)
        self.supplier_vat_zone = (
            _models.SupplierVatZoneInPurchaseOrderDto._vn_fill(_new(_models.SupplierVatZoneInPurchaseOrderDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("discountDetails", UNSET)
        self.discount_details = (
            [
                _models.DiscountDetailDto._vn_fill(_new(_models.DiscountDetailDto), discount_details_item_data)
                if isinstance(discount_details_item_data, dict)
                else discount_details_item_data
                for discount_details_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        self.sales_order_type = _rest.pop("salesOrderType", UNSET)
        self.sales_order_nbr = _rest.pop("salesOrderNbr", UNSET)
        self.requisition_ref_nbr = _rest.pop("requisitionRefNbr", UNSET)
        self.payment_ref_nbr = _rest.pop("paymentRefNbr", UNSET)
        self.workgroup_id = _rest.pop("workgroupID", UNSET)
        self.dont_print = _rest.pop("dontPrint", UNSET)
        self.printed = _rest.pop("printed", UNSET)
        self.dont_email = _rest.pop("dontEmail", UNSET)
        self.emailed = _rest.pop("emailed", UNSET)
        self.open_quantity = _rest.pop("openQuantity", UNSET)
        self.open_balance = _rest.pop("openBalance", UNSET)
        self.order_type = _rest.pop("orderType", UNSET)
        self.order_nbr = _rest.pop("orderNbr", UNSET)
        self.hold = _rest.pop("hold", UNSET)
        self.status = _rest.pop("status", UNSET)
        _value = _rest.pop("date", UNSET)
        self.date = _parse_datetime(_value)
        _value = _rest.pop("promisedOn", UNSET)
        self.promised_on = _parse_datetime(_value)
        self.description = _rest.pop("description", UNSET)
        _value = _rest.pop("supplier", UNSET)
        self.supplier = (
            _models.SupplierInPurchaseOrderDto._vn_fill(_new(_models.SupplierInPurchaseOrderDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("location", UNSET)
        self.location = (
            _models.LocationInPurchaseOrderDto._vn_fill(_new(_models.LocationInPurchaseOrderDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("owner", UNSET)
        self.owner = (
            _models.OwnerInPurchaseOrderDto._vn_fill(_new(_models.OwnerInPurchaseOrderDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.currency = _rest.pop("currency", UNSET)
        self.supplier_ref = _rest.pop("supplierRef", UNSET)
        self.exchange_rate = _rest.pop("exchangeRate", UNSET)
        self.line_total = _rest.pop("lineTotal", UNSET)
        self.line_total_in_base_currency = _rest.pop("lineTotalInBaseCurrency", UNSET)
        self.vat_exempt_total = _rest.pop("vatExemptTotal", UNSET)
        self.vat_exempt_total_in_base_currency = _rest.pop("vatExemptTotalInBaseCurrency", UNSET)
        self.tax_total = _rest.pop("taxTotal", UNSET)
        self.tax_total_in_base_currency = _rest.pop("taxTotalInBaseCurrency", UNSET)
        self.order_total = _rest.pop("orderTotal", UNSET)
        self.order_total_in_base_currency = _rest.pop("orderTotalInBaseCurrency", UNSET)
        self.control_total = _rest.pop("controlTotal", UNSET)
        self.control_total_in_base_currency = _rest.pop("controlTotalInBaseCurrency", UNSET)
        _value = _rest.pop("branch", UNSET)
        self.branch = (
            _models.BranchInPurchaseOrderDto._vn_fill(_new(_models.BranchInPurchaseOrderDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("lines", UNSET)
        self.lines = (
            [
                _models.PurchaseOrderLineDto._vn_fill(_new(_models.PurchaseOrderLineDto), lines_item_data)
                if isinstance(lines_item_data, dict)
                else lines_item_data
                for lines_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("taxDetails", UNSET)
        self.tax_details = (
            [
                _models.TaxDetailDto._vn_fill(_new(_models.TaxDetailDto), tax_details_item_data)
                if isinstance(tax_details_item_data, dict)
                else tax_details_item_data
                for tax_details_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("purchaseReceipts", UNSET)
        self.purchase_receipts = (
            [
                _models.PurchaseReceiptsDto._vn_fill(_new(_models.PurchaseReceiptsDto), purchase_receipts_item_data)
                if isinstance(purchase_receipts_item_data, dict)
                else purchase_receipts_item_data
                for purchase_receipts_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        self.note = _rest.pop("note", UNSET)
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
        self.time_stamp = _rest.pop("timeStamp", UNSET)
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
        ("shipping_destination_type", "shippingDestinationType", False, "str"),
        ("ship_to", "shipTo", False, ("model", "ShipToInPurchaseOrderDto")),
        ("shipping_location", "shippingLocation", False, ("model", "ShippingLocationInPurchaseOrderDto")),
        ("warehouse", "warehouse", False, ("model", "WarehouseInPurchaseOrderDto")),
        ("shipping_contact", "shippingContact", False, ("model", "ShippingContactInPurchaseOrderDto")),
        ("shipping_address", "shippingAddress", False, ("model", "ShippingAddressInPurchaseOrderDto")),
        ("fob_point", "fobPoint", False, "str"),
        ("ship_via", "shipVia", False, "str"),
        ("ship_terms", "shipTerms", False, "str"),
        ("remit_contact", "remitContact", False, ("model", "RemitContactInPurchaseOrderDto")),
        ("remit_address", "remitAddress", False, ("model", "RemitAddressInPurchaseOrderDto")),
        ("terms", "terms", False, ("model", "TermsInPurchaseOrderDto")),
        ("supplier_vat_zone", "supplierVatZone", False, ("model", "SupplierVatZoneInPurchaseOrderDto")),
        ("discount_details", "discountDetails", False, ("list", ("model", "DiscountDetailDto"))),
        ("sales_order_type", "salesOrderType", False, "str"),
        ("sales_order_nbr", "salesOrderNbr", False, "str"),
        ("requisition_ref_nbr", "requisitionRefNbr", False, "str"),
        ("payment_ref_nbr", "paymentRefNbr", False, "str"),
        ("workgroup_id", "workgroupID", False, "int"),
        ("dont_print", "dontPrint", False, "bool"),
        ("printed", "printed", False, "bool"),
        ("dont_email", "dontEmail", False, "bool"),
        ("emailed", "emailed", False, "bool"),
        ("open_quantity", "openQuantity", False, "float"),
        ("open_balance", "openBalance", False, "float"),
        ("order_type", "orderType", False, "str"),
        ("order_nbr", "orderNbr", False, "str"),
        ("hold", "hold", False, "bool"),
        ("status", "status", False, "str"),
        ("date", "date", False, "datetime"),
        ("promised_on", "promisedOn", False, "datetime"),
        ("description", "description", False, "str"),
        ("supplier", "supplier", False, ("model", "SupplierInPurchaseOrderDto")),
        ("location", "location", False, ("model", "LocationInPurchaseOrderDto")),
        ("owner", "owner", False, ("model", "OwnerInPurchaseOrderDto")),
        ("currency", "currency", False, "str"),
        ("supplier_ref", "supplierRef", False, "str"),
        ("exchange_rate", "exchangeRate", False, "float"),
        ("line_total", "lineTotal", False, "float"),
        ("line_total_in_base_currency", "lineTotalInBaseCurrency", False, "float"),
        ("vat_exempt_total", "vatExemptTotal", False, "float"),
        ("vat_exempt_total_in_base_currency", "vatExemptTotalInBaseCurrency", False, "float"),
        ("tax_total", "taxTotal", False, "float"),
        ("tax_total_in_base_currency", "taxTotalInBaseCurrency", False, "float"),
        ("order_total", "orderTotal", False, "float"),
        ("order_total_in_base_currency", "orderTotalInBaseCurrency", False, "float"),
        ("control_total", "controlTotal", False, "float"),
        ("control_total_in_base_currency", "controlTotalInBaseCurrency", False, "float"),
        ("branch", "branch", False, ("model", "BranchInPurchaseOrderDto")),
        ("lines", "lines", False, ("list", ("model", "PurchaseOrderLineDto"))),
        ("tax_details", "taxDetails", False, ("list", ("model", "TaxDetailDto"))),
        ("purchase_receipts", "purchaseReceipts", False, ("list", ("model", "PurchaseReceiptsDto"))),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
        ("note", "note", False, "str"),
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
        ("time_stamp", "timeStamp", False, "str"),
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


_Lazy = _lazy_twin(PurchaseOrderDto)
