from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


@_attrs_define
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

        d = dict(src_dict)
        _payment_method_id = d.pop("paymentMethodId", UNSET)
        payment_method_id: DtoValueOfString | Unset
        if isinstance(_payment_method_id, Unset):
            payment_method_id = UNSET
        else:
            payment_method_id = DtoValueOfString.from_dict(_payment_method_id)

        _credit_terms_id = d.pop("creditTermsId", UNSET)
        credit_terms_id: DtoValueOfString | Unset
        if isinstance(_credit_terms_id, Unset):
            credit_terms_id = UNSET
        else:
            credit_terms_id = DtoValueOfString.from_dict(_credit_terms_id)

        _currency_id = d.pop("currencyId", UNSET)
        currency_id: DtoValueOfString | Unset
        if isinstance(_currency_id, Unset):
            currency_id = UNSET
        else:
            currency_id = DtoValueOfString.from_dict(_currency_id)

        _customer_ref_number = d.pop("customerRefNumber", UNSET)
        customer_ref_number: DtoValueOfString | Unset
        if isinstance(_customer_ref_number, Unset):
            customer_ref_number = UNSET
        else:
            customer_ref_number = DtoValueOfString.from_dict(_customer_ref_number)

        _cash_discount_date = d.pop("cashDiscountDate", UNSET)
        cash_discount_date: DtoValueOfDateTime | Unset
        if isinstance(_cash_discount_date, Unset):
            cash_discount_date = UNSET
        else:
            cash_discount_date = DtoValueOfDateTime.from_dict(_cash_discount_date)

        _document_due_date = d.pop("documentDueDate", UNSET)
        document_due_date: DtoValueOfDateTime | Unset
        if isinstance(_document_due_date, Unset):
            document_due_date = UNSET
        else:
            document_due_date = DtoValueOfDateTime.from_dict(_document_due_date)

        _external_reference = d.pop("externalReference", UNSET)
        external_reference: DtoValueOfString | Unset
        if isinstance(_external_reference, Unset):
            external_reference = UNSET
        else:
            external_reference = DtoValueOfString.from_dict(_external_reference)

        _customer_project = d.pop("customerProject", UNSET)
        customer_project: DtoValueOfString | Unset
        if isinstance(_customer_project, Unset):
            customer_project = UNSET
        else:
            customer_project = DtoValueOfString.from_dict(_customer_project)

        _exchange_rate = d.pop("exchangeRate", UNSET)
        exchange_rate: DtoValueOfDecimal | Unset
        if isinstance(_exchange_rate, Unset):
            exchange_rate = UNSET
        else:
            exchange_rate = DtoValueOfDecimal.from_dict(_exchange_rate)

        _domestic_services_deductible_document = d.pop("domesticServicesDeductibleDocument", UNSET)
        domestic_services_deductible_document: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_domestic_services_deductible_document, Unset):
            domestic_services_deductible_document = UNSET
        else:
            domestic_services_deductible_document = DtoValueOfNullableOfBoolean.from_dict(
                _domestic_services_deductible_document
            )

        _rot_rut_details = d.pop("rotRutDetails", UNSET)
        rot_rut_details: RotRutUpdateDto | Unset
        if isinstance(_rot_rut_details, Unset):
            rot_rut_details = UNSET
        else:
            rot_rut_details = RotRutUpdateDto.from_dict(_rot_rut_details)

        _payment_reference = d.pop("paymentReference", UNSET)
        payment_reference: DtoValueOfString | Unset
        if isinstance(_payment_reference, Unset):
            payment_reference = UNSET
        else:
            payment_reference = DtoValueOfString.from_dict(_payment_reference)

        _contact = d.pop("contact", UNSET)
        contact: DtoValueOfNullableOfInt32 | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = DtoValueOfNullableOfInt32.from_dict(_contact)

        _project = d.pop("project", UNSET)
        project: DtoValueOfString | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = DtoValueOfString.from_dict(_project)

        _tax_detail_lines = d.pop("taxDetailLines", UNSET)
        tax_detail_lines: list[TaxDetailUpdateDto] | Unset = UNSET
        if _tax_detail_lines is not UNSET:
            tax_detail_lines = []
            for tax_detail_lines_item_data in _tax_detail_lines:
                tax_detail_lines_item = TaxDetailUpdateDto.from_dict(tax_detail_lines_item_data)

                tax_detail_lines.append(tax_detail_lines_item)

        _invoice_lines = d.pop("invoiceLines", UNSET)
        invoice_lines: list[CustomerInvoiceLinesUpdateDto] | Unset = UNSET
        if _invoice_lines is not UNSET:
            invoice_lines = []
            for invoice_lines_item_data in _invoice_lines:
                invoice_lines_item = CustomerInvoiceLinesUpdateDto.from_dict(invoice_lines_item_data)

                invoice_lines.append(invoice_lines_item)

        _send_to_auto_invoice = d.pop("sendToAutoInvoice", UNSET)
        send_to_auto_invoice: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_send_to_auto_invoice, Unset):
            send_to_auto_invoice = UNSET
        else:
            send_to_auto_invoice = DtoValueOfNullableOfBoolean.from_dict(_send_to_auto_invoice)

        _customer_vat_zone_id = d.pop("customerVatZoneId", UNSET)
        customer_vat_zone_id: DtoValueOfString | Unset
        if isinstance(_customer_vat_zone_id, Unset):
            customer_vat_zone_id = UNSET
        else:
            customer_vat_zone_id = DtoValueOfString.from_dict(_customer_vat_zone_id)

        _billing_address = d.pop("billingAddress", UNSET)
        billing_address: DtoValueOfSalesInvoiceAddressUpdateDto | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = DtoValueOfSalesInvoiceAddressUpdateDto.from_dict(_billing_address)

        _invoice_contact = d.pop("invoiceContact", UNSET)
        invoice_contact: DtoValueOfSalesInvoiceContactUpdateDto | Unset
        if isinstance(_invoice_contact, Unset):
            invoice_contact = UNSET
        else:
            invoice_contact = DtoValueOfSalesInvoiceContactUpdateDto.from_dict(_invoice_contact)

        _start_date = d.pop("startDate", UNSET)
        start_date: DtoValueOfNullableOfDateTime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = DtoValueOfNullableOfDateTime.from_dict(_start_date)

        _end_date = d.pop("endDate", UNSET)
        end_date: DtoValueOfNullableOfDateTime | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = DtoValueOfNullableOfDateTime.from_dict(_end_date)

        _accounting_cost_ref = d.pop("accountingCostRef", UNSET)
        accounting_cost_ref: DtoValueOfString | Unset
        if isinstance(_accounting_cost_ref, Unset):
            accounting_cost_ref = UNSET
        else:
            accounting_cost_ref = DtoValueOfString.from_dict(_accounting_cost_ref)

        _originator_doc_ref = d.pop("originatorDocRef", UNSET)
        originator_doc_ref: DtoValueOfString | Unset
        if isinstance(_originator_doc_ref, Unset):
            originator_doc_ref = UNSET
        else:
            originator_doc_ref = DtoValueOfString.from_dict(_originator_doc_ref)

        _contract_doc_ref = d.pop("contractDocRef", UNSET)
        contract_doc_ref: DtoValueOfString | Unset
        if isinstance(_contract_doc_ref, Unset):
            contract_doc_ref = UNSET
        else:
            contract_doc_ref = DtoValueOfString.from_dict(_contract_doc_ref)

        _revoked = d.pop("revoked", UNSET)
        revoked: DtoValueOfBoolean | Unset
        if isinstance(_revoked, Unset):
            revoked = UNSET
        else:
            revoked = DtoValueOfBoolean.from_dict(_revoked)

        _override_number_series = d.pop("overrideNumberSeries", UNSET)
        override_number_series: OverrideNumberSeriesInCustomerInvoiceUpdateDto | Unset
        if isinstance(_override_number_series, Unset):
            override_number_series = UNSET
        else:
            override_number_series = OverrideNumberSeriesInCustomerInvoiceUpdateDto.from_dict(_override_number_series)

        _direct_debit_mandate_id = d.pop("directDebitMandateId", UNSET)
        direct_debit_mandate_id: DtoValueOfNullableOfGuid | Unset
        if isinstance(_direct_debit_mandate_id, Unset):
            direct_debit_mandate_id = UNSET
        else:
            direct_debit_mandate_id = DtoValueOfNullableOfGuid.from_dict(_direct_debit_mandate_id)

        _exclude_debt_collection = d.pop("excludeDebtCollection", UNSET)
        exclude_debt_collection: DtoValueOfBoolean | Unset
        if isinstance(_exclude_debt_collection, Unset):
            exclude_debt_collection = UNSET
        else:
            exclude_debt_collection = DtoValueOfBoolean.from_dict(_exclude_debt_collection)

        _debt_collection_case_nbr = d.pop("debtCollectionCaseNbr", UNSET)
        debt_collection_case_nbr: DtoValueOfString | Unset
        if isinstance(_debt_collection_case_nbr, Unset):
            debt_collection_case_nbr = UNSET
        else:
            debt_collection_case_nbr = DtoValueOfString.from_dict(_debt_collection_case_nbr)

        _debt_collection_case_status = d.pop("debtCollectionCaseStatus", UNSET)
        debt_collection_case_status: DtoValueOfString | Unset
        if isinstance(_debt_collection_case_status, Unset):
            debt_collection_case_status = UNSET
        else:
            debt_collection_case_status = DtoValueOfString.from_dict(_debt_collection_case_status)

        _debt_collection_case_type = d.pop("debtCollectionCaseType", UNSET)
        debt_collection_case_type: DtoValueOfString | Unset
        if isinstance(_debt_collection_case_type, Unset):
            debt_collection_case_type = UNSET
        else:
            debt_collection_case_type = DtoValueOfString.from_dict(_debt_collection_case_type)

        _debt_collection_case_url = d.pop("debtCollectionCaseUrl", UNSET)
        debt_collection_case_url: DtoValueOfString | Unset
        if isinstance(_debt_collection_case_url, Unset):
            debt_collection_case_url = UNSET
        else:
            debt_collection_case_url = DtoValueOfString.from_dict(_debt_collection_case_url)

        _reference_number = d.pop("referenceNumber", UNSET)
        reference_number: DtoValueOfString | Unset
        if isinstance(_reference_number, Unset):
            reference_number = UNSET
        else:
            reference_number = DtoValueOfString.from_dict(_reference_number)

        _customer_number = d.pop("customerNumber", UNSET)
        customer_number: DtoValueOfString | Unset
        if isinstance(_customer_number, Unset):
            customer_number = UNSET
        else:
            customer_number = DtoValueOfString.from_dict(_customer_number)

        _child_customer_number = d.pop("childCustomerNumber", UNSET)
        child_customer_number: DtoValueOfString | Unset
        if isinstance(_child_customer_number, Unset):
            child_customer_number = UNSET
        else:
            child_customer_number = DtoValueOfString.from_dict(_child_customer_number)

        _consolidate_invoices = d.pop("consolidateInvoices", UNSET)
        consolidate_invoices: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_consolidate_invoices, Unset):
            consolidate_invoices = UNSET
        else:
            consolidate_invoices = DtoValueOfNullableOfBoolean.from_dict(_consolidate_invoices)

        _document_date = d.pop("documentDate", UNSET)
        document_date: DtoValueOfDateTime | Unset
        if isinstance(_document_date, Unset):
            document_date = UNSET
        else:
            document_date = DtoValueOfDateTime.from_dict(_document_date)

        _orig_invoice_date = d.pop("origInvoiceDate", UNSET)
        orig_invoice_date: DtoValueOfDateTime | Unset
        if isinstance(_orig_invoice_date, Unset):
            orig_invoice_date = UNSET
        else:
            orig_invoice_date = DtoValueOfDateTime.from_dict(_orig_invoice_date)

        _hold = d.pop("hold", UNSET)
        hold: DtoValueOfBoolean | Unset
        if isinstance(_hold, Unset):
            hold = UNSET
        else:
            hold = DtoValueOfBoolean.from_dict(_hold)

        _post_period = d.pop("postPeriod", UNSET)
        post_period: PostPeriodInCustomerInvoiceUpdateDto | Unset
        if isinstance(_post_period, Unset):
            post_period = UNSET
        else:
            post_period = PostPeriodInCustomerInvoiceUpdateDto.from_dict(_post_period)

        _financial_period = d.pop("financialPeriod", UNSET)
        financial_period: FinancialPeriodInCustomerInvoiceUpdateDto | Unset
        if isinstance(_financial_period, Unset):
            financial_period = UNSET
        else:
            financial_period = FinancialPeriodInCustomerInvoiceUpdateDto.from_dict(_financial_period)

        _invoice_text = d.pop("invoiceText", UNSET)
        invoice_text: DtoValueOfString | Unset
        if isinstance(_invoice_text, Unset):
            invoice_text = UNSET
        else:
            invoice_text = DtoValueOfString.from_dict(_invoice_text)

        _location_id = d.pop("locationId", UNSET)
        location_id: DtoValueOfString | Unset
        if isinstance(_location_id, Unset):
            location_id = UNSET
        else:
            location_id = DtoValueOfString.from_dict(_location_id)

        _sales_person_id = d.pop("salesPersonID", UNSET)
        sales_person_id: SalesPersonIDInCustomerInvoiceUpdateDto | Unset
        if isinstance(_sales_person_id, Unset):
            sales_person_id = UNSET
        else:
            sales_person_id = SalesPersonIDInCustomerInvoiceUpdateDto.from_dict(_sales_person_id)

        _salesperson = d.pop("salesperson", UNSET)
        salesperson: SalespersonInCustomerInvoiceUpdateDto | Unset
        if isinstance(_salesperson, Unset):
            salesperson = UNSET
        else:
            salesperson = SalespersonInCustomerInvoiceUpdateDto.from_dict(_salesperson)

        _note = d.pop("note", UNSET)
        note: DtoValueOfString | Unset
        if isinstance(_note, Unset):
            note = UNSET
        else:
            note = DtoValueOfString.from_dict(_note)

        _branch_number = d.pop("branchNumber", UNSET)
        branch_number: DtoValueOfString | Unset
        if isinstance(_branch_number, Unset):
            branch_number = UNSET
        else:
            branch_number = DtoValueOfString.from_dict(_branch_number)

        _cash_account = d.pop("cashAccount", UNSET)
        cash_account: DtoValueOfString | Unset
        if isinstance(_cash_account, Unset):
            cash_account = UNSET
        else:
            cash_account = DtoValueOfString.from_dict(_cash_account)

        _dont_print = d.pop("dontPrint", UNSET)
        dont_print: DtoValueOfBoolean | Unset
        if isinstance(_dont_print, Unset):
            dont_print = UNSET
        else:
            dont_print = DtoValueOfBoolean.from_dict(_dont_print)

        _dont_email = d.pop("dontEmail", UNSET)
        dont_email: DtoValueOfBoolean | Unset
        if isinstance(_dont_email, Unset):
            dont_email = UNSET
        else:
            dont_email = DtoValueOfBoolean.from_dict(_dont_email)

        customer_invoice_update_dto = cls(
            payment_method_id=payment_method_id,
            credit_terms_id=credit_terms_id,
            currency_id=currency_id,
            customer_ref_number=customer_ref_number,
            cash_discount_date=cash_discount_date,
            document_due_date=document_due_date,
            external_reference=external_reference,
            customer_project=customer_project,
            exchange_rate=exchange_rate,
            domestic_services_deductible_document=domestic_services_deductible_document,
            rot_rut_details=rot_rut_details,
            payment_reference=payment_reference,
            contact=contact,
            project=project,
            tax_detail_lines=tax_detail_lines,
            invoice_lines=invoice_lines,
            send_to_auto_invoice=send_to_auto_invoice,
            customer_vat_zone_id=customer_vat_zone_id,
            billing_address=billing_address,
            invoice_contact=invoice_contact,
            start_date=start_date,
            end_date=end_date,
            accounting_cost_ref=accounting_cost_ref,
            originator_doc_ref=originator_doc_ref,
            contract_doc_ref=contract_doc_ref,
            revoked=revoked,
            override_number_series=override_number_series,
            direct_debit_mandate_id=direct_debit_mandate_id,
            exclude_debt_collection=exclude_debt_collection,
            debt_collection_case_nbr=debt_collection_case_nbr,
            debt_collection_case_status=debt_collection_case_status,
            debt_collection_case_type=debt_collection_case_type,
            debt_collection_case_url=debt_collection_case_url,
            reference_number=reference_number,
            customer_number=customer_number,
            child_customer_number=child_customer_number,
            consolidate_invoices=consolidate_invoices,
            document_date=document_date,
            orig_invoice_date=orig_invoice_date,
            hold=hold,
            post_period=post_period,
            financial_period=financial_period,
            invoice_text=invoice_text,
            location_id=location_id,
            sales_person_id=sales_person_id,
            salesperson=salesperson,
            note=note,
            branch_number=branch_number,
            cash_account=cash_account,
            dont_print=dont_print,
            dont_email=dont_email,
        )

        customer_invoice_update_dto.additional_properties = d
        return customer_invoice_update_dto

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
