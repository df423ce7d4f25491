from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_in_sales_order_update_dto import CustomerInSalesOrderUpdateDto
    from ..models.dto_value_of_boolean import DtoValueOfBoolean
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
    from ..models.dto_value_of_nullable_of_guid import DtoValueOfNullableOfGuid
    from ..models.dto_value_of_nullable_of_int_16 import DtoValueOfNullableOfInt16
    from ..models.dto_value_of_nullable_of_int_32 import DtoValueOfNullableOfInt32
    from ..models.dto_value_of_nullable_of_sales_order_ship_complete_statuses import (
        DtoValueOfNullableOfSalesOrderShipCompleteStatuses,
    )
    from ..models.dto_value_of_sales_order_address_update_dto import DtoValueOfSalesOrderAddressUpdateDto
    from ..models.dto_value_of_sales_order_contact_update_dto import DtoValueOfSalesOrderContactUpdateDto
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.gln_in_sales_order_update_dto import GlnInSalesOrderUpdateDto
    from ..models.order_type_in_sales_order_update_dto import OrderTypeInSalesOrderUpdateDto
    from ..models.rot_rut_update_dto import RotRutUpdateDto
    from ..models.sales_order_line_update_dto import SalesOrderLineUpdateDto
    from ..models.vat_registration_id_in_sales_order_update_dto import VatRegistrationIdInSalesOrderUpdateDto


T = TypeVar("T", bound="SaleOrderUpdateDtoInReopenSalesOrderActionDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "project",
    "print_description_on_invoice",
    "print_note_on_external_documents",
    "print_note_on_internal_documents",
    "so_billing_contact",
    "so_billing_address",
    "customer_vat_zone",
    "invoice_separately",
    "terms",
    "sales_person",
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
    "rot_rut_details",
    "lines",
    "order_type",
    "order_number",
    "hold",
    "date",
    "request_on",
    "customer_order",
    "customer_ref_no",
    "customer",
    "location",
    "contact_id",
    "gln",
    "vat_registration_id",
    "currency",
    "description",
    "recalculate_shipment",
    "branch_number",
    "note",
    "override_number_series",
)


