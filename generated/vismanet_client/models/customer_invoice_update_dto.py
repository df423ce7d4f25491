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
    from ..models.customer_invoice_lines_update_dto import CustomerInvoiceLinesUpdateDto
    from ..models.dto_value_of_boolean import DtoValueOfBoolean
    from ..models.dto_value_of_date_time import DtoValueOfDateTime
    from ..models.dto_value_of_decimal import DtoValueOfDecimal
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
    from ..models.dto_value_of_nullable_of_guid import DtoValueOfNullableOfGuid
    from ..models.dto_value_of_nullable_of_int_32 import DtoValueOfNullableOfInt32
    from ..models.dto_value_of_sales_invoice_address_update_dto import DtoValueOfSalesInvoiceAddressUpdateDto
    from ..models.dto_value_of_sales_invoice_contact_update_dto import DtoValueOfSalesInvoiceContactUpdateDto
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.financial_period_in_customer_invoice_update_dto import FinancialPeriodInCustomerInvoiceUpdateDto
    from ..models.override_number_series_in_customer_invoice_update_dto import (
        OverrideNumberSeriesInCustomerInvoiceUpdateDto,
    )
    from ..models.post_period_in_customer_invoice_update_dto import PostPeriodInCustomerInvoiceUpdateDto
    from ..models.rot_rut_update_dto import RotRutUpdateDto
    from ..models.sales_person_id_in_customer_invoice_update_dto import SalesPersonIDInCustomerInvoiceUpdateDto
    from ..models.salesperson_in_customer_invoice_update_dto import SalespersonInCustomerInvoiceUpdateDto
    from ..models.tax_detail_update_dto import TaxDetailUpdateDto


T = TypeVar("T", bound="CustomerInvoiceUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "payment_method_id",
    "credit_terms_id",
    "currency_id",
    "customer_ref_number",
    "cash_discount_date",
    "document_due_date",
    "external_reference",
    "customer_project",
    "exchange_rate",
    "domestic_services_deductible_document",
    "rot_rut_details",
    "payment_reference",
    "contact",
    "project",
    "tax_detail_lines",
    "invoice_lines",
    "send_to_auto_invoice",
    "customer_vat_zone_id",
    "billing_address",
    "invoice_contact",
    "start_date",
    "end_date",
    "accounting_cost_ref",
    "originator_doc_ref",
    "contract_doc_ref",
    "revoked",
    "override_number_series",
    "direct_debit_mandate_id",
    "exclude_debt_collection",
    "debt_collection_case_nbr",
    "debt_collection_case_status",
    "debt_collection_case_type",
    "debt_collection_case_url",
    "reference_number",
    "customer_number",
    "child_customer_number",
    "consolidate_invoices",
    "document_date",
    "orig_invoice_date",
    "hold",
    "post_period",
    "financial_period",
    "invoice_text",
    "location_id",
    "sales_person_id",
    "salesperson",
    "note",
    "branch_number",
    "cash_account",
    "dont_print",
    "dont_email",
)


