from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

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
class CustomerInvoiceUpdateDto:
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

    payment_method_id: DtoValueOfString | Unset = UNSET
    credit_terms_id: DtoValueOfString | Unset = UNSET
    currency_id: DtoValueOfString | Unset = UNSET
    customer_ref_number: DtoValueOfString | Unset = UNSET
    cash_discount_date: DtoValueOfDateTime | Unset = UNSET
    document_due_date: DtoValueOfDateTime | Unset = UNSET
    external_reference: DtoValueOfString | Unset = UNSET
    customer_project: DtoValueOfString | Unset = UNSET
    exchange_rate: DtoValueOfDecimal | Unset = UNSET
    domestic_services_deductible_document: DtoValueOfNullableOfBoolean | Unset = UNSET
    rot_rut_details: RotRutUpdateDto | Unset = UNSET
    payment_reference: DtoValueOfString | Unset = UNSET
    contact: DtoValueOfNullableOfInt32 | Unset = UNSET
    project: DtoValueOfString | Unset = UNSET
    tax_detail_lines: list[TaxDetailUpdateDto] | Unset = UNSET
    invoice_lines: list[CustomerInvoiceLinesUpdateDto] | Unset = UNSET
    send_to_auto_invoice: DtoValueOfNullableOfBoolean | Unset = UNSET
    customer_vat_zone_id: DtoValueOfString | Unset = UNSET
    billing_address: DtoValueOfSalesInvoiceAddressUpdateDto | Unset = UNSET
    invoice_contact: DtoValueOfSalesInvoiceContactUpdateDto | Unset = UNSET
    start_date: DtoValueOfNullableOfDateTime | Unset = UNSET
    end_date: DtoValueOfNullableOfDateTime | Unset = UNSET
    accounting_cost_ref: DtoValueOfString | Unset = UNSET
    originator_doc_ref: DtoValueOfString | Unset = UNSET
    contract_doc_ref: DtoValueOfString | Unset = UNSET
    revoked: DtoValueOfBoolean | Unset = UNSET
    override_number_series: OverrideNumberSeriesInCustomerInvoiceUpdateDto | Unset = UNSET
    direct_debit_mandate_id: DtoValueOfNullableOfGuid | Unset = UNSET
    exclude_debt_collection: DtoValueOfBoolean | Unset = UNSET
    debt_collection_case_nbr: DtoValueOfString | Unset = UNSET
    debt_collection_case_status: DtoValueOfString | Unset = UNSET
    debt_collection_case_type: DtoValueOfString | Unset = UNSET
    debt_collection_case_url: DtoValueOfString | Unset = UNSET
    reference_number: DtoValueOfString | Unset = UNSET
    customer_number: DtoValueOfString | Unset = UNSET
    child_customer_number: DtoValueOfString | Unset = UNSET
    consolidate_invoices: DtoValueOfNullableOfBoolean | Unset = UNSET
    document_date: DtoValueOfDateTime | Unset = UNSET
    orig_invoice_date: DtoValueOfDateTime | Unset = UNSET
    hold: DtoValueOfBoolean | Unset = UNSET
    post_period: PostPeriodInCustomerInvoiceUpdateDto | Unset = UNSET
    financial_period: FinancialPeriodInCustomerInvoiceUpdateDto | Unset = UNSET
    invoice_text: DtoValueOfString | Unset = UNSET
    location_id: DtoValueOfString | Unset = UNSET
    sales_person_id: SalesPersonIDInCustomerInvoiceUpdateDto | Unset = UNSET
    salesperson: SalespersonInCustomerInvoiceUpdateDto | Unset = UNSET
    note: DtoValueOfString | Unset = UNSET
    branch_number: DtoValueOfString | Unset = UNSET
    cash_account: DtoValueOfString | Unset = UNSET
    dont_print: DtoValueOfBoolean | Unset = UNSET
    dont_email: DtoValueOfBoolean | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_method_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method_id, Unset):
            payment_method_id = self.payment_method_id.to_dict()

        credit_terms_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_terms_id, Unset):
            credit_terms_id = self.credit_terms_id.to_dict()

        currency_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency_id, Unset):
            currency_id = self.currency_id.to_dict()

        customer_ref_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_ref_number, Unset):
            customer_ref_number = self.customer_ref_number.to_dict()

        cash_discount_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cash_discount_date, Unset):
            cash_discount_date = self.cash_discount_date.to_dict()

        document_due_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document_due_date, Unset):
            document_due_date = self.document_due_date.to_dict()

        external_reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_reference, Unset):
            external_reference = self.external_reference.to_dict()

        customer_project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_project, Unset):
            customer_project = self.customer_project.to_dict()

        exchange_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.exchange_rate, Unset):
            exchange_rate = self.exchange_rate.to_dict()

        domestic_services_deductible_document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.domestic_services_deductible_document, Unset):
            domestic_services_deductible_document = self.domestic_services_deductible_document.to_dict()

        rot_rut_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rot_rut_details, Unset):
            rot_rut_details = self.rot_rut_details.to_dict()

        payment_reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_reference, Unset):
            payment_reference = self.payment_reference.to_dict()

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        tax_detail_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_detail_lines, Unset):
            tax_detail_lines = []
            for tax_detail_lines_item_data in self.tax_detail_lines:
                tax_detail_lines_item = tax_detail_lines_item_data.to_dict()
                tax_detail_lines.append(tax_detail_lines_item)

        invoice_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoice_lines, Unset):
            invoice_lines = []
            for invoice_lines_item_data in self.invoice_lines:
                invoice_lines_item = invoice_lines_item_data.to_dict()
                invoice_lines.append(invoice_lines_item)

        send_to_auto_invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.send_to_auto_invoice, Unset):
            send_to_auto_invoice = self.send_to_auto_invoice.to_dict()

        customer_vat_zone_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_vat_zone_id, Unset):
            customer_vat_zone_id = self.customer_vat_zone_id.to_dict()

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        invoice_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_contact, Unset):
            invoice_contact = self.invoice_contact.to_dict()

        start_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.to_dict()

        end_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.to_dict()

        accounting_cost_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.accounting_cost_ref, Unset):
            accounting_cost_ref = self.accounting_cost_ref.to_dict()

        originator_doc_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.originator_doc_ref, Unset):
            originator_doc_ref = self.originator_doc_ref.to_dict()

        contract_doc_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contract_doc_ref, Unset):
            contract_doc_ref = self.contract_doc_ref.to_dict()

        revoked: dict[str, Any] | Unset = UNSET
        if not isinstance(self.revoked, Unset):
            revoked = self.revoked.to_dict()

        override_number_series: dict[str, Any] | Unset = UNSET
        if not isinstance(self.override_number_series, Unset):
            override_number_series = self.override_number_series.to_dict()

        direct_debit_mandate_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.direct_debit_mandate_id, Unset):
            direct_debit_mandate_id = self.direct_debit_mandate_id.to_dict()

        exclude_debt_collection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.exclude_debt_collection, Unset):
            exclude_debt_collection = self.exclude_debt_collection.to_dict()

        debt_collection_case_nbr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debt_collection_case_nbr, Unset):
            debt_collection_case_nbr = self.debt_collection_case_nbr.to_dict()

        debt_collection_case_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debt_collection_case_status, Unset):
            debt_collection_case_status = self.debt_collection_case_status.to_dict()

        debt_collection_case_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debt_collection_case_type, Unset):
            debt_collection_case_type = self.debt_collection_case_type.to_dict()

        debt_collection_case_url: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debt_collection_case_url, Unset):
            debt_collection_case_url = self.debt_collection_case_url.to_dict()

        reference_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reference_number, Unset):
            reference_number = self.reference_number.to_dict()

        customer_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_number, Unset):
            customer_number = self.customer_number.to_dict()

        child_customer_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.child_customer_number, Unset):
            child_customer_number = self.child_customer_number.to_dict()

        consolidate_invoices: dict[str, Any] | Unset = UNSET
        if not isinstance(self.consolidate_invoices, Unset):
            consolidate_invoices = self.consolidate_invoices.to_dict()

        document_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document_date, Unset):
            document_date = self.document_date.to_dict()

        orig_invoice_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.orig_invoice_date, Unset):
            orig_invoice_date = self.orig_invoice_date.to_dict()

        hold: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hold, Unset):
            hold = self.hold.to_dict()

        post_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.post_period, Unset):
            post_period = self.post_period.to_dict()

        financial_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.financial_period, Unset):
            financial_period = self.financial_period.to_dict()

        invoice_text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_text, Unset):
            invoice_text = self.invoice_text.to_dict()

        location_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location_id, Unset):
            location_id = self.location_id.to_dict()

        sales_person_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_person_id, Unset):
            sales_person_id = self.sales_person_id.to_dict()

        salesperson: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salesperson, Unset):
            salesperson = self.salesperson.to_dict()

        note: dict[str, Any] | Unset = UNSET
        if not isinstance(self.note, Unset):
            note = self.note.to_dict()

        branch_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch_number, Unset):
            branch_number = self.branch_number.to_dict()

        cash_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cash_account, Unset):
            cash_account = self.cash_account.to_dict()

        dont_print: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dont_print, Unset):
            dont_print = self.dont_print.to_dict()

        dont_email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dont_email, Unset):
            dont_email = self.dont_email.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_method_id is not UNSET:
            field_dict["paymentMethodId"] = payment_method_id
        if credit_terms_id is not UNSET:
            field_dict["creditTermsId"] = credit_terms_id
        if currency_id is not UNSET:
            field_dict["currencyId"] = currency_id
        if customer_ref_number is not UNSET:
            field_dict["customerRefNumber"] = customer_ref_number
        if cash_discount_date is not UNSET:
            field_dict["cashDiscountDate"] = cash_discount_date
        if document_due_date is not UNSET:
            field_dict["documentDueDate"] = document_due_date
        if external_reference is not UNSET:
            field_dict["externalReference"] = external_reference
        if customer_project is not UNSET:
            field_dict["customerProject"] = customer_project
        if exchange_rate is not UNSET:
            field_dict["exchangeRate"] = exchange_rate
        if domestic_services_deductible_document is not UNSET:
            field_dict["domesticServicesDeductibleDocument"] = domestic_services_deductible_document
        if rot_rut_details is not UNSET:
            field_dict["rotRutDetails"] = rot_rut_details
        if payment_reference is not UNSET:
            field_dict["paymentReference"] = payment_reference
        if contact is not UNSET:
            field_dict["contact"] = contact
        if project is not UNSET:
            field_dict["project"] = project
        if tax_detail_lines is not UNSET:
            field_dict["taxDetailLines"] = tax_detail_lines
        if invoice_lines is not UNSET:
            field_dict["invoiceLines"] = invoice_lines
        if send_to_auto_invoice is not UNSET:
            field_dict["sendToAutoInvoice"] = send_to_auto_invoice
        if customer_vat_zone_id is not UNSET:
            field_dict["customerVatZoneId"] = customer_vat_zone_id
        if billing_address is not UNSET:
            field_dict["billingAddress"] = billing_address
        if invoice_contact is not UNSET:
            field_dict["invoiceContact"] = invoice_contact
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if accounting_cost_ref is not UNSET:
            field_dict["accountingCostRef"] = accounting_cost_ref
        if originator_doc_ref is not UNSET:
            field_dict["originatorDocRef"] = originator_doc_ref
        if contract_doc_ref is not UNSET:
            field_dict["contractDocRef"] = contract_doc_ref
        if revoked is not UNSET:
            field_dict["revoked"] = revoked
        if override_number_series is not UNSET:
            field_dict["overrideNumberSeries"] = override_number_series
        if direct_debit_mandate_id is not UNSET:
            field_dict["directDebitMandateId"] = direct_debit_mandate_id
        if exclude_debt_collection is not UNSET:
            field_dict["excludeDebtCollection"] = exclude_debt_collection
        if debt_collection_case_nbr is not UNSET:
            field_dict["debtCollectionCaseNbr"] = debt_collection_case_nbr
        if debt_collection_case_status is not UNSET:
            field_dict["debtCollectionCaseStatus"] = debt_collection_case_status
        if debt_collection_case_type is not UNSET:
            field_dict["debtCollectionCaseType"] = debt_collection_case_type
        if debt_collection_case_url is not UNSET:
            field_dict["debtCollectionCaseUrl"] = debt_collection_case_url
        if reference_number is not UNSET:
            field_dict["referenceNumber"] = reference_number
        if customer_number is not UNSET:
            field_dict["customerNumber"] = customer_number
        if child_customer_number is not UNSET:
            field_dict["childCustomerNumber"] = child_customer_number
        if consolidate_invoices is not UNSET:
            field_dict["consolidateInvoices"] = consolidate_invoices
        if document_date is not UNSET:
            field_dict["documentDate"] = document_date
        if orig_invoice_date is not UNSET:
            field_dict["origInvoiceDate"] = orig_invoice_date
        if hold is not UNSET:
            field_dict["hold"] = hold
        if post_period is not UNSET:
            field_dict["postPeriod"] = post_period
        if financial_period is not UNSET:
            field_dict["financialPeriod"] = financial_period
        if invoice_text is not UNSET:
            field_dict["invoiceText"] = invoice_text
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if sales_person_id is not UNSET:
            field_dict["salesPersonID"] = sales_person_id
        if salesperson is not UNSET:
            field_dict["salesperson"] = salesperson
        if note is not UNSET:
            field_dict["note"] = note
        if branch_number is not UNSET:
            field_dict["branchNumber"] = branch_number
        if cash_account is not UNSET:
            field_dict["cashAccount"] = cash_account
        if dont_print is not UNSET:
            field_dict["dontPrint"] = dont_print
        if dont_email is not UNSET:
            field_dict["dontEmail"] = dont_email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("paymentMethodId", UNSET)
        _instance.payment_method_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("creditTermsId", UNSET)
        _instance.credit_terms_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("currencyId", UNSET)
        _instance.currency_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("customerRefNumber", UNSET)
        _instance.customer_ref_number = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("cashDiscountDate", UNSET)
        _instance.cash_discount_date = UNSET if _value is UNSET else _models.DtoValueOfDateTime.from_dict(_value)
        _value = _rest.pop("documentDueDate", UNSET)
        _instance.document_due_date = UNSET if _value is UNSET else _models.DtoValueOfDateTime.from_dict(_value)
        _value = _rest.pop("externalReference", UNSET)
        _instance.external_reference = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("customerProject", UNSET)
        _instance.customer_project = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("exchangeRate", UNSET)
        _instance.exchange_rate = UNSET if _value is UNSET else _models.DtoValueOfDecimal.from_dict(_value)
        _value = _rest.pop("domesticServicesDeductibleDocument", UNSET)
        _instance.domestic_services_deductible_document = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        )
        _value = _rest.pop("rotRutDetails", UNSET)
        _instance.rot_rut_details = UNSET if _value is UNSET else _models.RotRutUpdateDto.from_dict(_value)
        _value = _rest.pop("paymentReference", UNSET)
        _instance.payment_reference = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("contact", UNSET)
        _instance.contact = UNSET if _value is UNSET else _models.DtoValueOfNullableOfInt32.from_dict(_value)
        _value = _rest.pop("project", UNSET)
        _instance.project = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("taxDetailLines", UNSET)
        _instance.tax_detail_lines = (
            UNSET
            if _value is UNSET
            else [
                _models.TaxDetailUpdateDto.from_dict(tax_detail_lines_item_data)
                for tax_detail_lines_item_data in _value
            ]
        )
        _value = _rest.pop("invoiceLines", UNSET)
        _instance.invoice_lines = (
            UNSET
            if _value is UNSET
            else [
                _models.CustomerInvoiceLinesUpdateDto.from_dict(invoice_lines_item_data)
                for invoice_lines_item_data in _value
            ]
        )
        _value = _rest.pop("sendToAutoInvoice", UNSET)
        _instance.send_to_auto_invoice = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        )
        _value = _rest.pop("customerVatZoneId", UNSET)
        _instance.customer_vat_zone_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("billingAddress", UNSET)
        _instance.billing_address = (
            UNSET if _value is UNSET else _models.DtoValueOfSalesInvoiceAddressUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("invoiceContact", UNSET)
        _instance.invoice_contact = (
            UNSET if _value is UNSET else _models.DtoValueOfSalesInvoiceContactUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("startDate", UNSET)
        _instance.start_date = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDateTime.from_dict(_value)
        _value = _rest.pop("endDate", UNSET)
        _instance.end_date = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDateTime.from_dict(_value)
        _value = _rest.pop("accountingCostRef", UNSET)
        _instance.accounting_cost_ref = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("originatorDocRef", UNSET)
        _instance.originator_doc_ref = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("contractDocRef", UNSET)
        _instance.contract_doc_ref = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("revoked", UNSET)
        _instance.revoked = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("overrideNumberSeries", UNSET)
        _instance.override_number_series = (
            UNSET if _value is UNSET else _models.OverrideNumberSeriesInCustomerInvoiceUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("directDebitMandateId", UNSET)
        _instance.direct_debit_mandate_id = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfGuid.from_dict(_value)
        )
        _value = _rest.pop("excludeDebtCollection", UNSET)
        _instance.exclude_debt_collection = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("debtCollectionCaseNbr", UNSET)
        _instance.debt_collection_case_nbr = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("debtCollectionCaseStatus", UNSET)
        _instance.debt_collection_case_status = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("debtCollectionCaseType", UNSET)
        _instance.debt_collection_case_type = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("debtCollectionCaseUrl", UNSET)
        _instance.debt_collection_case_url = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("referenceNumber", UNSET)
        _instance.reference_number = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("customerNumber", UNSET)
        _instance.customer_number = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("childCustomerNumber", UNSET)
        _instance.child_customer_number = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("consolidateInvoices", UNSET)
        _instance.consolidate_invoices = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        )
        _value = _rest.pop("documentDate", UNSET)
        _instance.document_date = UNSET if _value is UNSET else _models.DtoValueOfDateTime.from_dict(_value)
        _value = _rest.pop("origInvoiceDate", UNSET)
        _instance.orig_invoice_date = UNSET if _value is UNSET else _models.DtoValueOfDateTime.from_dict(_value)
        _value = _rest.pop("hold", UNSET)
        _instance.hold = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("postPeriod", UNSET)
        _instance.post_period = (
            UNSET if _value is UNSET else _models.PostPeriodInCustomerInvoiceUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("financialPeriod", UNSET)
        _instance.financial_period = (
            UNSET if _value is UNSET else _models.FinancialPeriodInCustomerInvoiceUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("invoiceText", UNSET)
        _instance.invoice_text = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("locationId", UNSET)
        _instance.location_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("salesPersonID", UNSET)
        _instance.sales_person_id = (
            UNSET if _value is UNSET else _models.SalesPersonIDInCustomerInvoiceUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("salesperson", UNSET)
        _instance.salesperson = (
            UNSET if _value is UNSET else _models.SalespersonInCustomerInvoiceUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("note", UNSET)
        _instance.note = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("branchNumber", UNSET)
        _instance.branch_number = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("cashAccount", UNSET)
        _instance.cash_account = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("dontPrint", UNSET)
        _instance.dont_print = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("dontEmail", UNSET)
        _instance.dont_email = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
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