@_attrs_define(repr=False)
class SaleOrderUpdateDtoInReopenSalesOrderActionDto:
    """Mandatory

    Attributes:
        project (DtoValueOfNullableOfInt32 | Unset):
        print_description_on_invoice (DtoValueOfNullableOfBoolean | Unset):
        print_note_on_external_documents (DtoValueOfNullableOfBoolean | Unset):
        print_note_on_internal_documents (DtoValueOfNullableOfBoolean | Unset):
        so_billing_contact (DtoValueOfSalesOrderContactUpdateDto | Unset):
        so_billing_address (DtoValueOfSalesOrderAddressUpdateDto | Unset):
        customer_vat_zone (DtoValueOfString | Unset):
        invoice_separately (DtoValueOfNullableOfBoolean | Unset):
        terms (DtoValueOfString | Unset):
        sales_person (DtoValueOfString | Unset):
        owner (DtoValueOfNullableOfGuid | Unset):
        orig_order_type (DtoValueOfString | Unset):
        orig_order_nbr (DtoValueOfString | Unset):
        so_shipping_contact (DtoValueOfSalesOrderContactUpdateDto | Unset):
        so_shipping_address (DtoValueOfSalesOrderAddressUpdateDto | Unset):
        sched_shipment (DtoValueOfNullableOfDateTime | Unset):
        ship_separately (DtoValueOfNullableOfBoolean | Unset):
        ship_complete (DtoValueOfNullableOfSalesOrderShipCompleteStatuses | Unset):
        cancel_by (DtoValueOfNullableOfDateTime | Unset):
        canceled (DtoValueOfNullableOfBoolean | Unset):
        preferred_warehouse (DtoValueOfString | Unset):
        ship_via (DtoValueOfString | Unset):
        fob_point (DtoValueOfString | Unset):
        priority (DtoValueOfNullableOfInt16 | Unset):
        shipping_terms (DtoValueOfString | Unset):
        shipping_zone (DtoValueOfString | Unset):
        residential_delivery (DtoValueOfNullableOfBoolean | Unset):
        saturday_delivery (DtoValueOfNullableOfBoolean | Unset):
        insurance (DtoValueOfNullableOfBoolean | Unset):
        transaction_type (DtoValueOfNullableOfInt32 | Unset):
        payment_method (DtoValueOfString | Unset):
        cash_account (DtoValueOfString | Unset):
        payment_ref (DtoValueOfString | Unset):
        is_rot_rut_deductible (DtoValueOfNullableOfBoolean | Unset):
        emailed (DtoValueOfNullableOfBoolean | Unset):
        rot_rut_details (RotRutUpdateDto | Unset):
        lines (list[SalesOrderLineUpdateDto] | Unset):
        order_type (OrderTypeInSalesOrderUpdateDto | Unset): Mandatory field
        order_number (DtoValueOfString | Unset):
        hold (DtoValueOfNullableOfBoolean | Unset):
        date (DtoValueOfNullableOfDateTime | Unset):
        request_on (DtoValueOfNullableOfDateTime | Unset):
        customer_order (DtoValueOfString | Unset):
        customer_ref_no (DtoValueOfString | Unset):
        customer (CustomerInSalesOrderUpdateDto | Unset): Mandatory field if GLN or VatRegistrationId is not specified.
        location (DtoValueOfString | Unset):
        contact_id (DtoValueOfNullableOfInt32 | Unset):
        gln (GlnInSalesOrderUpdateDto | Unset): Mandatory field if Customer or VatRegistrationId is not specified.
        vat_registration_id (VatRegistrationIdInSalesOrderUpdateDto | Unset): Mandatory field if Customer or GLN is not
            specified.
        currency (DtoValueOfString | Unset):
        description (DtoValueOfString | Unset):
        recalculate_shipment (DtoValueOfBoolean | Unset):
        branch_number (DtoValueOfString | Unset):
        note (DtoValueOfString | Unset):
        override_number_series (DtoValueOfBoolean | Unset):
    """

    project: DtoValueOfNullableOfInt32 | Unset = UNSET
    print_description_on_invoice: DtoValueOfNullableOfBoolean | Unset = UNSET
    print_note_on_external_documents: DtoValueOfNullableOfBoolean | Unset = UNSET
    print_note_on_internal_documents: DtoValueOfNullableOfBoolean | Unset = UNSET
    so_billing_contact: DtoValueOfSalesOrderContactUpdateDto | Unset = UNSET
    so_billing_address: DtoValueOfSalesOrderAddressUpdateDto | Unset = UNSET
    customer_vat_zone: DtoValueOfString | Unset = UNSET
    invoice_separately: DtoValueOfNullableOfBoolean | Unset = UNSET
    terms: DtoValueOfString | Unset = UNSET
    sales_person: DtoValueOfString | Unset = UNSET
    owner: DtoValueOfNullableOfGuid | Unset = UNSET
    orig_order_type: DtoValueOfString | Unset = UNSET
    orig_order_nbr: DtoValueOfString | Unset = UNSET
    so_shipping_contact: DtoValueOfSalesOrderContactUpdateDto | Unset = UNSET
    so_shipping_address: DtoValueOfSalesOrderAddressUpdateDto | Unset = UNSET
    sched_shipment: DtoValueOfNullableOfDateTime | Unset = UNSET
    ship_separately: DtoValueOfNullableOfBoolean | Unset = UNSET
    ship_complete: DtoValueOfNullableOfSalesOrderShipCompleteStatuses | Unset = UNSET
    cancel_by: DtoValueOfNullableOfDateTime | Unset = UNSET
    canceled: DtoValueOfNullableOfBoolean | Unset = UNSET
    preferred_warehouse: DtoValueOfString | Unset = UNSET
    ship_via: DtoValueOfString | Unset = UNSET
    fob_point: DtoValueOfString | Unset = UNSET
    priority: DtoValueOfNullableOfInt16 | Unset = UNSET
    shipping_terms: DtoValueOfString | Unset = UNSET
    shipping_zone: DtoValueOfString | Unset = UNSET
    residential_delivery: DtoValueOfNullableOfBoolean | Unset = UNSET
    saturday_delivery: DtoValueOfNullableOfBoolean | Unset = UNSET
    insurance: DtoValueOfNullableOfBoolean | Unset = UNSET
    transaction_type: DtoValueOfNullableOfInt32 | Unset = UNSET
    payment_method: DtoValueOfString | Unset = UNSET
    cash_account: DtoValueOfString | Unset = UNSET
    payment_ref: DtoValueOfString | Unset = UNSET
    is_rot_rut_deductible: DtoValueOfNullableOfBoolean | Unset = UNSET
    emailed: DtoValueOfNullableOfBoolean | Unset = UNSET
    rot_rut_details: RotRutUpdateDto | Unset = UNSET
    lines: list[SalesOrderLineUpdateDto] | Unset = UNSET
    order_type: OrderTypeInSalesOrderUpdateDto | Unset = UNSET
    order_number: DtoValueOfString | Unset = UNSET
    hold: DtoValueOfNullableOfBoolean | Unset = UNSET
    date: DtoValueOfNullableOfDateTime | Unset = UNSET
    request_on: DtoValueOfNullableOfDateTime | Unset = UNSET
    customer_order: DtoValueOfString | Unset = UNSET
    customer_ref_no: DtoValueOfString | Unset = UNSET
    customer: CustomerInSalesOrderUpdateDto | Unset = UNSET
    location: DtoValueOfString | Unset = UNSET
    contact_id: DtoValueOfNullableOfInt32 | Unset = UNSET
    gln: GlnInSalesOrderUpdateDto | Unset = UNSET
    vat_registration_id: VatRegistrationIdInSalesOrderUpdateDto | Unset = UNSET
    currency: DtoValueOfString | Unset = UNSET
    description: DtoValueOfString | Unset = UNSET
    recalculate_shipment: DtoValueOfBoolean | Unset = UNSET
    branch_number: DtoValueOfString | Unset = UNSET
    note: DtoValueOfString | Unset = UNSET
    override_number_series: DtoValueOfBoolean | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        print_description_on_invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.print_description_on_invoice, Unset):
            print_description_on_invoice = self.print_description_on_invoice.to_dict()

        print_note_on_external_documents: dict[str, Any] | Unset = UNSET
        if not isinstance(self.print_note_on_external_documents, Unset):
            print_note_on_external_documents = self.print_note_on_external_documents.to_dict()

        print_note_on_internal_documents: dict[str, Any] | Unset = UNSET
        if not isinstance(self.print_note_on_internal_documents, Unset):
            print_note_on_internal_documents = self.print_note_on_internal_documents.to_dict()

        so_billing_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.so_billing_contact, Unset):
            so_billing_contact = self.so_billing_contact.to_dict()

        so_billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.so_billing_address, Unset):
            so_billing_address = self.so_billing_address.to_dict()

        customer_vat_zone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_vat_zone, Unset):
            customer_vat_zone = self.customer_vat_zone.to_dict()

        invoice_separately: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_separately, Unset):
            invoice_separately = self.invoice_separately.to_dict()

        terms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.terms, Unset):
            terms = self.terms.to_dict()

        sales_person: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_person, Unset):
            sales_person = self.sales_person.to_dict()

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        orig_order_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.orig_order_type, Unset):
            orig_order_type = self.orig_order_type.to_dict()

        orig_order_nbr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.orig_order_nbr, Unset):
            orig_order_nbr = self.orig_order_nbr.to_dict()

        so_shipping_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.so_shipping_contact, Unset):
            so_shipping_contact = self.so_shipping_contact.to_dict()

        so_shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.so_shipping_address, Unset):
            so_shipping_address = self.so_shipping_address.to_dict()

        sched_shipment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sched_shipment, Unset):
            sched_shipment = self.sched_shipment.to_dict()

        ship_separately: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_separately, Unset):
            ship_separately = self.ship_separately.to_dict()

        ship_complete: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_complete, Unset):
            ship_complete = self.ship_complete.to_dict()

        cancel_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cancel_by, Unset):
            cancel_by = self.cancel_by.to_dict()

        canceled: dict[str, Any] | Unset = UNSET
        if not isinstance(self.canceled, Unset):
            canceled = self.canceled.to_dict()

        preferred_warehouse: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preferred_warehouse, Unset):
            preferred_warehouse = self.preferred_warehouse.to_dict()

        ship_via: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_via, Unset):
            ship_via = self.ship_via.to_dict()

        fob_point: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fob_point, Unset):
            fob_point = self.fob_point.to_dict()

        priority: dict[str, Any] | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.to_dict()

        shipping_terms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_terms, Unset):
            shipping_terms = self.shipping_terms.to_dict()

        shipping_zone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_zone, Unset):
            shipping_zone = self.shipping_zone.to_dict()

        residential_delivery: dict[str, Any] | Unset = UNSET
        if not isinstance(self.residential_delivery, Unset):
            residential_delivery = self.residential_delivery.to_dict()

        saturday_delivery: dict[str, Any] | Unset = UNSET
        if not isinstance(self.saturday_delivery, Unset):
            saturday_delivery = self.saturday_delivery.to_dict()

        insurance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.insurance, Unset):
            insurance = self.insurance.to_dict()

        transaction_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transaction_type, Unset):
            transaction_type = self.transaction_type.to_dict()

        payment_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.to_dict()

        cash_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cash_account, Unset):
            cash_account = self.cash_account.to_dict()

        payment_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_ref, Unset):
            payment_ref = self.payment_ref.to_dict()

        is_rot_rut_deductible: dict[str, Any] | Unset = UNSET
        if not isinstance(self.is_rot_rut_deductible, Unset):
            is_rot_rut_deductible = self.is_rot_rut_deductible.to_dict()

        emailed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.emailed, Unset):
            emailed = self.emailed.to_dict()

        rot_rut_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rot_rut_details, Unset):
            rot_rut_details = self.rot_rut_details.to_dict()

        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        order_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_type, Unset):
            order_type = self.order_type.to_dict()

        order_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_number, Unset):
            order_number = self.order_number.to_dict()

        hold: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hold, Unset):
            hold = self.hold.to_dict()

        date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.to_dict()

        request_on: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request_on, Unset):
            request_on = self.request_on.to_dict()

        customer_order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_order, Unset):
            customer_order = self.customer_order.to_dict()

        customer_ref_no: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_ref_no, Unset):
            customer_ref_no = self.customer_ref_no.to_dict()

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        contact_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact_id, Unset):
            contact_id = self.contact_id.to_dict()

        gln: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gln, Unset):
            gln = self.gln.to_dict()

        vat_registration_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_registration_id, Unset):
            vat_registration_id = self.vat_registration_id.to_dict()

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        recalculate_shipment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recalculate_shipment, Unset):
            recalculate_shipment = self.recalculate_shipment.to_dict()

        branch_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch_number, Unset):
            branch_number = self.branch_number.to_dict()

        note: dict[str, Any] | Unset = UNSET
        if not isinstance(self.note, Unset):
            note = self.note.to_dict()

        override_number_series: dict[str, Any] | Unset = UNSET
        if not isinstance(self.override_number_series, Unset):
            override_number_series = self.override_number_series.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project is not UNSET:
            field_dict["project"] = project
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
        if terms is not UNSET:
            field_dict["terms"] = terms
        if sales_person is not UNSET:
            field_dict["salesPerson"] = sales_person
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
        if rot_rut_details is not UNSET:
            field_dict["rotRutDetails"] = rot_rut_details
        if lines is not UNSET:
            field_dict["lines"] = lines
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if order_number is not UNSET:
            field_dict["orderNumber"] = order_number
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
        if location is not UNSET:
            field_dict["location"] = location
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if gln is not UNSET:
            field_dict["gln"] = gln
        if vat_registration_id is not UNSET:
            field_dict["vatRegistrationId"] = vat_registration_id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if description is not UNSET:
            field_dict["description"] = description
        if recalculate_shipment is not UNSET:
            field_dict["recalculateShipment"] = recalculate_shipment
        if branch_number is not UNSET:
            field_dict["branchNumber"] = branch_number
        if note is not UNSET:
            field_dict["note"] = note
        if override_number_series is not UNSET:
            field_dict["overrideNumberSeries"] = override_number_series

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("project", UNSET)
        _instance.project = UNSET if _value is UNSET else _models.DtoValueOfNullableOfInt32.from_dict(_value)
        _value = _rest.pop("printDescriptionOnInvoice", UNSET)
        _instance.print_description_on_invoice = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        )
        _value = _rest.pop("printNoteOnExternalDocuments", UNSET)
        _instance.print_note_on_external_documents = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        )
        _value = _rest.pop("printNoteOnInternalDocuments", UNSET)
        _instance.print_note_on_internal_documents = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        )
        _value = _rest.pop("soBillingContact", UNSET)
        _instance.so_billing_contact = (
            UNSET if _value is UNSET else _models.DtoValueOfSalesOrderContactUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("soBillingAddress", UNSET)
        _instance.so_billing_address = (
            UNSET if _value is UNSET else _models.DtoValueOfSalesOrderAddressUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("customerVATZone", UNSET)
        _instance.customer_vat_zone = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("invoiceSeparately", UNSET)
        _instance.invoice_separately = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        )
        _value = _rest.pop("terms", UNSET)
        _instance.terms = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("salesPerson", UNSET)
        _instance.sales_person = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("owner", UNSET)
        _instance.owner = UNSET if _value is UNSET else _models.DtoValueOfNullableOfGuid.from_dict(_value)
        _value = _rest.pop("origOrderType", UNSET)
        _instance.orig_order_type = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("origOrderNbr", UNSET)
        _instance.orig_order_nbr = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("soShippingContact", UNSET)
        _instance.so_shipping_contact = (
            UNSET if _value is UNSET else _models.DtoValueOfSalesOrderContactUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("soShippingAddress", UNSET)
        _instance.so_shipping_address = (
            UNSET if _value is UNSET else _models.DtoValueOfSalesOrderAddressUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("schedShipment", UNSET)
        _instance.sched_shipment = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDateTime.from_dict(_value)
        _value = _rest.pop("shipSeparately", UNSET)
        _instance.ship_separately = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("shipComplete", UNSET)
        _instance.ship_complete = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfSalesOrderShipCompleteStatuses.from_dict(_value)
        )
        _value = _rest.pop("cancelBy", UNSET)
        _instance.cancel_by = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDateTime.from_dict(_value)
        _value = _rest.pop("canceled", UNSET)
        _instance.canceled = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("preferredWarehouse", UNSET)
        _instance.preferred_warehouse = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("shipVia", UNSET)
        _instance.ship_via = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("fobPoint", UNSET)
        _instance.fob_point = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("priority", UNSET)
        _instance.priority = UNSET if _value is UNSET else _models.DtoValueOfNullableOfInt16.from_dict(_value)
        _value = _rest.pop("shippingTerms", UNSET)
        _instance.shipping_terms = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("shippingZone", UNSET)
        _instance.shipping_zone = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("residentialDelivery", UNSET)
        _instance.residential_delivery = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        )
        _value = _rest.pop("saturdayDelivery", UNSET)
        _instance.saturday_delivery = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        )
        _value = _rest.pop("insurance", UNSET)
        _instance.insurance = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("transactionType", UNSET)
        _instance.transaction_type = UNSET if _value is UNSET else _models.DtoValueOfNullableOfInt32.from_dict(_value)
        _value = _rest.pop("paymentMethod", UNSET)
        _instance.payment_method = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("cashAccount", UNSET)
        _instance.cash_account = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("paymentRef", UNSET)
        _instance.payment_ref = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("isRotRutDeductible", UNSET)
        _instance.is_rot_rut_deductible = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        )
        _value = _rest.pop("emailed", UNSET)
        _instance.emailed = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("rotRutDetails", UNSET)
        _instance.rot_rut_details = UNSET if _value is UNSET else _models.RotRutUpdateDto.from_dict(_value)
        _value = _rest.pop("lines", UNSET)
        _instance.lines = (
            UNSET
            if _value is UNSET
            else [_models.SalesOrderLineUpdateDto.from_dict(lines_item_data) for lines_item_data in _value]
        )
        _value = _rest.pop("orderType", UNSET)
        _instance.order_type = UNSET if _value is UNSET else _models.OrderTypeInSalesOrderUpdateDto.from_dict(_value)
        _value = _rest.pop("orderNumber", UNSET)
        _instance.order_number = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("hold", UNSET)
        _instance.hold = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("date", UNSET)
        _instance.date = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDateTime.from_dict(_value)
        _value = _rest.pop("requestOn", UNSET)
        _instance.request_on = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDateTime.from_dict(_value)
        _value = _rest.pop("customerOrder", UNSET)
        _instance.customer_order = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("customerRefNo", UNSET)
        _instance.customer_ref_no = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("customer", UNSET)
        _instance.customer = UNSET if _value is UNSET else _models.CustomerInSalesOrderUpdateDto.from_dict(_value)
        _value = _rest.pop("location", UNSET)
        _instance.location = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("contactId", UNSET)
        _instance.contact_id = UNSET if _value is UNSET else _models.DtoValueOfNullableOfInt32.from_dict(_value)
        _value = _rest.pop("gln", UNSET)
        _instance.gln = UNSET if _value is UNSET else _models.GlnInSalesOrderUpdateDto.from_dict(_value)
        _value = _rest.pop("vatRegistrationId", UNSET)
        _instance.vat_registration_id = (
            UNSET if _value is UNSET else _models.VatRegistrationIdInSalesOrderUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("currency", UNSET)
        _instance.currency = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("description", UNSET)
        _instance.description = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("recalculateShipment", UNSET)
        _instance.recalculate_shipment = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("branchNumber", UNSET)
        _instance.branch_number = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("note", UNSET)
        _instance.note = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("overrideNumberSeries", UNSET)
        _instance.override_number_series = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
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