@_attrs_define(repr=False)
class CustomerInvoiceUpdateDto(GeneratedModel):
    """
    Attributes:
        payment_method_id (DtoValueOfString | Unset):
        credit_terms_id (DtoValueOfString | Unset):
        currency_id (DtoValueOfString | Unset):
        customer_ref_number (DtoValueOfString | Unset):
        cash_discount_date (DtoValueOfDateTime | Unset):
        document_due_date (DtoValueOfDateTime | Unset):
        external_reference (DtoValueOfString | Unset):
        customer_project (DtoValueOfString | Unset):
        exchange_rate (DtoValueOfDecimal | Unset):
        domestic_services_deductible_document (DtoValueOfNullableOfBoolean | Unset):
        rot_rut_details (RotRutUpdateDto | Unset):
        payment_reference (DtoValueOfString | Unset):
        contact (DtoValueOfNullableOfInt32 | Unset):
        project (DtoValueOfString | Unset):
        tax_detail_lines (list[TaxDetailUpdateDto] | Unset):
        invoice_lines (list[CustomerInvoiceLinesUpdateDto] | Unset):
        send_to_auto_invoice (DtoValueOfNullableOfBoolean | Unset):
        customer_vat_zone_id (DtoValueOfString | Unset):
        billing_address (DtoValueOfSalesInvoiceAddressUpdateDto | Unset):
        invoice_contact (DtoValueOfSalesInvoiceContactUpdateDto | Unset):
        start_date (DtoValueOfNullableOfDateTime | Unset):
        end_date (DtoValueOfNullableOfDateTime | Unset):
        accounting_cost_ref (DtoValueOfString | Unset):
        originator_doc_ref (DtoValueOfString | Unset):
        contract_doc_ref (DtoValueOfString | Unset):
        revoked (DtoValueOfBoolean | Unset):
        override_number_series (OverrideNumberSeriesInCustomerInvoiceUpdateDto | Unset): Set this value to true if you
            need to create a new invoice and use supplied referenceNumber (Invoicenumber)
        direct_debit_mandate_id (DtoValueOfNullableOfGuid | Unset):
        exclude_debt_collection (DtoValueOfBoolean | Unset):
        debt_collection_case_nbr (DtoValueOfString | Unset):
        debt_collection_case_status (DtoValueOfString | Unset):
        debt_collection_case_type (DtoValueOfString | Unset):
        debt_collection_case_url (DtoValueOfString | Unset):
        reference_number (DtoValueOfString | Unset):
        customer_number (DtoValueOfString | Unset):
        child_customer_number (DtoValueOfString | Unset):
        consolidate_invoices (DtoValueOfNullableOfBoolean | Unset):
        document_date (DtoValueOfDateTime | Unset):
        orig_invoice_date (DtoValueOfDateTime | Unset):
        hold (DtoValueOfBoolean | Unset):
        post_period (PostPeriodInCustomerInvoiceUpdateDto | Unset): The financial period to which the transactions
            recorded in the document should be posted. Use the format MMYYYY.
        financial_period (FinancialPeriodInCustomerInvoiceUpdateDto | Unset): The financial period to which the
            transactions recorded in the document should be posted. Use the format YYYYMM.
        invoice_text (DtoValueOfString | Unset):
        location_id (DtoValueOfString | Unset):
        sales_person_id (SalesPersonIDInCustomerInvoiceUpdateDto | Unset): The field is deprecated for customer document
            endpoints, please use Salesperson instead
        salesperson (SalespersonInCustomerInvoiceUpdateDto | Unset): The identifier of the salesperson involved.
        note (DtoValueOfString | Unset):
        branch_number (DtoValueOfString | Unset):
        cash_account (DtoValueOfString | Unset):
        dont_print (DtoValueOfBoolean | Unset):
        dont_email (DtoValueOfBoolean | Unset):
    """

    payment_method_id: DtoValueOfString | Unset | None = UNSET
    credit_terms_id: DtoValueOfString | Unset | None = UNSET
    currency_id: DtoValueOfString | Unset | None = UNSET
    customer_ref_number: DtoValueOfString | Unset | None = UNSET
    cash_discount_date: DtoValueOfDateTime | Unset | None = UNSET
    document_due_date: DtoValueOfDateTime | Unset | None = UNSET
    external_reference: DtoValueOfString | Unset | None = UNSET
    customer_project: DtoValueOfString | Unset | None = UNSET
    exchange_rate: DtoValueOfDecimal | Unset | None = UNSET
    domestic_services_deductible_document: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    rot_rut_details: RotRutUpdateDto | Unset | None = UNSET
    payment_reference: DtoValueOfString | Unset | None = UNSET
    contact: DtoValueOfNullableOfInt32 | Unset | None = UNSET
    project: DtoValueOfString | Unset | None = UNSET
    tax_detail_lines: list[TaxDetailUpdateDto] | Unset | None = UNSET
    invoice_lines: list[CustomerInvoiceLinesUpdateDto] | Unset | None = UNSET
    send_to_auto_invoice: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    customer_vat_zone_id: DtoValueOfString | Unset | None = UNSET
    billing_address: DtoValueOfSalesInvoiceAddressUpdateDto | Unset | None = UNSET
    invoice_contact: DtoValueOfSalesInvoiceContactUpdateDto | Unset | None = UNSET
    start_date: DtoValueOfNullableOfDateTime | Unset | None = UNSET
    end_date: DtoValueOfNullableOfDateTime | Unset | None = UNSET
    accounting_cost_ref: DtoValueOfString | Unset | None = UNSET
    originator_doc_ref: DtoValueOfString | Unset | None = UNSET
    contract_doc_ref: DtoValueOfString | Unset | None = UNSET
    revoked: DtoValueOfBoolean | Unset | None = UNSET
    override_number_series: OverrideNumberSeriesInCustomerInvoiceUpdateDto | Unset | None = UNSET
    direct_debit_mandate_id: DtoValueOfNullableOfGuid | Unset | None = UNSET
    exclude_debt_collection: DtoValueOfBoolean | Unset | None = UNSET
    debt_collection_case_nbr: DtoValueOfString | Unset | None = UNSET
    debt_collection_case_status: DtoValueOfString | Unset | None = UNSET
    debt_collection_case_type: DtoValueOfString | Unset | None = UNSET
    debt_collection_case_url: DtoValueOfString | Unset | None = UNSET
    reference_number: DtoValueOfString | Unset | None = UNSET
    customer_number: DtoValueOfString | Unset | None = UNSET
    child_customer_number: DtoValueOfString | Unset | None = UNSET
    consolidate_invoices: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    document_date: DtoValueOfDateTime | Unset | None = UNSET
    orig_invoice_date: DtoValueOfDateTime | Unset | None = UNSET
    hold: DtoValueOfBoolean | Unset | None = UNSET
    post_period: PostPeriodInCustomerInvoiceUpdateDto | Unset | None = UNSET
    financial_period: FinancialPeriodInCustomerInvoiceUpdateDto | Unset | None = UNSET
    invoice_text: DtoValueOfString | Unset | None = UNSET
    location_id: DtoValueOfString | Unset | None = UNSET
    sales_person_id: SalesPersonIDInCustomerInvoiceUpdateDto | Unset | None = UNSET
    salesperson: SalespersonInCustomerInvoiceUpdateDto | Unset | None = UNSET
    note: DtoValueOfString | Unset | None = UNSET
    branch_number: DtoValueOfString | Unset | None = UNSET
    cash_account: DtoValueOfString | Unset | None = UNSET
    dont_print: DtoValueOfBoolean | Unset | None = UNSET
    dont_email: DtoValueOfBoolean | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.payment_method_id
        if _value is not UNSET:
            field_dict["paymentMethodId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.credit_terms_id
        if _value is not UNSET:
            field_dict["creditTermsId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.currency_id
        if _value is not UNSET:
            field_dict["currencyId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.customer_ref_number
        if _value is not UNSET:
            field_dict["customerRefNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.cash_discount_date
        if _value is not UNSET:
            field_dict["cashDiscountDate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.document_due_date
        if _value is not UNSET:
            field_dict["documentDueDate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.external_reference
        if _value is not UNSET:
            field_dict["externalReference"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.customer_project
        if _value is not UNSET:
            field_dict["customerProject"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.exchange_rate
        if _value is not UNSET:
            field_dict["exchangeRate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.domestic_services_deductible_document
        if _value is not UNSET:
            field_dict["domesticServicesDeductibleDocument"] = (
                _value.to_dict() if isinstance(_value, GeneratedModel) else _value
            )
        _value = self.rot_rut_details
        if _value is not UNSET:
            field_dict["rotRutDetails"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.payment_reference
        if _value is not UNSET:
            field_dict["paymentReference"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.contact
        if _value is not UNSET:
            field_dict["contact"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.project
        if _value is not UNSET:
            field_dict["project"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.tax_detail_lines
        if _value is not UNSET:
            field_dict["taxDetailLines"] = (
                [
                    tax_detail_lines_item_data.to_dict()
                    if isinstance(tax_detail_lines_item_data, GeneratedModel)
                    else tax_detail_lines_item_data
                    for tax_detail_lines_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.invoice_lines
        if _value is not UNSET:
            field_dict["invoiceLines"] = (
                [
                    invoice_lines_item_data.to_dict()
                    if isinstance(invoice_lines_item_data, GeneratedModel)
                    else invoice_lines_item_data
                    for invoice_lines_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.send_to_auto_invoice
        if _value is not UNSET:
            field_dict["sendToAutoInvoice"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.customer_vat_zone_id
        if _value is not UNSET:
            field_dict["customerVatZoneId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.billing_address
        if _value is not UNSET:
            field_dict["billingAddress"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.invoice_contact
        if _value is not UNSET:
            field_dict["invoiceContact"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.start_date
        if _value is not UNSET:
            field_dict["startDate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.end_date
        if _value is not UNSET:
            field_dict["endDate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.accounting_cost_ref
        if _value is not UNSET:
            field_dict["accountingCostRef"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.originator_doc_ref
        if _value is not UNSET:
            field_dict["originatorDocRef"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.contract_doc_ref
        if _value is not UNSET:
            field_dict["contractDocRef"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.revoked
        if _value is not UNSET:
            field_dict["revoked"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.override_number_series
        if _value is not UNSET:
            field_dict["overrideNumberSeries"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.direct_debit_mandate_id
        if _value is not UNSET:
            field_dict["directDebitMandateId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.exclude_debt_collection
        if _value is not UNSET:
            field_dict["excludeDebtCollection"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.debt_collection_case_nbr
        if _value is not UNSET:
            field_dict["debtCollectionCaseNbr"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.debt_collection_case_status
        if _value is not UNSET:
            field_dict["debtCollectionCaseStatus"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.debt_collection_case_type
        if _value is not UNSET:
            field_dict["debtCollectionCaseType"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.debt_collection_case_url
        if _value is not UNSET:
            field_dict["debtCollectionCaseUrl"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.reference_number
        if _value is not UNSET:
            field_dict["referenceNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.customer_number
        if _value is not UNSET:
            field_dict["customerNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.child_customer_number
        if _value is not UNSET:
            field_dict["childCustomerNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.consolidate_invoices
        if _value is not UNSET:
            field_dict["consolidateInvoices"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.document_date
        if _value is not UNSET:
            field_dict["documentDate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.orig_invoice_date
        if _value is not UNSET:
            field_dict["origInvoiceDate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.hold
        if _value is not UNSET:
            field_dict["hold"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.post_period
        if _value is not UNSET:
            field_dict["postPeriod"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.financial_period
        if _value is not UNSET:
            field_dict["financialPeriod"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.invoice_text
        if _value is not UNSET:
            field_dict["invoiceText"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.location_id
        if _value is not UNSET:
            field_dict["locationId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.sales_person_id
        if _value is not UNSET:
            field_dict["salesPersonID"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.salesperson
        if _value is not UNSET:
            field_dict["salesperson"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.note
        if _value is not UNSET:
            field_dict["note"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.branch_number
        if _value is not UNSET:
            field_dict["branchNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.cash_account
        if _value is not UNSET:
            field_dict["cashAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.dont_print
        if _value is not UNSET:
            field_dict["dontPrint"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.dont_email
        if _value is not UNSET:
            field_dict["dontEmail"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not CustomerInvoiceUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("paymentMethodId", UNSET)
        self.payment_method_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("creditTermsId", UNSET)
        self.credit_terms_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("currencyId", UNSET)
        self.currency_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customerRefNumber", UNSET)
        self.customer_ref_number = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("cashDiscountDate", UNSET)
        self.cash_discount_date = (
            _models.DtoValueOfDateTime._vn_fill(_new(_models.DtoValueOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("documentDueDate", UNSET)
        self.document_due_date = (
            _models.DtoValueOfDateTime._vn_fill(_new(_models.DtoValueOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("externalReference", UNSET)
        self.external_reference = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customerProject", UNSET)
        self.customer_project = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("exchangeRate", UNSET)
        self.exchange_rate = (
            _models.DtoValueOfDecimal._vn_fill(_new(_models.DtoValueOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("domesticServicesDeductibleDocument", UNSET)
        self.domestic_services_deductible_document = (
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
        _value = _rest.pop("paymentReference", UNSET)
        self.payment_reference = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("contact", UNSET)
        self.contact = (
            _models.DtoValueOfNullableOfInt32._vn_fill(_new(_models.DtoValueOfNullableOfInt32), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("project", UNSET)
        self.project = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("taxDetailLines", UNSET)
        self.tax_detail_lines = (
            [
                _models.TaxDetailUpdateDto._vn_fill(_new(_models.TaxDetailUpdateDto), tax_detail_lines_item_data)
                if isinstance(tax_detail_lines_item_data, dict)
                else tax_detail_lines_item_data
                for tax_detail_lines_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("invoiceLines", UNSET)
        self.invoice_lines = (
            [
                _models.CustomerInvoiceLinesUpdateDto._vn_fill(
                    _new(_models.CustomerInvoiceLinesUpdateDto), invoice_lines_item_data
                )
                if isinstance(invoice_lines_item_data, dict)
                else invoice_lines_item_data
                for invoice_lines_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("sendToAutoInvoice", UNSET)
        self.send_to_auto_invoice = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customerVatZoneId", UNSET)
        self.customer_vat_zone_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("billingAddress", UNSET)
        self.billing_address = (
            _models.DtoValueOfSalesInvoiceAddressUpdateDto._vn_fill(
                _new(_models.DtoValueOfSalesInvoiceAddressUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("invoiceContact", UNSET)
        self.invoice_contact = (
            _models.DtoValueOfSalesInvoiceContactUpdateDto._vn_fill(
                _new(_models.DtoValueOfSalesInvoiceContactUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("startDate", UNSET)
        self.start_date = (
            _models.DtoValueOfNullableOfDateTime._vn_fill(_new(_models.DtoValueOfNullableOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("endDate", UNSET)
        self.end_date = (
            _models.DtoValueOfNullableOfDateTime._vn_fill(_new(_models.DtoValueOfNullableOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("accountingCostRef", UNSET)
        self.accounting_cost_ref = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("originatorDocRef", UNSET)
        self.originator_doc_ref = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("contractDocRef", UNSET)
        self.contract_doc_ref = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("revoked", UNSET)
        self.revoked = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("overrideNumberSeries", UNSET)
        self.override_number_series = (
            _models.OverrideNumberSeriesInCustomerInvoiceUpdateDto._vn_fill(
                _new(_models.OverrideNumberSeriesInCustomerInvoiceUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("directDebitMandateId", UNSET)
        self.direct_debit_mandate_id = (
            _models.DtoValueOfNullableOfGuid._vn_fill(_new(_models.DtoValueOfNullableOfGuid), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("excludeDebtCollection", UNSET)
        self.exclude_debt_collection = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("debtCollectionCaseNbr", UNSET)
        self.debt_collection_case_nbr = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("debtCollectionCaseStatus", UNSET)
        self.debt_collection_case_status = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("debtCollectionCaseType", UNSET)
        self.debt_collection_case_type = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("debtCollectionCaseUrl", UNSET)
        self.debt_collection_case_url = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("referenceNumber", UNSET)
        self.reference_number = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customerNumber", UNSET)
        self.customer_number = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("childCustomerNumber", UNSET)
        self.child_customer_number = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("consolidateInvoices", UNSET)
        self.consolidate_invoices = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("documentDate", UNSET)
        self.document_date = (
            _models.DtoValueOfDateTime._vn_fill(_new(_models.DtoValueOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("origInvoiceDate", UNSET)
        self.orig_invoice_date = (
            _models.DtoValueOfDateTime._vn_fill(_new(_models.DtoValueOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("hold", UNSET)
        self.hold = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("postPeriod", UNSET)
        self.post_period = (
            _models.PostPeriodInCustomerInvoiceUpdateDto._vn_fill(
                _new(_models.PostPeriodInCustomerInvoiceUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("financialPeriod", UNSET)
        self.financial_period = (
            _models.FinancialPeriodInCustomerInvoiceUpdateDto._vn_fill(
                _new(_models.FinancialPeriodInCustomerInvoiceUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("invoiceText", UNSET)
        self.invoice_text = (
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
        _value = _rest.pop("salesPersonID", UNSET)
        self.sales_person_id = (
            _models.SalesPersonIDInCustomerInvoiceUpdateDto._vn_fill(
                _new(_models.SalesPersonIDInCustomerInvoiceUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("salesperson", UNSET)
        self.salesperson = (
            _models.SalespersonInCustomerInvoiceUpdateDto._vn_fill(
                _new(_models.SalespersonInCustomerInvoiceUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("note", UNSET)
        self.note = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("branchNumber", UNSET)
        self.branch_number = (
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
        _value = _rest.pop("dontPrint", UNSET)
        self.dont_print = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("dontEmail", UNSET)
        self.dont_email = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("payment_method_id", "paymentMethodId", False, ("model", "DtoValueOfString")),
        ("credit_terms_id", "creditTermsId", False, ("model", "DtoValueOfString")),
        ("currency_id", "currencyId", False, ("model", "DtoValueOfString")),
        ("customer_ref_number", "customerRefNumber", False, ("model", "DtoValueOfString")),
        ("cash_discount_date", "cashDiscountDate", False, ("model", "DtoValueOfDateTime")),
        ("document_due_date", "documentDueDate", False, ("model", "DtoValueOfDateTime")),
        ("external_reference", "externalReference", False, ("model", "DtoValueOfString")),
        ("customer_project", "customerProject", False, ("model", "DtoValueOfString")),
        ("exchange_rate", "exchangeRate", False, ("model", "DtoValueOfDecimal")),
        (
            "domestic_services_deductible_document",
            "domesticServicesDeductibleDocument",
            False,
            ("model", "DtoValueOfNullableOfBoolean"),
        ),
        ("rot_rut_details", "rotRutDetails", False, ("model", "RotRutUpdateDto")),
        ("payment_reference", "paymentReference", False, ("model", "DtoValueOfString")),
        ("contact", "contact", False, ("model", "DtoValueOfNullableOfInt32")),
        ("project", "project", False, ("model", "DtoValueOfString")),
        ("tax_detail_lines", "taxDetailLines", False, ("list", ("model", "TaxDetailUpdateDto"))),
        ("invoice_lines", "invoiceLines", False, ("list", ("model", "CustomerInvoiceLinesUpdateDto"))),
        ("send_to_auto_invoice", "sendToAutoInvoice", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("customer_vat_zone_id", "customerVatZoneId", False, ("model", "DtoValueOfString")),
        ("billing_address", "billingAddress", False, ("model", "DtoValueOfSalesInvoiceAddressUpdateDto")),
        ("invoice_contact", "invoiceContact", False, ("model", "DtoValueOfSalesInvoiceContactUpdateDto")),
        ("start_date", "startDate", False, ("model", "DtoValueOfNullableOfDateTime")),
        ("end_date", "endDate", False, ("model", "DtoValueOfNullableOfDateTime")),
        ("accounting_cost_ref", "accountingCostRef", False, ("model", "DtoValueOfString")),
        ("originator_doc_ref", "originatorDocRef", False, ("model", "DtoValueOfString")),
        ("contract_doc_ref", "contractDocRef", False, ("model", "DtoValueOfString")),
        ("revoked", "revoked", False, ("model", "DtoValueOfBoolean")),
        (
            "override_number_series",
            "overrideNumberSeries",
            False,
            ("model", "OverrideNumberSeriesInCustomerInvoiceUpdateDto"),
        ),
        ("direct_debit_mandate_id", "directDebitMandateId", False, ("model", "DtoValueOfNullableOfGuid")),
        ("exclude_debt_collection", "excludeDebtCollection", False, ("model", "DtoValueOfBoolean")),
        ("debt_collection_case_nbr", "debtCollectionCaseNbr", False, ("model", "DtoValueOfString")),
        ("debt_collection_case_status", "debtCollectionCaseStatus", False, ("model", "DtoValueOfString")),
        ("debt_collection_case_type", "debtCollectionCaseType", False, ("model", "DtoValueOfString")),
        ("debt_collection_case_url", "debtCollectionCaseUrl", False, ("model", "DtoValueOfString")),
        ("reference_number", "referenceNumber", False, ("model", "DtoValueOfString")),
        ("customer_number", "customerNumber", False, ("model", "DtoValueOfString")),
        ("child_customer_number", "childCustomerNumber", False, ("model", "DtoValueOfString")),
        ("consolidate_invoices", "consolidateInvoices", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("document_date", "documentDate", False, ("model", "DtoValueOfDateTime")),
        ("orig_invoice_date", "origInvoiceDate", False, ("model", "DtoValueOfDateTime")),
        ("hold", "hold", False, ("model", "DtoValueOfBoolean")),
        ("post_period", "postPeriod", False, ("model", "PostPeriodInCustomerInvoiceUpdateDto")),
        ("financial_period", "financialPeriod", False, ("model", "FinancialPeriodInCustomerInvoiceUpdateDto")),
        ("invoice_text", "invoiceText", False, ("model", "DtoValueOfString")),
        ("location_id", "locationId", False, ("model", "DtoValueOfString")),
        ("sales_person_id", "salesPersonID", False, ("model", "SalesPersonIDInCustomerInvoiceUpdateDto")),
        ("salesperson", "salesperson", False, ("model", "SalespersonInCustomerInvoiceUpdateDto")),
        ("note", "note", False, ("model", "DtoValueOfString")),
        ("branch_number", "branchNumber", False, ("model", "DtoValueOfString")),
        ("cash_account", "cashAccount", False, ("model", "DtoValueOfString")),
        ("dont_print", "dontPrint", False, ("model", "DtoValueOfBoolean")),
        ("dont_email", "dontEmail", False, ("model", "DtoValueOfBoolean")),
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


_Lazy = _lazy_twin(CustomerInvoiceUpdateDto)
