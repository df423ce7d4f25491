from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.sales_order_dto_ship_complete import SalesOrderDtoShipComplete
from ..models.sales_order_dto_status import SalesOrderDtoStatus
from ..types import UNSET, Unset

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
class SalesOrderDto:
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

    project_cd: str | Unset = UNSET
    print_description_on_invoice: bool | Unset = UNSET
    print_note_on_external_documents: bool | Unset = UNSET
    print_note_on_internal_documents: bool | Unset = UNSET
    so_billing_contact: SoBillingContactInSalesOrderDto | Unset = UNSET
    so_billing_address: SoBillingAddressInSalesOrderDto | Unset = UNSET
    customer_vat_zone: CustomerVATZoneInSalesOrderDto | Unset = UNSET
    invoice_separately: bool | Unset = UNSET
    invoice_nbr: str | Unset = UNSET
    invoice_date: datetime.datetime | Unset = UNSET
    terms: TermsInSalesOrderDto | Unset = UNSET
    due_date: datetime.datetime | Unset = UNSET
    cash_discount_date: datetime.datetime | Unset = UNSET
    post_period: str | Unset = UNSET
    sales_person: SalesPersonInSalesOrderDto | Unset = UNSET
    commission_percent: str | Unset = UNSET
    commission_amount: str | Unset = UNSET
    commissionable_amount: str | Unset = UNSET
    owner: OwnerInSalesOrderDto | Unset = UNSET
    orig_order_type: str | Unset = UNSET
    orig_order_nbr: str | Unset = UNSET
    so_shipping_contact: SoShippingContactInSalesOrderDto | Unset = UNSET
    so_shipping_address: SoShippingAddressInSalesOrderDto | Unset = UNSET
    sched_shipment: datetime.datetime | Unset = UNSET
    ship_separately: bool | Unset = UNSET
    ship_complete: SalesOrderDtoShipComplete | Unset = UNSET
    cancel_by: datetime.datetime | Unset = UNSET
    canceled: bool | Unset = UNSET
    preferred_warehouse: PreferredWarehouseInSalesOrderDto | Unset = UNSET
    ship_via: ShipViaInSalesOrderDto | Unset = UNSET
    fob_point: FobPointInSalesOrderDto | Unset = UNSET
    priority: int | Unset = UNSET
    shipping_terms: ShippingTermsInSalesOrderDto | Unset = UNSET
    shipping_zone: ShippingZoneInSalesOrderDto | Unset = UNSET
    residential_delivery: bool | Unset = UNSET
    saturday_delivery: bool | Unset = UNSET
    insurance: bool | Unset = UNSET
    transaction_type: TransactionTypeInSalesOrderDto | Unset = UNSET
    payment_method: PaymentMethodInSalesOrderDto | Unset = UNSET
    cash_account: str | Unset = UNSET
    payment_ref: str | Unset = UNSET
    is_rot_rut_deductible: bool | Unset = UNSET
    emailed: bool | Unset = UNSET
    lines: list[SalesOrderLineDto] | Unset = UNSET
    shipments: list[SalesOrderShipmentDto] | Unset = UNSET
    order_type: str | Unset = UNSET
    order_no: str | Unset = UNSET
    status: SalesOrderDtoStatus | Unset = UNSET
    hold: bool | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    request_on: datetime.datetime | Unset = UNSET
    customer_order: str | Unset = UNSET
    customer_ref_no: str | Unset = UNSET
    customer: CustomerInSalesOrderDto | Unset = UNSET
    contact_id: int | Unset = UNSET
    location: LocationInSalesOrderDto | Unset = UNSET
    currency: str | Unset = UNSET
    description: str | Unset = UNSET
    order_total: float | Unset = UNSET
    order_total_in_base_currency: float | Unset = UNSET
    vat_taxable_total: float | Unset = UNSET
    vat_taxable_total_in_base_currency: float | Unset = UNSET
    vat_exempt_total: float | Unset = UNSET
    vat_exempt_total_in_base_currency: float | Unset = UNSET
    tax_total: float | Unset = UNSET
    tax_total_in_base_currency: float | Unset = UNSET
    exchange_rate: float | Unset = UNSET
    discount_total: float | Unset = UNSET
    discount_total_in_base_currency: float | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    branch_number: BranchNumberInSalesOrderDto | Unset = UNSET
    note: str | Unset = UNSET
    attachments: list[AttachmentDto] | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_cd = self.project_cd

        print_description_on_invoice = self.print_description_on_invoice

        print_note_on_external_documents = self.print_note_on_external_documents

        print_note_on_internal_documents = self.print_note_on_internal_documents

        so_billing_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.so_billing_contact, Unset):
            so_billing_contact = self.so_billing_contact.to_dict()

        so_billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.so_billing_address, Unset):
            so_billing_address = self.so_billing_address.to_dict()

        customer_vat_zone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_vat_zone, Unset):
            customer_vat_zone = self.customer_vat_zone.to_dict()

        invoice_separately = self.invoice_separately

        invoice_nbr = self.invoice_nbr

        invoice_date: str | Unset = UNSET
        if not isinstance(self.invoice_date, Unset):
            invoice_date = self.invoice_date.isoformat()

        terms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.terms, Unset):
            terms = self.terms.to_dict()

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()

        cash_discount_date: str | Unset = UNSET
        if not isinstance(self.cash_discount_date, Unset):
            cash_discount_date = self.cash_discount_date.isoformat()

        post_period = self.post_period

        sales_person: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_person, Unset):
            sales_person = self.sales_person.to_dict()

        commission_percent = self.commission_percent

        commission_amount = self.commission_amount

        commissionable_amount = self.commissionable_amount

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        orig_order_type = self.orig_order_type

        orig_order_nbr = self.orig_order_nbr

        so_shipping_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.so_shipping_contact, Unset):
            so_shipping_contact = self.so_shipping_contact.to_dict()

        so_shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.so_shipping_address, Unset):
            so_shipping_address = self.so_shipping_address.to_dict()

        sched_shipment: str | Unset = UNSET
        if not isinstance(self.sched_shipment, Unset):
            sched_shipment = self.sched_shipment.isoformat()

        ship_separately = self.ship_separately

        ship_complete: str | Unset = UNSET
        if not isinstance(self.ship_complete, Unset):
            ship_complete = self.ship_complete

        cancel_by: str | Unset = UNSET
        if not isinstance(self.cancel_by, Unset):
            cancel_by = self.cancel_by.isoformat()

        canceled = self.canceled

        preferred_warehouse: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preferred_warehouse, Unset):
            preferred_warehouse = self.preferred_warehouse.to_dict()

        ship_via: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_via, Unset):
            ship_via = self.ship_via.to_dict()

        fob_point: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fob_point, Unset):
            fob_point = self.fob_point.to_dict()

        priority = self.priority

        shipping_terms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_terms, Unset):
            shipping_terms = self.shipping_terms.to_dict()

        shipping_zone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_zone, Unset):
            shipping_zone = self.shipping_zone.to_dict()

        residential_delivery = self.residential_delivery

        saturday_delivery = self.saturday_delivery

        insurance = self.insurance

        transaction_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transaction_type, Unset):
            transaction_type = self.transaction_type.to_dict()

        payment_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.to_dict()

        cash_account = self.cash_account

        payment_ref = self.payment_ref

        is_rot_rut_deductible = self.is_rot_rut_deductible

        emailed = self.emailed

        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        shipments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shipments, Unset):
            shipments = []
            for shipments_item_data in self.shipments:
                shipments_item = shipments_item_data.to_dict()
                shipments.append(shipments_item)

        order_type = self.order_type

        order_no = self.order_no

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        hold = self.hold

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        request_on: str | Unset = UNSET
        if not isinstance(self.request_on, Unset):
            request_on = self.request_on.isoformat()

        customer_order = self.customer_order

        customer_ref_no = self.customer_ref_no

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        contact_id = self.contact_id

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        currency = self.currency

        description = self.description

        order_total = self.order_total

        order_total_in_base_currency = self.order_total_in_base_currency

        vat_taxable_total = self.vat_taxable_total

        vat_taxable_total_in_base_currency = self.vat_taxable_total_in_base_currency

        vat_exempt_total = self.vat_exempt_total

        vat_exempt_total_in_base_currency = self.vat_exempt_total_in_base_currency

        tax_total = self.tax_total

        tax_total_in_base_currency = self.tax_total_in_base_currency

        exchange_rate = self.exchange_rate

        discount_total = self.discount_total

        discount_total_in_base_currency = self.discount_total_in_base_currency

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        branch_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch_number, Unset):
            branch_number = self.branch_number.to_dict()

        note = self.note

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_cd is not UNSET:
            field_dict["projectCD"] = project_cd
        if print_description_on_invoice is not UNSET:
            field_dict["printDescriptionOnInvoice"] = print_description_on_invoice
        if print_note_on_external_documents is not UNSET:
            field_dict["printNoteOnExternalDocuments"] = print_note_on_external_documents
        if print_note_on_internal_documents is not UNSET:
            field_dict["printNoteOnInternalDocuments"] = print_note_on_internal_documents
        if so_billing_contact is not UNSET:
            field_dict["soBillingContact"] = so_billing_contact
        if so_billing_address is not UNSET:
            field_dict["soBillingAddress"] = so_billing_address
        if customer_vat_zone is not UNSET:
            field_dict["customerVATZone"] = customer_vat_zone
        if invoice_separately is not UNSET:
            field_dict["invoiceSeparately"] = invoice_separately
        if invoice_nbr is not UNSET:
            field_dict["invoiceNbr"] = invoice_nbr
        if invoice_date is not UNSET:
            field_dict["invoiceDate"] = invoice_date
        if terms is not UNSET:
            field_dict["terms"] = terms
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if cash_discount_date is not UNSET:
            field_dict["cashDiscountDate"] = cash_discount_date
        if post_period is not UNSET:
            field_dict["postPeriod"] = post_period
        if sales_person is not UNSET:
            field_dict["salesPerson"] = sales_person
        if commission_percent is not UNSET:
            field_dict["commissionPercent"] = commission_percent
        if commission_amount is not UNSET:
            field_dict["commissionAmount"] = commission_amount
        if commissionable_amount is not UNSET:
            field_dict["commissionableAmount"] = commissionable_amount
        if owner is not UNSET:
            field_dict["owner"] = owner
        if orig_order_type is not UNSET:
            field_dict["origOrderType"] = orig_order_type
        if orig_order_nbr is not UNSET:
            field_dict["origOrderNbr"] = orig_order_nbr
        if so_shipping_contact is not UNSET:
            field_dict["soShippingContact"] = so_shipping_contact
        if so_shipping_address is not UNSET:
            field_dict["soShippingAddress"] = so_shipping_address
        if sched_shipment is not UNSET:
            field_dict["schedShipment"] = sched_shipment
        if ship_separately is not UNSET:
            field_dict["shipSeparately"] = ship_separately
        if ship_complete is not UNSET:
            field_dict["shipComplete"] = ship_complete
        if cancel_by is not UNSET:
            field_dict["cancelBy"] = cancel_by
        if canceled is not UNSET:
            field_dict["canceled"] = canceled
        if preferred_warehouse is not UNSET:
            field_dict["preferredWarehouse"] = preferred_warehouse
        if ship_via is not UNSET:
            field_dict["shipVia"] = ship_via
        if fob_point is not UNSET:
            field_dict["fobPoint"] = fob_point
        if priority is not UNSET:
            field_dict["priority"] = priority
        if shipping_terms is not UNSET:
            field_dict["shippingTerms"] = shipping_terms
        if shipping_zone is not UNSET:
            field_dict["shippingZone"] = shipping_zone
        if residential_delivery is not UNSET:
            field_dict["residentialDelivery"] = residential_delivery
        if saturday_delivery is not UNSET:
            field_dict["saturdayDelivery"] = saturday_delivery
        if insurance is not UNSET:
            field_dict["insurance"] = insurance
        if transaction_type is not UNSET:
            field_dict["transactionType"] = transaction_type
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method
        if cash_account is not UNSET:
            field_dict["cashAccount"] = cash_account
        if payment_ref is not UNSET:
            field_dict["paymentRef"] = payment_ref
        if is_rot_rut_deductible is not UNSET:
            field_dict["isRotRutDeductible"] = is_rot_rut_deductible
        if emailed is not UNSET:
            field_dict["emailed"] = emailed
        if lines is not UNSET:
            field_dict["lines"] = lines
        if shipments is not UNSET:
            field_dict["shipments"] = shipments
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if order_no is not UNSET:
            field_dict["orderNo"] = order_no
        if status is not UNSET:
            field_dict["status"] = status
        if hold is not UNSET:
            field_dict["hold"] = hold
        if date is not UNSET:
            field_dict["date"] = date
        if request_on is not UNSET:
            field_dict["requestOn"] = request_on
        if customer_order is not UNSET:
            field_dict["customerOrder"] = customer_order
        if customer_ref_no is not UNSET:
            field_dict["customerRefNo"] = customer_ref_no
        if customer is not UNSET:
            field_dict["customer"] = customer
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if location is not UNSET:
            field_dict["location"] = location
        if currency is not UNSET:
            field_dict["currency"] = currency
        if description is not UNSET:
            field_dict["description"] = description
        if order_total is not UNSET:
            field_dict["orderTotal"] = order_total
        if order_total_in_base_currency is not UNSET:
            field_dict["orderTotalInBaseCurrency"] = order_total_in_base_currency
        if vat_taxable_total is not UNSET:
            field_dict["vatTaxableTotal"] = vat_taxable_total
        if vat_taxable_total_in_base_currency is not UNSET:
            field_dict["vatTaxableTotalInBaseCurrency"] = vat_taxable_total_in_base_currency
        if vat_exempt_total is not UNSET:
            field_dict["vatExemptTotal"] = vat_exempt_total
        if vat_exempt_total_in_base_currency is not UNSET:
            field_dict["vatExemptTotalInBaseCurrency"] = vat_exempt_total_in_base_currency
        if tax_total is not UNSET:
            field_dict["taxTotal"] = tax_total
        if tax_total_in_base_currency is not UNSET:
            field_dict["taxTotalInBaseCurrency"] = tax_total_in_base_currency
        if exchange_rate is not UNSET:
            field_dict["exchangeRate"] = exchange_rate
        if discount_total is not UNSET:
            field_dict["discountTotal"] = discount_total
        if discount_total_in_base_currency is not UNSET:
            field_dict["discountTotalInBaseCurrency"] = discount_total_in_base_currency
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if branch_number is not UNSET:
            field_dict["branchNumber"] = branch_number
        if note is not UNSET:
            field_dict["note"] = note
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
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
        _instance.project_cd = _rest.pop("projectCD", UNSET)
        _instance.print_description_on_invoice = _rest.pop("printDescriptionOnInvoice", UNSET)
        _instance.print_note_on_external_documents = _rest.pop("printNoteOnExternalDocuments", UNSET)
        _instance.print_note_on_internal_documents = _rest.pop("printNoteOnInternalDocuments", UNSET)
        _value = _rest.pop("soBillingContact", UNSET)
        _instance.so_billing_contact = (
            UNSET if _value is UNSET else _models.SoBillingContactInSalesOrderDto.from_dict(_value)
        )
        _value = _rest.pop("soBillingAddress", UNSET)
        _instance.so_billing_address = (
            UNSET if _value is UNSET else _models.SoBillingAddressInSalesOrderDto.from_dict(_value)
        )
        _value = _rest.pop("customerVATZone", UNSET)
        _instance.customer_vat_zone = (
            UNSET if _value is UNSET else _models.CustomerVATZoneInSalesOrderDto.from_dict(_value)
        )
        _instance.invoice_separately = _rest.pop("invoiceSeparately", UNSET)
        _instance.invoice_nbr = _rest.pop("invoiceNbr", UNSET)
        _value = _rest.pop("invoiceDate", UNSET)
        _instance.invoice_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("terms", UNSET)
        _instance.terms = UNSET if _value is UNSET else _models.TermsInSalesOrderDto.from_dict(_value)
        _value = _rest.pop("dueDate", UNSET)
        _instance.due_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("cashDiscountDate", UNSET)
        _instance.cash_discount_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.post_period = _rest.pop("postPeriod", UNSET)
        _value = _rest.pop("salesPerson", UNSET)
        _instance.sales_person = UNSET if _value is UNSET else _models.SalesPersonInSalesOrderDto.from_dict(_value)
        _instance.commission_percent = _rest.pop("commissionPercent", UNSET)
        _instance.commission_amount = _rest.pop("commissionAmount", UNSET)
        _instance.commissionable_amount = _rest.pop("commissionableAmount", UNSET)
        _value = _rest.pop("owner", UNSET)
        _instance.owner = UNSET if _value is UNSET else _models.OwnerInSalesOrderDto.from_dict(_value)
        _instance.orig_order_type = _rest.pop("origOrderType", UNSET)
        _instance.orig_order_nbr = _rest.pop("origOrderNbr", UNSET)
        _value = _rest.pop("soShippingContact", UNSET)
        _instance.so_shipping_contact = (
            UNSET if _value is UNSET else _models.SoShippingContactInSalesOrderDto.from_dict(_value)
        )
        _value = _rest.pop("soShippingAddress", UNSET)
        _instance.so_shipping_address = (
            UNSET if _value is UNSET else _models.SoShippingAddressInSalesOrderDto.from_dict(_value)
        )
        _value = _rest.pop("schedShipment", UNSET)
        _instance.sched_shipment = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.ship_separately = _rest.pop("shipSeparately", UNSET)
        _instance.ship_complete = _rest.pop("shipComplete", UNSET)
        _value = _rest.pop("cancelBy", UNSET)
        _instance.cancel_by = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.canceled = _rest.pop("canceled", UNSET)
        _value = _rest.pop("preferredWarehouse", UNSET)
        _instance.preferred_warehouse = (
            UNSET if _value is UNSET else _models.PreferredWarehouseInSalesOrderDto.from_dict(_value)
        )
        _value = _rest.pop("shipVia", UNSET)
        _instance.ship_via = UNSET if _value is UNSET else _models.ShipViaInSalesOrderDto.from_dict(_value)
        _value = _rest.pop("fobPoint", UNSET)
        _instance.fob_point = UNSET if _value is UNSET else _models.FobPointInSalesOrderDto.from_dict(_value)
        _instance.priority = _rest.pop("priority", UNSET)
        _value = _rest.pop("shippingTerms", UNSET)
        _instance.shipping_terms = UNSET if _value is UNSET else _models.ShippingTermsInSalesOrderDto.from_dict(_value)
        _value = _rest.pop("shippingZone", UNSET)
        _instance.shipping_zone = UNSET if _value is UNSET else _models.ShippingZoneInSalesOrderDto.from_dict(_value)
        _instance.residential_delivery = _rest.pop("residentialDelivery", UNSET)
        _instance.saturday_delivery = _rest.pop("saturdayDelivery", UNSET)
        _instance.insurance = _rest.pop("insurance", UNSET)
        _value = _rest.pop("transactionType", UNSET)
        _instance.transaction_type = (
            UNSET if _value is UNSET else _models.TransactionTypeInSalesOrderDto.from_dict(_value)
        )
        _value = _rest.pop("paymentMethod", UNSET)
        _instance.payment_method = UNSET if _value is UNSET else _models.PaymentMethodInSalesOrderDto.from_dict(_value)
        _instance.cash_account = _rest.pop("cashAccount", UNSET)
        _instance.payment_ref = _rest.pop("paymentRef", UNSET)
        _instance.is_rot_rut_deductible = _rest.pop("isRotRutDeductible", UNSET)
        _instance.emailed = _rest.pop("emailed", UNSET)
        _value = _rest.pop("lines", UNSET)
        _instance.lines = (
            UNSET
            if _value is UNSET
            else [_models.SalesOrderLineDto.from_dict(lines_item_data) for lines_item_data in _value]
        )
        _value = _rest.pop("shipments", UNSET)
        _instance.shipments = (
            UNSET
            if _value is UNSET
            else [_models.SalesOrderShipmentDto.from_dict(shipments_item_data) for shipments_item_data in _value]
        )
        _instance.order_type = _rest.pop("orderType", UNSET)
        _instance.order_no = _rest.pop("orderNo", UNSET)
        _instance.status = _rest.pop("status", UNSET)
        _instance.hold = _rest.pop("hold", UNSET)
        _value = _rest.pop("date", UNSET)
        _instance.date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("requestOn", UNSET)
        _instance.request_on = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.customer_order = _rest.pop("customerOrder", UNSET)
        _instance.customer_ref_no = _rest.pop("customerRefNo", UNSET)
        _value = _rest.pop("customer", UNSET)
        _instance.customer = UNSET if _value is UNSET else _models.CustomerInSalesOrderDto.from_dict(_value)
        _instance.contact_id = _rest.pop("contactId", UNSET)
        _value = _rest.pop("location", UNSET)
        _instance.location = UNSET if _value is UNSET else _models.LocationInSalesOrderDto.from_dict(_value)
        _instance.currency = _rest.pop("currency", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.order_total = _rest.pop("orderTotal", UNSET)
        _instance.order_total_in_base_currency = _rest.pop("orderTotalInBaseCurrency", UNSET)
        _instance.vat_taxable_total = _rest.pop("vatTaxableTotal", UNSET)
        _instance.vat_taxable_total_in_base_currency = _rest.pop("vatTaxableTotalInBaseCurrency", UNSET)
        _instance.vat_exempt_total = _rest.pop("vatExemptTotal", UNSET)
        _instance.vat_exempt_total_in_base_currency = _rest.pop("vatExemptTotalInBaseCurrency", UNSET)
        _instance.tax_total = _rest.pop("taxTotal", UNSET)
        _instance.tax_total_in_base_currency = _rest.pop("taxTotalInBaseCurrency", UNSET)
        _instance.exchange_rate = _rest.pop("exchangeRate", UNSET)
        _instance.discount_total = _rest.pop("discountTotal", UNSET)
        _instance.discount_total_in_base_currency = _rest.pop("discountTotalInBaseCurrency", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("branchNumber", UNSET)
        _instance.branch_number = UNSET if _value is UNSET else _models.BranchNumberInSalesOrderDto.from_dict(_value)
        _instance.note = _rest.pop("note", UNSET)
        _value = _rest.pop("attachments", UNSET)
        _instance.attachments = (
            UNSET
            if _value is UNSET
            else [_models.AttachmentDto.from_dict(attachments_item_data) for attachments_item_data in _value]
        )
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
