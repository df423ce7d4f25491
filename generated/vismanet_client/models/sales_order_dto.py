from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.sales_order_dto_ship_complete import SalesOrderDtoShipComplete
from ..models.sales_order_dto_status import SalesOrderDtoStatus
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.attachment_dto import AttachmentDto
    from ..models.branch_number_in_sales_order_dto import BranchNumberInSalesOrderDto
    from ..models.customer_in_sales_order_dto import CustomerInSalesOrderDto
    from ..models.customer_vat_zone_in_sales_order_dto import CustomerVATZoneInSalesOrderDto
    from ..models.fob_point_in_sales_order_dto import FobPointInSalesOrderDto
    from ..models.location_in_sales_order_dto import LocationInSalesOrderDto
    from ..models.metadata_dto import MetadataDto
    from ..models.owner_in_sales_order_dto import OwnerInSalesOrderDto
    from ..models.payment_method_in_sales_order_dto import PaymentMethodInSalesOrderDto
    from ..models.preferred_warehouse_in_sales_order_dto import PreferredWarehouseInSalesOrderDto
    from ..models.sales_order_line_dto import SalesOrderLineDto
    from ..models.sales_order_shipment_dto import SalesOrderShipmentDto
    from ..models.sales_person_in_sales_order_dto import SalesPersonInSalesOrderDto
    from ..models.ship_via_in_sales_order_dto import ShipViaInSalesOrderDto
    from ..models.shipping_terms_in_sales_order_dto import ShippingTermsInSalesOrderDto
    from ..models.shipping_zone_in_sales_order_dto import ShippingZoneInSalesOrderDto
    from ..models.so_billing_address_in_sales_order_dto import SoBillingAddressInSalesOrderDto
    from ..models.so_billing_contact_in_sales_order_dto import SoBillingContactInSalesOrderDto
    from ..models.so_shipping_address_in_sales_order_dto import SoShippingAddressInSalesOrderDto
    from ..models.so_shipping_contact_in_sales_order_dto import SoShippingContactInSalesOrderDto
    from ..models.terms_in_sales_order_dto import TermsInSalesOrderDto
    from ..models.transaction_type_in_sales_order_dto import TransactionTypeInSalesOrderDto


