from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


@_attrs_define
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

        d = dict(src_dict)
        _project = d.pop("project", UNSET)
        project: DtoValueOfNullableOfInt32 | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = DtoValueOfNullableOfInt32.from_dict(_project)

        _print_description_on_invoice = d.pop("printDescriptionOnInvoice", UNSET)
        print_description_on_invoice: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_print_description_on_invoice, Unset):
            print_description_on_invoice = UNSET
        else:
            print_description_on_invoice = DtoValueOfNullableOfBoolean.from_dict(_print_description_on_invoice)

        _print_note_on_external_documents = d.pop("printNoteOnExternalDocuments", UNSET)
        print_note_on_external_documents: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_print_note_on_external_documents, Unset):
            print_note_on_external_documents = UNSET
        else:
            print_note_on_external_documents = DtoValueOfNullableOfBoolean.from_dict(_print_note_on_external_documents)

        _print_note_on_internal_documents = d.pop("printNoteOnInternalDocuments", UNSET)
        print_note_on_internal_documents: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_print_note_on_internal_documents, Unset):
            print_note_on_internal_documents = UNSET
        else:
            print_note_on_internal_documents = DtoValueOfNullableOfBoolean.from_dict(_print_note_on_internal_documents)

        _so_billing_contact = d.pop("soBillingContact", UNSET)
        so_billing_contact: DtoValueOfSalesOrderContactUpdateDto | Unset
        if isinstance(_so_billing_contact, Unset):
            so_billing_contact = UNSET
        else:
            so_billing_contact = DtoValueOfSalesOrderContactUpdateDto.from_dict(_so_billing_contact)

        _so_billing_address = d.pop("soBillingAddress", UNSET)
        so_billing_address: DtoValueOfSalesOrderAddressUpdateDto | Unset
        if isinstance(_so_billing_address, Unset):
            so_billing_address = UNSET
        else:
            so_billing_address = DtoValueOfSalesOrderAddressUpdateDto.from_dict(_so_billing_address)

        _customer_vat_zone = d.pop("customerVATZone", UNSET)
        customer_vat_zone: DtoValueOfString | Unset
        if isinstance(_customer_vat_zone, Unset):
            customer_vat_zone = UNSET
        else:
            customer_vat_zone = DtoValueOfString.from_dict(_customer_vat_zone)

        _invoice_separately = d.pop("invoiceSeparately", UNSET)
        invoice_separately: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_invoice_separately, Unset):
            invoice_separately = UNSET
        else:
            invoice_separately = DtoValueOfNullableOfBoolean.from_dict(_invoice_separately)

        _terms = d.pop("terms", UNSET)
        terms: DtoValueOfString | Unset
        if isinstance(_terms, Unset):
            terms = UNSET
        else:
            terms = DtoValueOfString.from_dict(_terms)

        _sales_person = d.pop("salesPerson", UNSET)
        sales_person: DtoValueOfString | Unset
        if isinstance(_sales_person, Unset):
            sales_person = UNSET
        else:
            sales_person = DtoValueOfString.from_dict(_sales_person)

        _owner = d.pop("owner", UNSET)
        owner: DtoValueOfNullableOfGuid | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = DtoValueOfNullableOfGuid.from_dict(_owner)

        _orig_order_type = d.pop("origOrderType", UNSET)
        orig_order_type: DtoValueOfString | Unset
        if isinstance(_orig_order_type, Unset):
            orig_order_type = UNSET
        else:
            orig_order_type = DtoValueOfString.from_dict(_orig_order_type)

        _orig_order_nbr = d.pop("origOrderNbr", UNSET)
        orig_order_nbr: DtoValueOfString | Unset
        if isinstance(_orig_order_nbr, Unset):
            orig_order_nbr = UNSET
        else:
            orig_order_nbr = DtoValueOfString.from_dict(_orig_order_nbr)

        _so_shipping_contact = d.pop("soShippingContact", UNSET)
        so_shipping_contact: DtoValueOfSalesOrderContactUpdateDto | Unset
        if isinstance(_so_shipping_contact, Unset):
            so_shipping_contact = UNSET
        else:
            so_shipping_contact = DtoValueOfSalesOrderContactUpdateDto.from_dict(_so_shipping_contact)

        _so_shipping_address = d.pop("soShippingAddress", UNSET)
        so_shipping_address: DtoValueOfSalesOrderAddressUpdateDto | Unset
        if isinstance(_so_shipping_address, Unset):
            so_shipping_address = UNSET
        else:
            so_shipping_address = DtoValueOfSalesOrderAddressUpdateDto.from_dict(_so_shipping_address)

        _sched_shipment = d.pop("schedShipment", UNSET)
        sched_shipment: DtoValueOfNullableOfDateTime | Unset
        if isinstance(_sched_shipment, Unset):
            sched_shipment = UNSET
        else:
            sched_shipment = DtoValueOfNullableOfDateTime.from_dict(_sched_shipment)

        _ship_separately = d.pop("shipSeparately", UNSET)
        ship_separately: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_ship_separately, Unset):
            ship_separately = UNSET
        else:
            ship_separately = DtoValueOfNullableOfBoolean.from_dict(_ship_separately)

        _ship_complete = d.pop("shipComplete", UNSET)
        ship_complete: DtoValueOfNullableOfSalesOrderShipCompleteStatuses | Unset
        if isinstance(_ship_complete, Unset):
            ship_complete = UNSET
        else:
            ship_complete = DtoValueOfNullableOfSalesOrderShipCompleteStatuses.from_dict(_ship_complete)

        _cancel_by = d.pop("cancelBy", UNSET)
        cancel_by: DtoValueOfNullableOfDateTime | Unset
        if isinstance(_cancel_by, Unset):
            cancel_by = UNSET
        else:
            cancel_by = DtoValueOfNullableOfDateTime.from_dict(_cancel_by)

        _canceled = d.pop("canceled", UNSET)
        canceled: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_canceled, Unset):
            canceled = UNSET
        else:
            canceled = DtoValueOfNullableOfBoolean.from_dict(_canceled)

        _preferred_warehouse = d.pop("preferredWarehouse", UNSET)
        preferred_warehouse: DtoValueOfString | Unset
        if isinstance(_preferred_warehouse, Unset):
            preferred_warehouse = UNSET
        else:
            preferred_warehouse = DtoValueOfString.from_dict(_preferred_warehouse)

        _ship_via = d.pop("shipVia", UNSET)
        ship_via: DtoValueOfString | Unset
        if isinstance(_ship_via, Unset):
            ship_via = UNSET
        else:
            ship_via = DtoValueOfString.from_dict(_ship_via)

        _fob_point = d.pop("fobPoint", UNSET)
        fob_point: DtoValueOfString | Unset
        if isinstance(_fob_point, Unset):
            fob_point = UNSET
        else:
            fob_point = DtoValueOfString.from_dict(_fob_point)

        _priority = d.pop("priority", UNSET)
        priority: DtoValueOfNullableOfInt16 | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = DtoValueOfNullableOfInt16.from_dict(_priority)

        _shipping_terms = d.pop("shippingTerms", UNSET)
        shipping_terms: DtoValueOfString | Unset
        if isinstance(_shipping_terms, Unset):
            shipping_terms = UNSET
        else:
            shipping_terms = DtoValueOfString.from_dict(_shipping_terms)

        _shipping_zone = d.pop("shippingZone", UNSET)
        shipping_zone: DtoValueOfString | Unset
        if isinstance(_shipping_zone, Unset):
            shipping_zone = UNSET
        else:
            shipping_zone = DtoValueOfString.from_dict(_shipping_zone)

        _residential_delivery = d.pop("residentialDelivery", UNSET)
        residential_delivery: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_residential_delivery, Unset):
            residential_delivery = UNSET
        else:
            residential_delivery = DtoValueOfNullableOfBoolean.from_dict(_residential_delivery)

        _saturday_delivery = d.pop("saturdayDelivery", UNSET)
        saturday_delivery: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_saturday_delivery, Unset):
            saturday_delivery = UNSET
        else:
            saturday_delivery = DtoValueOfNullableOfBoolean.from_dict(_saturday_delivery)

        _insurance = d.pop("insurance", UNSET)
        insurance: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_insurance, Unset):
            insurance = UNSET
        else:
            insurance = DtoValueOfNullableOfBoolean.from_dict(_insurance)

        _transaction_type = d.pop("transactionType", UNSET)
        transaction_type: DtoValueOfNullableOfInt32 | Unset
        if isinstance(_transaction_type, Unset):
            transaction_type = UNSET
        else:
            transaction_type = DtoValueOfNullableOfInt32.from_dict(_transaction_type)

        _payment_method = d.pop("paymentMethod", UNSET)
        payment_method: DtoValueOfString | Unset
        if isinstance(_payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = DtoValueOfString.from_dict(_payment_method)

        _cash_account = d.pop("cashAccount", UNSET)
        cash_account: DtoValueOfString | Unset
        if isinstance(_cash_account, Unset):
            cash_account = UNSET
        else:
            cash_account = DtoValueOfString.from_dict(_cash_account)

        _payment_ref = d.pop("paymentRef", UNSET)
        payment_ref: DtoValueOfString | Unset
        if isinstance(_payment_ref, Unset):
            payment_ref = UNSET
        else:
            payment_ref = DtoValueOfString.from_dict(_payment_ref)

        _is_rot_rut_deductible = d.pop("isRotRutDeductible", UNSET)
        is_rot_rut_deductible: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_is_rot_rut_deductible, Unset):
            is_rot_rut_deductible = UNSET
        else:
            is_rot_rut_deductible = DtoValueOfNullableOfBoolean.from_dict(_is_rot_rut_deductible)

        _emailed = d.pop("emailed", UNSET)
        emailed: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_emailed, Unset):
            emailed = UNSET
        else:
            emailed = DtoValueOfNullableOfBoolean.from_dict(_emailed)

        _rot_rut_details = d.pop("rotRutDetails", UNSET)
        rot_rut_details: RotRutUpdateDto | Unset
        if isinstance(_rot_rut_details, Unset):
            rot_rut_details = UNSET
        else:
            rot_rut_details = RotRutUpdateDto.from_dict(_rot_rut_details)

        _lines = d.pop("lines", UNSET)
        lines: list[SalesOrderLineUpdateDto] | Unset = UNSET
        if _lines is not UNSET:
            lines = []
            for lines_item_data in _lines:
                lines_item = SalesOrderLineUpdateDto.from_dict(lines_item_data)

                lines.append(lines_item)

        _order_type = d.pop("orderType", UNSET)
        order_type: OrderTypeInSalesOrderUpdateDto | Unset
        if isinstance(_order_type, Unset):
            order_type = UNSET
        else:
            order_type = OrderTypeInSalesOrderUpdateDto.from_dict(_order_type)

        _order_number = d.pop("orderNumber", UNSET)
        order_number: DtoValueOfString | Unset
        if isinstance(_order_number, Unset):
            order_number = UNSET
        else:
            order_number = DtoValueOfString.from_dict(_order_number)

        _hold = d.pop("hold", UNSET)
        hold: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_hold, Unset):
            hold = UNSET
        else:
            hold = DtoValueOfNullableOfBoolean.from_dict(_hold)

        _date = d.pop("date", UNSET)
        date: DtoValueOfNullableOfDateTime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = DtoValueOfNullableOfDateTime.from_dict(_date)

        _request_on = d.pop("requestOn", UNSET)
        request_on: DtoValueOfNullableOfDateTime | Unset
        if isinstance(_request_on, Unset):
            request_on = UNSET
        else:
            request_on = DtoValueOfNullableOfDateTime.from_dict(_request_on)

        _customer_order = d.pop("customerOrder", UNSET)
        customer_order: DtoValueOfString | Unset
        if isinstance(_customer_order, Unset):
            customer_order = UNSET
        else:
            customer_order = DtoValueOfString.from_dict(_customer_order)

        _customer_ref_no = d.pop("customerRefNo", UNSET)
        customer_ref_no: DtoValueOfString | Unset
        if isinstance(_customer_ref_no, Unset):
            customer_ref_no = UNSET
        else:
            customer_ref_no = DtoValueOfString.from_dict(_customer_ref_no)

        _customer = d.pop("customer", UNSET)
        customer: CustomerInSalesOrderUpdateDto | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CustomerInSalesOrderUpdateDto.from_dict(_customer)

        _location = d.pop("location", UNSET)
        location: DtoValueOfString | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = DtoValueOfString.from_dict(_location)

        _contact_id = d.pop("contactId", UNSET)
        contact_id: DtoValueOfNullableOfInt32 | Unset
        if isinstance(_contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = DtoValueOfNullableOfInt32.from_dict(_contact_id)

        _gln = d.pop("gln", UNSET)
        gln: GlnInSalesOrderUpdateDto | Unset
        if isinstance(_gln, Unset):
            gln = UNSET
        else:
            gln = GlnInSalesOrderUpdateDto.from_dict(_gln)

        _vat_registration_id = d.pop("vatRegistrationId", UNSET)
        vat_registration_id: VatRegistrationIdInSalesOrderUpdateDto | Unset
        if isinstance(_vat_registration_id, Unset):
            vat_registration_id = UNSET
        else:
            vat_registration_id = VatRegistrationIdInSalesOrderUpdateDto.from_dict(_vat_registration_id)

        _currency = d.pop("currency", UNSET)
        currency: DtoValueOfString | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = DtoValueOfString.from_dict(_currency)

        _description = d.pop("description", UNSET)
        description: DtoValueOfString | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = DtoValueOfString.from_dict(_description)

        _recalculate_shipment = d.pop("recalculateShipment", UNSET)
        recalculate_shipment: DtoValueOfBoolean | Unset
        if isinstance(_recalculate_shipment, Unset):
            recalculate_shipment = UNSET
        else:
            recalculate_shipment = DtoValueOfBoolean.from_dict(_recalculate_shipment)

        _branch_number = d.pop("branchNumber", UNSET)
        branch_number: DtoValueOfString | Unset
        if isinstance(_branch_number, Unset):
            branch_number = UNSET
        else:
            branch_number = DtoValueOfString.from_dict(_branch_number)

        _note = d.pop("note", UNSET)
        note: DtoValueOfString | Unset
        if isinstance(_note, Unset):
            note = UNSET
        else:
            note = DtoValueOfString.from_dict(_note)

        _override_number_series = d.pop("overrideNumberSeries", UNSET)
        override_number_series: DtoValueOfBoolean | Unset
        if isinstance(_override_number_series, Unset):
            override_number_series = UNSET
        else:
            override_number_series = DtoValueOfBoolean.from_dict(_override_number_series)

        sale_order_update_dto_in_reopen_sales_order_action_dto = cls(
            project=project,
            print_description_on_invoice=print_description_on_invoice,
            print_note_on_external_documents=print_note_on_external_documents,
            print_note_on_internal_documents=print_note_on_internal_documents,
            so_billing_contact=so_billing_contact,
            so_billing_address=so_billing_address,
            customer_vat_zone=customer_vat_zone,
            invoice_separately=invoice_separately,
            terms=terms,
            sales_person=sales_person,
            owner=owner,
            orig_order_type=orig_order_type,
            orig_order_nbr=orig_order_nbr,
            so_shipping_contact=so_shipping_contact,
            so_shipping_address=so_shipping_address,
            sched_shipment=sched_shipment,
            ship_separately=ship_separately,
            ship_complete=ship_complete,
            cancel_by=cancel_by,
            canceled=canceled,
            preferred_warehouse=preferred_warehouse,
            ship_via=ship_via,
            fob_point=fob_point,
            priority=priority,
            shipping_terms=shipping_terms,
            shipping_zone=shipping_zone,
            residential_delivery=residential_delivery,
            saturday_delivery=saturday_delivery,
            insurance=insurance,
            transaction_type=transaction_type,
            payment_method=payment_method,
            cash_account=cash_account,
            payment_ref=payment_ref,
            is_rot_rut_deductible=is_rot_rut_deductible,
            emailed=emailed,
            rot_rut_details=rot_rut_details,
            lines=lines,
            order_type=order_type,
            order_number=order_number,
            hold=hold,
            date=date,
            request_on=request_on,
            customer_order=customer_order,
            customer_ref_no=customer_ref_no,
            customer=customer,
            location=location,
            contact_id=contact_id,
            gln=gln,
            vat_registration_id=vat_registration_id,
            currency=currency,
            description=description,
            recalculate_shipment=recalculate_shipment,
            branch_number=branch_number,
            note=note,
            override_number_series=override_number_series,
        )

        sale_order_update_dto_in_reopen_sales_order_action_dto.additional_properties = d
        return sale_order_update_dto_in_reopen_sales_order_action_dto

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
