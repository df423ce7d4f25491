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


T = TypeVar("T", bound="SalesOrderUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "order_type",
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
class SalesOrderUpdateDto(GeneratedModel):
    """This class represent a Sales Order in Sales Order Controller. Used to pass data to server for creating or updating
    an order

        Attributes:
            order_type (OrderTypeInSalesOrderUpdateDto): Mandatory field
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

    order_type: OrderTypeInSalesOrderUpdateDto | None
    project: DtoValueOfNullableOfInt32 | Unset | None = UNSET
    print_description_on_invoice: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    print_note_on_external_documents: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    print_note_on_internal_documents: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    so_billing_contact: DtoValueOfSalesOrderContactUpdateDto | Unset | None = UNSET
    so_billing_address: DtoValueOfSalesOrderAddressUpdateDto | Unset | None = UNSET
    customer_vat_zone: DtoValueOfString | Unset | None = UNSET
    invoice_separately: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    terms: DtoValueOfString | Unset | None = UNSET
    sales_person: DtoValueOfString | Unset | None = UNSET
    owner: DtoValueOfNullableOfGuid | Unset | None = UNSET
    orig_order_type: DtoValueOfString | Unset | None = UNSET
    orig_order_nbr: DtoValueOfString | Unset | None = UNSET
    so_shipping_contact: DtoValueOfSalesOrderContactUpdateDto | Unset | None = UNSET
    so_shipping_address: DtoValueOfSalesOrderAddressUpdateDto | Unset | None = UNSET
    sched_shipment: DtoValueOfNullableOfDateTime | Unset | None = UNSET
    ship_separately: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    ship_complete: DtoValueOfNullableOfSalesOrderShipCompleteStatuses | Unset | None = UNSET
    cancel_by: DtoValueOfNullableOfDateTime | Unset | None = UNSET
    canceled: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    preferred_warehouse: DtoValueOfString | Unset | None = UNSET
    ship_via: DtoValueOfString | Unset | None = UNSET
    fob_point: DtoValueOfString | Unset | None = UNSET
    priority: DtoValueOfNullableOfInt16 | Unset | None = UNSET
    shipping_terms: DtoValueOfString | Unset | None = UNSET
    shipping_zone: DtoValueOfString | Unset | None = UNSET
    residential_delivery: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    saturday_delivery: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    insurance: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    transaction_type: DtoValueOfNullableOfInt32 | Unset | None = UNSET
    payment_method: DtoValueOfString | Unset | None = UNSET
    cash_account: DtoValueOfString | Unset | None = UNSET
    payment_ref: DtoValueOfString | Unset | None = UNSET
    is_rot_rut_deductible: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    emailed: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    rot_rut_details: RotRutUpdateDto | Unset | None = UNSET
    lines: list[SalesOrderLineUpdateDto] | Unset | None = UNSET
    order_number: DtoValueOfString | Unset | None = UNSET
    hold: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    date: DtoValueOfNullableOfDateTime | Unset | None = UNSET
    request_on: DtoValueOfNullableOfDateTime | Unset | None = UNSET
    customer_order: DtoValueOfString | Unset | None = UNSET
    customer_ref_no: DtoValueOfString | Unset | None = UNSET
    customer: CustomerInSalesOrderUpdateDto | Unset | None = UNSET
    location: DtoValueOfString | Unset | None = UNSET
    contact_id: DtoValueOfNullableOfInt32 | Unset | None = UNSET
    gln: GlnInSalesOrderUpdateDto | Unset | None = UNSET
    vat_registration_id: VatRegistrationIdInSalesOrderUpdateDto | Unset | None = UNSET
    currency: DtoValueOfString | Unset | None = UNSET
    description: DtoValueOfString | Unset | None = UNSET
    recalculate_shipment: DtoValueOfBoolean | Unset | None = UNSET
    branch_number: DtoValueOfString | Unset | None = UNSET
    note: DtoValueOfString | Unset | None = UNSET
    override_number_series: DtoValueOfBoolean | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.order_type
        if _value is not UNSET:
            field_dict["orderType"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.project
        if _value is not UNSET:
            field_dict["project"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.print_description_on_invoice
        if _value is not UNSET:
            field_dict["printDescriptionOnInvoice"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.print_note_on_external_documents
        if _value is not UNSET:
            field_dict["printNoteOnExternalDocuments"] = (
                _value.to_dict() if isinstance(_value, GeneratedModel) else _value
            )
        _value = self.print_note_on_internal_documents
        if _value is not UNSET:
            field_dict["printNoteOnInternalDocuments"] = (
                _value.to_dict() if isinstance(_value, GeneratedModel) else _value
            )
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
            field_dict["invoiceSeparately"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.terms
        if _value is not UNSET:
            field_dict["terms"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.sales_person
        if _value is not UNSET:
            field_dict["salesPerson"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.owner
        if _value is not UNSET:
            field_dict["owner"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.orig_order_type
        if _value is not UNSET:
            field_dict["origOrderType"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.orig_order_nbr
        if _value is not UNSET:
            field_dict["origOrderNbr"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.so_shipping_contact
        if _value is not UNSET:
            field_dict["soShippingContact"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.so_shipping_address
        if _value is not UNSET:
            field_dict["soShippingAddress"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.sched_shipment
        if _value is not UNSET:
            field_dict["schedShipment"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.ship_separately
        if _value is not UNSET:
            field_dict["shipSeparately"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.ship_complete
        if _value is not UNSET:
            field_dict["shipComplete"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.cancel_by
        if _value is not UNSET:
            field_dict["cancelBy"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.canceled
        if _value is not UNSET:
            field_dict["canceled"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
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
            field_dict["priority"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.shipping_terms
        if _value is not UNSET:
            field_dict["shippingTerms"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.shipping_zone
        if _value is not UNSET:
            field_dict["shippingZone"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.residential_delivery
        if _value is not UNSET:
            field_dict["residentialDelivery"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.saturday_delivery
        if _value is not UNSET:
            field_dict["saturdayDelivery"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.insurance
        if _value is not UNSET:
            field_dict["insurance"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.transaction_type
        if _value is not UNSET:
            field_dict["transactionType"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.payment_method
        if _value is not UNSET:
            field_dict["paymentMethod"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.cash_account
        if _value is not UNSET:
            field_dict["cashAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.payment_ref
        if _value is not UNSET:
            field_dict["paymentRef"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.is_rot_rut_deductible
        if _value is not UNSET:
            field_dict["isRotRutDeductible"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.emailed
        if _value is not UNSET:
            field_dict["emailed"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.rot_rut_details
        if _value is not UNSET:
            field_dict["rotRutDetails"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
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
        _value = self.order_number
        if _value is not UNSET:
            field_dict["orderNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.hold
        if _value is not UNSET:
            field_dict["hold"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.date
        if _value is not UNSET:
            field_dict["date"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.request_on
        if _value is not UNSET:
            field_dict["requestOn"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.customer_order
        if _value is not UNSET:
            field_dict["customerOrder"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.customer_ref_no
        if _value is not UNSET:
            field_dict["customerRefNo"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.customer
        if _value is not UNSET:
            field_dict["customer"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.location
        if _value is not UNSET:
            field_dict["location"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.contact_id
        if _value is not UNSET:
            field_dict["contactId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.gln
        if _value is not UNSET:
            field_dict["gln"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.vat_registration_id
        if _value is not UNSET:
            field_dict["vatRegistrationId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.currency
        if _value is not UNSET:
            field_dict["currency"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.recalculate_shipment
        if _value is not UNSET:
            field_dict["recalculateShipment"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.branch_number
        if _value is not UNSET:
            field_dict["branchNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.note
        if _value is not UNSET:
            field_dict["note"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.override_number_series
        if _value is not UNSET:
            field_dict["overrideNumberSeries"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not SalesOrderUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("orderType", UNSET)
        self.order_type = (
            _models.OrderTypeInSalesOrderUpdateDto._vn_fill(_new(_models.OrderTypeInSalesOrderUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("project", UNSET)
        self.project = (
            _models.DtoValueOfNullableOfInt32._vn_fill(_new(_models.DtoValueOfNullableOfInt32), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("printDescriptionOnInvoice", UNSET)
        self.print_description_on_invoice = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("printNoteOnExternalDocuments", UNSET)
        self.print_note_on_external_documents = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("printNoteOnInternalDocuments", UNSET)
        self.print_note_on_internal_documents = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("soBillingContact", UNSET)
        self.so_billing_contact = (
            _models.DtoValueOfSalesOrderContactUpdateDto._vn_fill(
                _new(_models.DtoValueOfSalesOrderContactUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("soBillingAddress", UNSET)
        self.so_billing_address = (
            _models.DtoValueOfSalesOrderAddressUpdateDto._vn_fill(
                _new(_models.DtoValueOfSalesOrderAddressUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customerVATZone", UNSET)
        self.customer_vat_zone = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("invoiceSeparately", UNSET)
        self.invoice_separately = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("terms", UNSET)
        self.terms = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("salesPerson", UNSET)
        self.sales_person = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("owner", UNSET)
        self.owner = (
            _models.DtoValueOfNullableOfGuid._vn_fill(_new(_models.DtoValueOfNullableOfGuid), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("origOrderType", UNSET)
        self.orig_order_type = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("origOrderNbr", UNSET)
        self.orig_order_nbr = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("soShippingContact", UNSET)
        self.so_shipping_contact = (
            _models.DtoValueOfSalesOrderContactUpdateDto._vn_fill(
                _new(_models.DtoValueOfSalesOrderContactUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("soShippingAddress", UNSET)
        self.so_shipping_address = (
            _models.DtoValueOfSalesOrderAddressUpdateDto._vn_fill(
                _new(_models.DtoValueOfSalesOrderAddressUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("schedShipment", UNSET)
        self.sched_shipment = (
            _models.DtoValueOfNullableOfDateTime._vn_fill(_new(_models.DtoValueOfNullableOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("shipSeparately", UNSET)
        self.ship_separately = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("shipComplete", UNSET)
        self.ship_complete = (
            _models.DtoValueOfNullableOfSalesOrderShipCompleteStatuses._vn_fill(
                _new(_models.DtoValueOfNullableOfSalesOrderShipCompleteStatuses), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("cancelBy", UNSET)
        self.cancel_by = (
            _models.DtoValueOfNullableOfDateTime._vn_fill(_new(_models.DtoValueOfNullableOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("canceled", UNSET)
        self.canceled = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("preferredWarehouse", UNSET)
        self.preferred_warehouse = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("shipVia", UNSET)
        self.ship_via = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("fobPoint", UNSET)
        self.fob_point = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("priority", UNSET)
        self.priority = (
            _models.DtoValueOfNullableOfInt16._vn_fill(_new(_models.DtoValueOfNullableOfInt16), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("shippingTerms", UNSET)
        self.shipping_terms = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("shippingZone", UNSET)
        self.shipping_zone = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("residentialDelivery", UNSET)
        self.residential_delivery = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("saturdayDelivery", UNSET)
        self.saturday_delivery = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("insurance", UNSET)
        self.insurance = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("transactionType", UNSET)
        self.transaction_type = (
            _models.DtoValueOfNullableOfInt32._vn_fill(_new(_models.DtoValueOfNullableOfInt32), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("paymentMethod", UNSET)
        self.payment_method = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("cashAccount", UNSET)
        self.cash_account = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("paymentRef", UNSET)
        self.payment_ref = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("isRotRutDeductible", UNSET)
        self.is_rot_rut_deductible = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("emailed", UNSET)
        self.emailed = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("rotRutDetails", UNSET)
        self.rot_rut_details = (
            _models.RotRutUpdateDto._vn_fill(_new(_models.RotRutUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("lines", UNSET)
        self.lines = (
            [
                _models.SalesOrderLineUpdateDto._vn_fill(_new(_models.SalesOrderLineUpdateDto), lines_item_data)
                if isinstance(lines_item_data, dict)
                else lines_item_data
                for lines_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("orderNumber", UNSET)
        self.order_number = (
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
        _value = _rest.pop("requestOn", UNSET)
        self.request_on = (
            _models.DtoValueOfNullableOfDateTime._vn_fill(_new(_models.DtoValueOfNullableOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customerOrder", UNSET)
        self.customer_order = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customerRefNo", UNSET)
        self.customer_ref_no = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customer", UNSET)
        self.customer = (
            _models.CustomerInSalesOrderUpdateDto._vn_fill(_new(_models.CustomerInSalesOrderUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("location", UNSET)
        self.location = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("contactId", UNSET)
        self.contact_id = (
            _models.DtoValueOfNullableOfInt32._vn_fill(_new(_models.DtoValueOfNullableOfInt32), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("gln", UNSET)
        self.gln = (
            _models.GlnInSalesOrderUpdateDto._vn_fill(_new(_models.GlnInSalesOrderUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("vatRegistrationId", UNSET)
        self.vat_registration_id = (
            _models.VatRegistrationIdInSalesOrderUpdateDto._vn_fill(
                _new(_models.VatRegistrationIdInSalesOrderUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("currency", UNSET)
        self.currency = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("description", UNSET)
        self.description = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("recalculateShipment", UNSET)
        self.recalculate_shipment = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("branchNumber", UNSET)
        self.branch_number = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("note", UNSET)
        self.note = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("overrideNumberSeries", UNSET)
        self.override_number_series = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("order_type", "orderType", True, ("model", "OrderTypeInSalesOrderUpdateDto")),
        ("project", "project", False, ("model", "DtoValueOfNullableOfInt32")),
        ("print_description_on_invoice", "printDescriptionOnInvoice", False, ("model", "DtoValueOfNullableOfBoolean")),
        (
            "print_note_on_external_documents",
            "printNoteOnExternalDocuments",
            False,
            ("model", "DtoValueOfNullableOfBoolean"),
        ),
        (
            "print_note_on_internal_documents",
            "printNoteOnInternalDocuments",
            False,
            ("model", "DtoValueOfNullableOfBoolean"),
        ),
        ("so_billing_contact", "soBillingContact", False, ("model", "DtoValueOfSalesOrderContactUpdateDto")),
        ("so_billing_address", "soBillingAddress", False, ("model", "DtoValueOfSalesOrderAddressUpdateDto")),
        ("customer_vat_zone", "customerVATZone", False, ("model", "DtoValueOfString")),
        ("invoice_separately", "invoiceSeparately", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("terms", "terms", False, ("model", "DtoValueOfString")),
        ("sales_person", "salesPerson", False, ("model", "DtoValueOfString")),
        ("owner", "owner", False, ("model", "DtoValueOfNullableOfGuid")),
        ("orig_order_type", "origOrderType", False, ("model", "DtoValueOfString")),
        ("orig_order_nbr", "origOrderNbr", False, ("model", "DtoValueOfString")),
        ("so_shipping_contact", "soShippingContact", False, ("model", "DtoValueOfSalesOrderContactUpdateDto")),
        ("so_shipping_address", "soShippingAddress", False, ("model", "DtoValueOfSalesOrderAddressUpdateDto")),
        ("sched_shipment", "schedShipment", False, ("model", "DtoValueOfNullableOfDateTime")),
        ("ship_separately", "shipSeparately", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("ship_complete", "shipComplete", False, ("model", "DtoValueOfNullableOfSalesOrderShipCompleteStatuses")),
        ("cancel_by", "cancelBy", False, ("model", "DtoValueOfNullableOfDateTime")),
        ("canceled", "canceled", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("preferred_warehouse", "preferredWarehouse", False, ("model", "DtoValueOfString")),
        ("ship_via", "shipVia", False, ("model", "DtoValueOfString")),
        ("fob_point", "fobPoint", False, ("model", "DtoValueOfString")),
        ("priority", "priority", False, ("model", "DtoValueOfNullableOfInt16")),
        ("shipping_terms", "shippingTerms", False, ("model", "DtoValueOfString")),
        ("shipping_zone", "shippingZone", False, ("model", "DtoValueOfString")),
        ("residential_delivery", "residentialDelivery", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("saturday_delivery", "saturdayDelivery", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("insurance", "insurance", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("transaction_type", "transactionType", False, ("model", "DtoValueOfNullableOfInt32")),
        ("payment_method", "paymentMethod", False, ("model", "DtoValueOfString")),
        ("cash_account", "cashAccount", False, ("model", "DtoValueOfString")),
        ("payment_ref", "paymentRef", False, ("model", "DtoValueOfString")),
        ("is_rot_rut_deductible", "isRotRutDeductible", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("emailed", "emailed", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("rot_rut_details", "rotRutDetails", False, ("model", "RotRutUpdateDto")),
        ("lines", "lines", False, ("list", ("model", "SalesOrderLineUpdateDto"))),
        ("order_number", "orderNumber", False, ("model", "DtoValueOfString")),
        ("hold", "hold", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("date", "date", False, ("model", "DtoValueOfNullableOfDateTime")),
        ("request_on", "requestOn", False, ("model", "DtoValueOfNullableOfDateTime")),
        ("customer_order", "customerOrder", False, ("model", "DtoValueOfString")),
        ("customer_ref_no", "customerRefNo", False, ("model", "DtoValueOfString")),
        ("customer", "customer", False, ("model", "CustomerInSalesOrderUpdateDto")),
        ("location", "location", False, ("model", "DtoValueOfString")),
        ("contact_id", "contactId", False, ("model", "DtoValueOfNullableOfInt32")),
        ("gln", "gln", False, ("model", "GlnInSalesOrderUpdateDto")),
        ("vat_registration_id", "vatRegistrationId", False, ("model", "VatRegistrationIdInSalesOrderUpdateDto")),
        ("currency", "currency", False, ("model", "DtoValueOfString")),
        ("description", "description", False, ("model", "DtoValueOfString")),
        ("recalculate_shipment", "recalculateShipment", False, ("model", "DtoValueOfBoolean")),
        ("branch_number", "branchNumber", False, ("model", "DtoValueOfString")),
        ("note", "note", False, ("model", "DtoValueOfString")),
        ("override_number_series", "overrideNumberSeries", False, ("model", "DtoValueOfBoolean")),
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


_Lazy = _lazy_twin(SalesOrderUpdateDto)