T = TypeVar("T", bound="SalesOrderDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "project_cd",
    "print_description_on_invoice",
    "print_note_on_external_documents",
    "print_note_on_internal_documents",
    "so_billing_contact",
    "so_billing_address",
    "customer_vat_zone",
    "invoice_separately",
    "invoice_nbr",
    "invoice_date",
    "terms",
    "due_date",
    "cash_discount_date",
    "post_period",
    "sales_person",
    "commission_percent",
    "commission_amount",
    "commissionable_amount",
    "owner",
    "orig_order_type",
    "orig_order_nbr",
    "so_shipping_contact",
    "so_shipping_address",
    "sched_shipment",
    "ship_separately",
    "ship_complete",
    "cancel_by",
    "canceled",
    "preferred_warehouse",
    "ship_via",
    "fob_point",
    "priority",
    "shipping_terms",
    "shipping_zone",
    "residential_delivery",
    "saturday_delivery",
    "insurance",
    "transaction_type",
    "payment_method",
    "cash_account",
    "payment_ref",
    "is_rot_rut_deductible",
    "emailed",
    "lines",
    "shipments",
    "order_type",
    "order_no",
    "status",
    "hold",
    "date",
    "request_on",
    "customer_order",
    "customer_ref_no",
    "customer",
    "contact_id",
    "location",
    "currency",
    "description",
    "order_total",
    "order_total_in_base_currency",
    "vat_taxable_total",
    "vat_taxable_total_in_base_currency",
    "vat_exempt_total",
    "vat_exempt_total_in_base_currency",
    "tax_total",
    "tax_total_in_base_currency",
    "exchange_rate",
    "discount_total",
    "discount_total_in_base_currency",
    "last_modified_date_time",
    "branch_number",
    "note",
    "attachments",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class SalesOrderDto(GeneratedModel):
    """This class represents a SOOrder in SOOrderController. Used by getting data.

    Attributes:
        project_cd (str | Unset): Mandatory field: The top part &gt; Project* &gt; The field consists of Project ID and
            Project description. Project ID: The identifier for the project with which this document is associated, or the
            code indicating that this document is not associated with any project; the non-project code is specified in the
            Project accounting preferences (PM101000) window.
        print_description_on_invoice (bool | Unset): The top part &gt; Print description on invoice &gt; A check box
        print_note_on_external_documents (bool | Unset): The top part &gt; Print note on external sales documents &gt; A
            check box
        print_note_on_internal_documents (bool | Unset): The top part &gt; Print line note on internal sales documents
            &gt; A check box
        so_billing_contact (SoBillingContactInSalesOrderDto | Unset): The Financial settings tab &gt; The Invoice
            address section or on the Delivery address section
        so_billing_address (SoBillingAddressInSalesOrderDto | Unset): Financial settings tab &gt; Invoice address
            section
        customer_vat_zone (CustomerVATZoneInSalesOrderDto | Unset): Financial settings tab &gt; Financial information
            section &gt; Customer VAT zone &gt; The customers VAT zone to be used to process customer sales orders, which
            generally is the zone associated with the customer's delivery address.
        invoice_separately (bool | Unset): Financial settings tab &gt; Financial information section &gt; Invoice
            separately &gt; A check box that indicating that this document is to be invoiced separately (if that is
            required).
        invoice_nbr (str | Unset): Financial settings tab &gt; Financial information section &gt; Invoice no.&gt; The
            invoice number of the invoice generated for this order.
        invoice_date (datetime.datetime | Unset): Financial settings tab &gt; Financial information section &gt; Invoice
            date&gt; The date of the invoice generated for the order.
        terms (TermsInSalesOrderDto | Unset): Mandatory field: Financial settings tab &gt; Financial information section
            &gt; Terms* &gt; The credit terms used in relations with the customer. See also window CS206500.
        due_date (datetime.datetime | Unset): Financial settings tab &gt; Financial information section &gt; Due date
            &gt; The due date of the invoice according to the credit terms.
        cash_discount_date (datetime.datetime | Unset): Financial settings tab &gt; Financial information section &gt;
            Cash discount date &gt; The date when the cash discount is available for the invoice based on the credit terms.
        post_period (str | Unset): The Financial settings tab &gt; Financial information section &gt; Post period &gt;
            The period to post the transactions generated by the invoice. Format MMYYYY.
        sales_person (SalesPersonInSalesOrderDto | Unset): The Commissions tab &gt; Salesperson ID &gt; The salesperson.
        commission_percent (str | Unset): The Commissions tab &gt; Commission (%) &gt; The percentage of commission
            generally earned by the salesperson.
        commission_amount (str | Unset): The Commissions tab &gt; Commission amt. &gt;	The commission amount earned by
            the salesperson on this document.
        commissionable_amount (str | Unset): The Commissions tab &gt; Commissionable amount	&gt; The amount used to
            calculate the commission.
        owner (OwnerInSalesOrderDto | Unset): The Financial settings tab &gt; Financial information section &gt; Owner
            &gt; The user in the work group who is responsible for the sales order.
        orig_order_type (str | Unset): Mandatory field: The top part &gt; Order type* &gt; The type of the document,
            which is one of the predefined order types or a custom order type created by using the window SO201000.
        orig_order_nbr (str | Unset): The top part &gt; Order no. &gt; The order number of the document.
        so_shipping_contact (SoShippingContactInSalesOrderDto | Unset): Delivery settings tab &gt; Delivery address
            contact section
        so_shipping_address (SoShippingAddressInSalesOrderDto | Unset): Delivery settings tab &gt; Delivery address
            section
        sched_shipment (datetime.datetime | Unset): Delivery settings tab &gt; Shipping information section &gt; Sched.
            shipment &gt; The date when the ordered goods are scheduled to be shipped.
        ship_separately (bool | Unset): Delivery settings tab &gt; Shipping information section &gt; Ship separately
            &gt; This check box indicates that the goods for the customer should be shipped separately for each sales order.
        ship_complete (SalesOrderDtoShipComplete | Unset): Delivery settings tab &gt; Shipping information section &gt;
            Shipping rule &gt; An option that controls whether incomplete and partial shipments for the order are allowed.
        cancel_by (datetime.datetime | Unset): Delivery settings tab &gt; Shipping information section &gt; Cancel by
            &gt; The date when the order should be cancelled if the Back order allowed option has been selected in the
            Shipping rule field.
        canceled (bool | Unset): The Delivery settings tab &gt; The Shipping information section &gt; Cancelled &gt; A
            check box that indicates that the order has been cancelled on the date specified in Cancel by.
        preferred_warehouse (PreferredWarehouseInSalesOrderDto | Unset): The Delivery settings tab &gt; The shipping
            information section &gt; Preferred warehouse ID
        ship_via (ShipViaInSalesOrderDto | Unset): The Delivery settings tab &gt; Shipping information section &gt; Ship
            via &gt;  The Ship via code that represents the carrier and its service to be used for shipping the ordered
            goods.
        fob_point (FobPointInSalesOrderDto | Unset): Delivery settings tab &gt; Shipping information section &gt; FOB
            point &gt; The point where ownership of the goods is transferred to the customer.
        priority (int | Unset): Delivery settings tab &gt; Shipping information section &gt; Priority &gt; Field only
            for informational purposes. The level of priority for processing order of this customer, as specified for the
            customer on the Shipping settings tab on the AR303000 window.
        shipping_terms (ShippingTermsInSalesOrderDto | Unset): Delivery settings tab &gt; Shipping information section
            &gt; Shipping terms
        shipping_zone (ShippingZoneInSalesOrderDto | Unset): Delivery settings tab &gt; Shipping information section
            &gt; Shipping zone
        residential_delivery (bool | Unset): Delivery settings tab &gt; Shipping information section &gt; Residential
            delivery &gt; A check box that you select to indicate that the shipment should be delivered to a residential
            area.
        saturday_delivery (bool | Unset): Delivery settings tab &gt; Shipping information section &gt; Saturday delivery
            &gt; A check box that indicates that the order may be delivered on Saturday.
        insurance (bool | Unset): Delivery settings tab &gt; Shipping information section &gt; Insurance &gt; A check
            box that you select to indicate that insurance is required for this order.
        transaction_type (TransactionTypeInSalesOrderDto | Unset): Delivery settings tab &gt; Intrastat section &gt;
            Transaction type
        payment_method (PaymentMethodInSalesOrderDto | Unset): Payment settings tab &gt; Payment method
        cash_account (str | Unset): Payment settings tab &gt; Cash account
        payment_ref (str | Unset): Payment settings tab &gt; Payment ref.
        is_rot_rut_deductible (bool | Unset): A check box indicating if the document is Rot/rut deductible (applicable
            for the Swedish markets)
        emailed (bool | Unset): A check box indicating if the document is emailed
        lines (list[SalesOrderLineDto] | Unset): Document details tab &gt;
        shipments (list[SalesOrderShipmentDto] | Unset): Shipment tab &gt;
        order_type (str | Unset): Mandatory field: The top part &gt; Order type &gt; The type of the document, which is
            one of the predefined order types or a custom order type created by using the (SO201000) window.
        order_no (str | Unset): The top part &gt; Order no.: &gt; The reference number of the document.
        status (SalesOrderDtoStatus | Unset): The top part &gt; Status &gt; The status of the document, which can be one
            of the following options: On hold, Credit hold, Pending a????roval, Rejected, Open, Cancelled, Shipping, Back
            order, Invoiced, Completed.
        hold (bool | Unset): The top part &gt; Hold &gt; A check box that you select if the document is on hold and
            should not be processed further at this time.
        date (datetime.datetime | Unset): Mandatory field: The top part &gt; Date* &gt;  The date of the document.
        request_on (datetime.datetime | Unset): Mandatory field: The top part &gt; Requested on &gt; The date when the
            customer wants to receive the goods; this date provides the default values for the Requested on dates for order
            lines.
        customer_order (str | Unset): The top part &gt; Customer order &gt; The reference number of the original
            customer document that the sales order is based on.
        customer_ref_no (str | Unset): The top part &gt; External reference &gt; The reference number of the sales order
            in a third-party application if Visma.net Financials is integrated with such an application and imports the
            sales orders from it.
        customer (CustomerInSalesOrderDto | Unset): The top part &gt; Customer &gt; The customer that has ordered the
            goods or services.
        contact_id (int | Unset): The top part &gt; Contact &gt; The contact person of the customer.
        location (LocationInSalesOrderDto | Unset): Mandatory field: The top part &gt; Location* &gt; The customer
            location from which the goods or services have been ordered or, if the sales order is created from an
            opportunity, the customer location specified for the opportunity.
        currency (str | Unset): The top part &gt; Currency &gt; The currency of the document.
        description (str | Unset): The top part &gt; Description &gt; A brief description of the document.
        order_total (float | Unset): The top part &gt; Order total &gt; The total amount of the document, which is
            calculated as follows:
            Line Total + Misc.Charges + Freight + Premium Freight ??? Discount Total+ Tax Total
        order_total_in_base_currency (float | Unset):
        vat_taxable_total (float | Unset): The top part &gt; VAT taxable total &gt; The document total that is subject
            to VAT.
        vat_taxable_total_in_base_currency (float | Unset):
        vat_exempt_total (float | Unset): The top part &gt; VAT exempt total &gt; The document total that is exempt from
            VAT.
        vat_exempt_total_in_base_currency (float | Unset):
        tax_total (float | Unset): The top part &gt; VAT total &gt; The total amount of tax paid on the document.
        tax_total_in_base_currency (float | Unset):
        exchange_rate (float | Unset):
        discount_total (float | Unset):
        discount_total_in_base_currency (float | Unset):
        last_modified_date_time (datetime.datetime | Unset): Background information collected from the system.
        branch_number (BranchNumberInSalesOrderDto | Unset): Mandatory field: Document details tab &gt; Branch* &gt; The
            branch of the company.
        note (str | Unset): Icon Notes on top of the window &gt; Pop-up window for providing any user-defined text
            connected to the order.
        attachments (list[AttachmentDto] | Unset): The data containing information about the document attachments
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    project_cd: str | Unset | None = UNSET
    print_description_on_invoice: bool | Unset | None = UNSET
    print_note_on_external_documents: bool | Unset | None = UNSET
    print_note_on_internal_documents: bool | Unset | None = UNSET
    so_billing_contact: SoBillingContactInSalesOrderDto | Unset | None = UNSET
    so_billing_address: SoBillingAddressInSalesOrderDto | Unset | None = UNSET
    customer_vat_zone: CustomerVATZoneInSalesOrderDto | Unset | None = UNSET
    invoice_separately: bool | Unset | None = UNSET
    invoice_nbr: str | Unset | None = UNSET
    invoice_date: datetime.datetime | Unset | None = UNSET
    terms: TermsInSalesOrderDto | Unset | None = UNSET
    due_date: datetime.datetime | Unset | None = UNSET
    cash_discount_date: datetime.datetime | Unset | None = UNSET
    post_period: str | Unset | None = UNSET
    sales_person: SalesPersonInSalesOrderDto | Unset | None = UNSET
    commission_percent: str | Unset | None = UNSET
    commission_amount: str | Unset | None = UNSET
    commissionable_amount: str | Unset | None = UNSET
    owner: OwnerInSalesOrderDto | Unset | None = UNSET
    orig_order_type: str | Unset | None = UNSET
    orig_order_nbr: str | Unset | None = UNSET
    so_shipping_contact: SoShippingContactInSalesOrderDto | Unset | None = UNSET
    so_shipping_address: SoShippingAddressInSalesOrderDto | Unset | None = UNSET
    sched_shipment: datetime.datetime | Unset | None = UNSET
    ship_separately: bool | Unset | None = UNSET
    ship_complete: SalesOrderDtoShipComplete | Unset | None = UNSET
    cancel_by: datetime.datetime | Unset | None = UNSET
    canceled: bool | Unset | None = UNSET
    preferred_warehouse: PreferredWarehouseInSalesOrderDto | Unset | None = UNSET
    ship_via: ShipViaInSalesOrderDto | Unset | None = UNSET
    fob_point: FobPointInSalesOrderDto | Unset | None = UNSET
    priority: int | Unset | None = UNSET
    shipping_terms: ShippingTermsInSalesOrderDto | Unset | None = UNSET
    shipping_zone: ShippingZoneInSalesOrderDto | Unset | None = UNSET
    residential_delivery: bool | Unset | None = UNSET
    saturday_delivery: bool | Unset | None = UNSET
    insurance: bool | Unset | None = UNSET
    transaction_type: TransactionTypeInSalesOrderDto | Unset | None = UNSET
    payment_method: PaymentMethodInSalesOrderDto | Unset | None = UNSET
    cash_account: str | Unset | None = UNSET
    payment_ref: str | Unset | None = UNSET
    is_rot_rut_deductible: bool | Unset | None = UNSET
    emailed: bool | Unset | None = UNSET
    lines: list[SalesOrderLineDto] | Unset | None = UNSET
    shipments: list[SalesOrderShipmentDto] | Unset | None = UNSET
    order_type: str | Unset | None = UNSET
    order_no: str | Unset | None = UNSET
    status: SalesOrderDtoStatus | Unset | None = UNSET
    hold: bool | Unset | None = UNSET
    date: datetime.datetime | Unset | None = UNSET
    request_on: datetime.datetime | Unset | None = UNSET
    customer_order: str | Unset | None = UNSET
    customer_ref_no: str | Unset | None = UNSET
    customer: CustomerInSalesOrderDto | Unset | None = UNSET
    contact_id: int | Unset | None = UNSET
    location: LocationInSalesOrderDto | Unset | None = UNSET
    currency: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    order_total: float | Unset | None = UNSET
    order_total_in_base_currency: float | Unset | None = UNSET
    vat_taxable_total: float | Unset | None = UNSET
    vat_taxable_total_in_base_currency: float | Unset | None = UNSET
    vat_exempt_total: float | Unset | None = UNSET
    vat_exempt_total_in_base_currency: float | Unset | None = UNSET
    tax_total: float | Unset | None = UNSET
    tax_total_in_base_currency: float | Unset | None = UNSET
    exchange_rate: float | Unset | None = UNSET
    discount_total: float | Unset | None = UNSET
    discount_total_in_base_currency: float | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    branch_number: BranchNumberInSalesOrderDto | Unset | None = UNSET
    note: str | Unset | None = UNSET
    attachments: list[AttachmentDto] | Unset | None = UNSET
    error_info: str | Unset | None = UNSET
    metadata: MetadataDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.project_cd
        if _value is not UNSET:
            field_dict["projectCD"] = _value
        _value = self.print_description_on_invoice
        if _value is not UNSET:
            field_dict["printDescriptionOnInvoice"] = _value
        _value = self.print_note_on_external_documents
        if _value is not UNSET:
            field_dict["printNoteOnExternalDocuments"] = _value
        _value = self.print_note_on_internal_documents
        if _value is not UNSET:
            field_dict["printNoteOnInternalDocuments"] = _value
        _value = self.so_billing_contact
        if _value is not UNSET:
            field_dict["soBillingContact"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.so_billing_address
        if _value is not UNSET:
            field_dict["soBillingAddress"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.customer_vat_zone
        if _value is not UNSET:
            field_dict["customerVATZone"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.invoice_separately
        if _value is not UNSET:
            field_dict["invoiceSeparately"] = _value
        _value = self.invoice_nbr
        if _value is not UNSET:
            field_dict["invoiceNbr"] = _value
        _value = self.invoice_date
        if _value is not UNSET:
            field_dict["invoiceDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.terms
        if _value is not UNSET:
            field_dict["terms"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.due_date
        if _value is not UNSET:
            field_dict["dueDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.cash_discount_date
        if _value is not UNSET:
            field_dict["cashDiscountDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.post_period
        if _value is not UNSET:
            field_dict["postPeriod"] = _value
        _value = self.sales_person
        if _value is not UNSET:
            field_dict["salesPerson"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.commission_percent
        if _value is not UNSET:
            field_dict["commissionPercent"] = _value
        _value = self.commission_amount
        if _value is not UNSET:
            field_dict["commissionAmount"] = _value
        _value = self.commissionable_amount
        if _value is not UNSET:
            field_dict["commissionableAmount"] = _value
        _value = self.owner
        if _value is not UNSET:
            field_dict["owner"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.orig_order_type
        if _value is not UNSET:
            field_dict["origOrderType"] = _value
        _value = self.orig_order_nbr
        if _value is not UNSET:
            field_dict["origOrderNbr"] = _value
        _value = self.so_shipping_contact
        if _value is not UNSET:
            field_dict["soShippingContact"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.so_shipping_address
        if _value is not UNSET:
            field_dict["soShippingAddress"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.sched_shipment
        if _value is not UNSET:
            field_dict["schedShipment"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.ship_separately
        if _value is not UNSET:
            field_dict["shipSeparately"] = _value
        _value = self.ship_complete
        if _value is not UNSET:
            field_dict["shipComplete"] = _value
        _value = self.cancel_by
        if _value is not UNSET:
            field_dict["cancelBy"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.canceled
        if _value is not UNSET:
            field_dict["canceled"] = _value
        _value = self.preferred_warehouse
        if _value is not UNSET:
            field_dict["preferredWarehouse"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.ship_via
        if _value is not UNSET:
            field_dict["shipVia"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.fob_point
        if _value is not UNSET:
            field_dict["fobPoint"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.priority
        if _value is not UNSET:
            field_dict["priority"] = _value
        _value = self.shipping_terms
        if _value is not UNSET:
            field_dict["shippingTerms"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.shipping_zone
        if _value is not UNSET:
            field_dict["shippingZone"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.residential_delivery
        if _value is not UNSET:
            field_dict["residentialDelivery"] = _value
        _value = self.saturday_delivery
        if _value is not UNSET:
            field_dict["saturdayDelivery"] = _value
        _value = self.insurance
        if _value is not UNSET:
            field_dict["insurance"] = _value
        _value = self.transaction_type
        if _value is not UNSET:
            field_dict["transactionType"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.payment_method
        if _value is not UNSET:
            field_dict["paymentMethod"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.cash_account
        if _value is not UNSET:
            field_dict["cashAccount"] = _value
        _value = self.payment_ref
        if _value is not UNSET:
            field_dict["paymentRef"] = _value
        _value = self.is_rot_rut_deductible
        if _value is not UNSET:
            field_dict["isRotRutDeductible"] = _value
        _value = self.emailed
        if _value is not UNSET:
            field_dict["emailed"] = _value
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
        _value = self.shipments
        if _value is not UNSET:
            field_dict["shipments"] = (
                [
                    shipments_item_data.to_dict()
                    if isinstance(shipments_item_data, GeneratedModel)
                    else shipments_item_data
                    for shipments_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.order_type
        if _value is not UNSET:
            field_dict["orderType"] = _value
        _value = self.order_no
        if _value is not UNSET:
            field_dict["orderNo"] = _value
        _value = self.status
        if _value is not UNSET:
            field_dict["status"] = _value
        _value = self.hold
        if _value is not UNSET:
            field_dict["hold"] = _value
        _value = self.date
        if _value is not UNSET:
            field_dict["date"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.request_on
        if _value is not UNSET:
            field_dict["requestOn"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.customer_order
        if _value is not UNSET:
            field_dict["customerOrder"] = _value
        _value = self.customer_ref_no
        if _value is not UNSET:
            field_dict["customerRefNo"] = _value
        _value = self.customer
        if _value is not UNSET:
            field_dict["customer"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.contact_id
        if _value is not UNSET:
            field_dict["contactId"] = _value
        _value = self.location
        if _value is not UNSET:
            field_dict["location"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.currency
        if _value is not UNSET:
            field_dict["currency"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.order_total
        if _value is not UNSET:
            field_dict["orderTotal"] = _value
        _value = self.order_total_in_base_currency
        if _value is not UNSET:
            field_dict["orderTotalInBaseCurrency"] = _value
        _value = self.vat_taxable_total
        if _value is not UNSET:
            field_dict["vatTaxableTotal"] = _value
        _value = self.vat_taxable_total_in_base_currency
        if _value is not UNSET:
            field_dict["vatTaxableTotalInBaseCurrency"] = _value
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
        _value = self.exchange_rate
        if _value is not UNSET:
            field_dict["exchangeRate"] = _value
        _value = self.discount_total
        if _value is not UNSET:
            field_dict["discountTotal"] = _value
        _value = self.discount_total_in_base_currency
        if _value is not UNSET:
            field_dict["discountTotalInBaseCurrency"] = _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.branch_number
        if _value is not UNSET:
            field_dict["branchNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.note
        if _value is not UNSET:
            field_dict["note"] = _value
        _value = self.attachments
        if _value is not UNSET:
            field_dict["attachments"] = (
                [
                    attachments_item_data.to_dict()
                    if isinstance(attachments_item_data, GeneratedModel)
                    else attachments_item_data
                    for attachments_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
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
        if cls is not SalesOrderDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.project_cd = _rest.pop("projectCD", UNSET)
        self.print_description_on_invoice = _rest.pop("printDescriptionOnInvoice", UNSET)
        self.print_note_on_external_documents = _rest.pop("printNoteOnExternalDocuments", UNSET)
        self.print_note_on_internal_documents = _rest.pop("printNoteOnInternalDocuments", UNSET)
        _value = _rest.pop("soBillingContact", UNSET)
        self.so_billing_contact = (
            _models.SoBillingContactInSalesOrderDto._vn_fill(_new(_models.SoBillingContactInSalesOrderDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("soBillingAddress", UNSET)
        self.so_billing_address = (
            _models.SoBillingAddressInSalesOrderDto._vn_fill(_new(_models.SoBillingAddressInSalesOrderDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customerVATZone", UNSET)
        self.customer_vat_zone = (
            _models.CustomerVATZoneInSalesOrderDto._vn_fill(_new(_models.CustomerVATZoneInSalesOrderDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.invoice_separately = _rest.pop("invoiceSeparately", UNSET)
        self.invoice_nbr = _rest.pop("invoiceNbr", UNSET)
        _value = _rest.pop("invoiceDate", UNSET)
        self.invoice_date = _parse_datetime(_value)
        _value = _rest.pop("terms", UNSET)
        self.terms = (
            _models.TermsInSalesOrderDto._vn_fill(_new(_models.TermsInSalesOrderDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("dueDate", UNSET)
        self.due_date = _parse_datetime(_value)
        _value = _rest.pop("cashDiscountDate", UNSET)
        self.cash_discount_date = _parse_datetime(_value)
        self.post_period = _rest.pop("postPeriod", UNSET)
        _value = _rest.pop("salesPerson", UNSET)
        self.sales_person = (
            _models.SalesPersonInSalesOrderDto._vn_fill(_new(_models.SalesPersonInSalesOrderDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.commission_percent = _rest.pop("commissionPercent", UNSET)
        self.commission_amount = _rest.pop("commissionAmount", UNSET)
        self.commissionable_amount = _rest.pop("commissionableAmount", UNSET)
        _value = _rest.pop("owner", UNSET)
        self.owner = (
            _models.OwnerInSalesOrderDto._vn_fill(_new(_models.OwnerInSalesOrderDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.orig_order_type = _rest.pop("origOrderType", UNSET)
        self.orig_order_nbr = _rest.pop("origOrderNbr", UNSET)
        _value = _rest.pop("soShippingContact", UNSET)
        self.so_shipping_contact = (
            _models.SoShippingContactInSalesOrderDto._vn_fill(_new(_models.SoShippingContactInSalesOrderDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("soShippingAddress", UNSET)
        self.so_shipping_address = (
            _models.SoShippingAddressInSalesOrderDto._vn_fill(_new(_models.SoShippingAddressInSalesOrderDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("schedShipment", UNSET)
        self.sched_shipment = _parse_datetime(_value)
        self.ship_separately = _rest.pop("shipSeparately", UNSET)
        self.ship_complete = _rest.pop("shipComplete", UNSET)
        _value = _rest.pop("cancelBy", UNSET)
        self.cancel_by = _parse_datetime(_value)
        self.canceled = _rest.pop("canceled", UNSET)
        _value = _rest.pop("preferredWarehouse", UNSET)
        self.preferred_warehouse = (
            _models.PreferredWarehouseInSalesOrderDto._vn_fill(_new(_models.PreferredWarehouseInSalesOrderDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("shipVia", UNSET)
        self.ship_via = (
            _models.ShipViaInSalesOrderDto._vn_fill(_new(_models.ShipViaInSalesOrderDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("fobPoint", UNSET)
        self.fob_point = (
            _models.FobPointInSalesOrderDto._vn_fill(_new(_models.FobPointInSalesOrderDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.priority = _rest.pop("priority", UNSET)
        _value = _rest.pop("shippingTerms", UNSET)
        self.shipping_terms = (
            _models.ShippingTermsInSalesOrderDto._vn_fill(_new(_models.ShippingTermsInSalesOrderDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("shippingZone", UNSET)
        self.shipping_zone = (
            _models.ShippingZoneInSalesOrderDto._vn_fill(_new(_models.ShippingZoneInSalesOrderDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.residential_delivery = _rest.pop("residentialDelivery", UNSET)
        self.saturday_delivery = _rest.pop("saturdayDelivery", UNSET)
        self.insurance = _rest.pop("insurance", UNSET)
        _value = _rest.pop("transactionType", UNSET)
        self.transaction_type = (
            _models.TransactionTypeInSalesOrderDto._vn_fill(_new(_models.TransactionTypeInSalesOrderDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("paymentMethod", UNSET)
        self.payment_method = (
            _models.PaymentMethodInSalesOrderDto._vn_fill(_new(_models.PaymentMethodInSalesOrderDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.cash_account = _rest.pop("cashAccount", UNSET)
        self.payment_ref = _rest.pop("paymentRef", UNSET)
        self.is_rot_rut_deductible = _rest.pop("isRotRutDeductible", UNSET)
        self.emailed = _rest.pop("emailed", UNSET)
        _value = _rest.pop("lines", UNSET)
        self.lines = (
            [
                _models.SalesOrderLineDto._vn_fill(_new(_models.SalesOrderLineDto), lines_item_data)
                if isinstance(lines_item_data, dict)
                else lines_item_data
                for lines_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("shipments", UNSET)
        self.shipments = (
            [
                _models.SalesOrderShipmentDto._vn_fill(_new(_models.SalesOrderShipmentDto), shipments_item_data)
                if isinstance(shipments_item_data, dict)
                else shipments_item_data
                for shipments_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        self.order_type = _rest.pop("orderType", UNSET)
        self.order_no = _rest.pop("orderNo", UNSET)
        self.status = _rest.pop("status", UNSET)
        self.hold = _rest.pop("hold", UNSET)
        _value = _rest.pop("date", UNSET)
        self.date = _parse_datetime(_value)
        _value = _rest.pop("requestOn", UNSET)
        self.request_on = _parse_datetime(_value)
        self.customer_order = _rest.pop("customerOrder", UNSET)
        self.customer_ref_no = _rest.pop("customerRefNo", UNSET)
        _value = _rest.pop("customer", UNSET)
        self.customer = (
            _models.CustomerInSalesOrderDto._vn_fill(_new(_models.CustomerInSalesOrderDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.contact_id = _rest.pop("contactId", UNSET)
        _value = _rest.pop("location", UNSET)
        self.location = (
            _models.LocationInSalesOrderDto._vn_fill(_new(_models.LocationInSalesOrderDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.currency = _rest.pop("currency", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.order_total = _rest.pop("orderTotal", UNSET)
        self.order_total_in_base_currency = _rest.pop("orderTotalInBaseCurrency", UNSET)
        self.vat_taxable_total = _rest.pop("vatTaxableTotal", UNSET)
        self.vat_taxable_total_in_base_currency = _rest.pop("vatTaxableTotalInBaseCurrency", UNSET)
        self.vat_exempt_total = _rest.pop("vatExemptTotal", UNSET)
        self.vat_exempt_total_in_base_currency = _rest.pop("vatExemptTotalInBaseCurrency", UNSET)
        self.tax_total = _rest.pop("taxTotal", UNSET)
        self.tax_total_in_base_currency = _rest.pop("taxTotalInBaseCurrency", UNSET)
        self.exchange_rate = _rest.pop("exchangeRate", UNSET)
        self.discount_total = _rest.pop("discountTotal", UNSET)
        self.discount_total_in_base_currency = _rest.pop("discountTotalInBaseCurrency", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        _value = _rest.pop("branchNumber", UNSET)
        self.branch_number = (
            _models.BranchNumberInSalesOrderDto._vn_fill(_new(_models.BranchNumberInSalesOrderDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.note = _rest.pop("note", UNSET)
        _value = _rest.pop("attachments", UNSET)
        self.attachments = (
            [
                _models.AttachmentDto._vn_fill(_new(_models.AttachmentDto), attachments_item_data)
                if isinstance(attachments_item_data, dict)
                else attachments_item_data
                for attachments_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
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
        ("project_cd", "projectCD", False, "str"),
        ("print_description_on_invoice", "printDescriptionOnInvoice", False, "bool"),
        ("print_note_on_external_documents", "printNoteOnExternalDocuments", False, "bool"),
        ("print_note_on_internal_documents", "printNoteOnInternalDocuments", False, "bool"),
        ("so_billing_contact", "soBillingContact", False, ("model", "SoBillingContactInSalesOrderDto")),
        ("so_billing_address", "soBillingAddress", False, ("model", "SoBillingAddressInSalesOrderDto")),
        ("customer_vat_zone", "customerVATZone", False, ("model", "CustomerVATZoneInSalesOrderDto")),
        ("invoice_separately", "invoiceSeparately", False, "bool"),
        ("invoice_nbr", "invoiceNbr", False, "str"),
        ("invoice_date", "invoiceDate", False, "datetime"),
        ("terms", "terms", False, ("model", "TermsInSalesOrderDto")),
        ("due_date", "dueDate", False, "datetime"),
        ("cash_discount_date", "cashDiscountDate", False, "datetime"),
        ("post_period", "postPeriod", False, "str"),
        ("sales_person", "salesPerson", False, ("model", "SalesPersonInSalesOrderDto")),
        ("commission_percent", "commissionPercent", False, "str"),
        ("commission_amount", "commissionAmount", False, "str"),
        ("commissionable_amount", "commissionableAmount", False, "str"),
        ("owner", "owner", False, ("model", "OwnerInSalesOrderDto")),
        ("orig_order_type", "origOrderType", False, "str"),
        ("orig_order_nbr", "origOrderNbr", False, "str"),
        ("so_shipping_contact", "soShippingContact", False, ("model", "SoShippingContactInSalesOrderDto")),
        ("so_shipping_address", "soShippingAddress", False, ("model", "SoShippingAddressInSalesOrderDto")),
        ("sched_shipment", "schedShipment", False, "datetime"),
        ("ship_separately", "shipSeparately", False, "bool"),
        ("ship_complete", "shipComplete", False, "str"),
        ("cancel_by", "cancelBy", False, "datetime"),
        ("canceled", "canceled", False, "bool"),
        ("preferred_warehouse", "preferredWarehouse", False, ("model", "PreferredWarehouseInSalesOrderDto")),
        ("ship_via", "shipVia", False, ("model", "ShipViaInSalesOrderDto")),
        ("fob_point", "fobPoint", False, ("model", "FobPointInSalesOrderDto")),
        ("priority", "priority", False, "int"),
        ("shipping_terms", "shippingTerms", False, ("model", "ShippingTermsInSalesOrderDto")),
        ("shipping_zone", "shippingZone", False, ("model", "ShippingZoneInSalesOrderDto")),
        ("residential_delivery", "residentialDelivery", False, "bool"),
        ("saturday_delivery", "saturdayDelivery", False, "bool"),
        ("insurance", "insurance", False, "bool"),
        ("transaction_type", "transactionType", False, ("model", "TransactionTypeInSalesOrderDto")),
        ("payment_method", "paymentMethod", False, ("model", "PaymentMethodInSalesOrderDto")),
        ("cash_account", "cashAccount", False, "str"),
        ("payment_ref", "paymentRef", False, "str"),
        ("is_rot_rut_deductible", "isRotRutDeductible", False, "bool"),
        ("emailed", "emailed", False, "bool"),
        ("lines", "lines", False, ("list", ("model", "SalesOrderLineDto"))),
        ("shipments", "shipments", False, ("list", ("model", "SalesOrderShipmentDto"))),
        ("order_type", "orderType", False, "str"),
        ("order_no", "orderNo", False, "str"),
        ("status", "status", False, "str"),
        ("hold", "hold", False, "bool"),
        ("date", "date", False, "datetime"),
        ("request_on", "requestOn", False, "datetime"),
        ("customer_order", "customerOrder", False, "str"),
        ("customer_ref_no", "customerRefNo", False, "str"),
        ("customer", "customer", False, ("model", "CustomerInSalesOrderDto")),
        ("contact_id", "contactId", False, "int"),
        ("location", "location", False, ("model", "LocationInSalesOrderDto")),
        ("currency", "currency", False, "str"),
        ("description", "description", False, "str"),
        ("order_total", "orderTotal", False, "float"),
        ("order_total_in_base_currency", "orderTotalInBaseCurrency", False, "float"),
        ("vat_taxable_total", "vatTaxableTotal", False, "float"),
        ("vat_taxable_total_in_base_currency", "vatTaxableTotalInBaseCurrency", False, "float"),
        ("vat_exempt_total", "vatExemptTotal", False, "float"),
        ("vat_exempt_total_in_base_currency", "vatExemptTotalInBaseCurrency", False, "float"),
        ("tax_total", "taxTotal", False, "float"),
        ("tax_total_in_base_currency", "taxTotalInBaseCurrency", False, "float"),
        ("exchange_rate", "exchangeRate", False, "float"),
        ("discount_total", "discountTotal", False, "float"),
        ("discount_total_in_base_currency", "discountTotalInBaseCurrency", False, "float"),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
        ("branch_number", "branchNumber", False, ("model", "BranchNumberInSalesOrderDto")),
        ("note", "note", False, "str"),
        ("attachments", "attachments", False, ("list", ("model", "AttachmentDto"))),
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


_Lazy = _lazy_twin(SalesOrderDto)
