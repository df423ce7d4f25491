from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.customer_credit_note_dto_document_type import (
    CustomerCreditNoteDtoDocumentType,
)
from ..models.customer_credit_note_dto_status import CustomerCreditNoteDtoStatus
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.account_in_customer_credit_note_dto import AccountInCustomerCreditNoteDto
    from ..models.ar_adjust_dto import ArAdjustDto
    from ..models.attachment_dto import AttachmentDto
    from ..models.branch_number_in_customer_credit_note_dto import BranchNumberInCustomerCreditNoteDto
    from ..models.child_record_dto import ChildRecordDto
    from ..models.contact_in_customer_credit_note_dto import ContactInCustomerCreditNoteDto
    from ..models.credit_terms_in_customer_credit_note_dto import CreditTermsInCustomerCreditNoteDto
    from ..models.customer_credit_note_line_dto import CustomerCreditNoteLineDto
    from ..models.customer_in_customer_credit_note_dto import CustomerInCustomerCreditNoteDto
    from ..models.customer_vat_zone_in_customer_credit_note_dto import CustomerVatZoneInCustomerCreditNoteDto
    from ..models.invoice_address_in_customer_credit_note_dto import InvoiceAddressInCustomerCreditNoteDto
    from ..models.invoice_contact_in_customer_credit_note_dto import InvoiceContactInCustomerCreditNoteDto
    from ..models.location_in_customer_credit_note_dto import LocationInCustomerCreditNoteDto
    from ..models.metadata_dto import MetadataDto
    from ..models.payment_method_in_customer_credit_note_dto import PaymentMethodInCustomerCreditNoteDto
    from ..models.project_in_customer_credit_note_dto import ProjectInCustomerCreditNoteDto
    from ..models.sales_person_in_customer_credit_note_dto import SalesPersonInCustomerCreditNoteDto
    from ..models.subaccount_in_customer_credit_note_dto import SubaccountInCustomerCreditNoteDto
    from ..models.tax_detail_dto import TaxDetailDto


T = TypeVar("T", bound="CustomerCreditNoteDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "credit_terms",
    "document_due_date",
    "cash_discount_date",
    "external_reference",
    "is_rot_rut_deductible",
    "exchange_rate",
    "dunning_letter_date",
    "dunning_letter_level",
    "contact",
    "attachments",
    "tax_details",
    "lines",
    "rounding_diff",
    "customer_vat_zone",
    "send_to_auto_invoice",
    "child_record",
    "hold",
    "discount_total",
    "discount_total_in_currency",
    "detail_total",
    "detail_total_in_currency",
    "vat_taxable_total",
    "vat_taxable_total_in_currency",
    "vat_exempt_total",
    "vat_exempt_total_in_currency",
    "sales_person_id",
    "sales_person_descr",
    "sales_person",
    "payment_reference",
    "invoice_address",
    "invoice_contact",
    "applications",
    "dont_print",
    "dont_email",
    "revoked",
    "customer",
    "document_type",
    "reference_number",
    "post_period",
    "financial_period",
    "closed_financial_period",
    "document_date",
    "orig_invoice_date",
    "status",
    "currency_id",
    "amount",
    "amount_in_currency",
    "balance",
    "balance_in_currency",
    "cash_discount",
    "cash_discount_in_currency",
    "payment_method",
    "customer_ref_number",
    "invoice_text",
    "last_modified_date_time",
    "created_date_time",
    "note",
    "vat_total",
    "vat_total_in_currency",
    "location",
    "branch_number",
    "cash_account",
    "project",
    "account",
    "subaccount",
    "customer_project",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class CustomerCreditNoteDto(GeneratedModel):
    """
    Attributes:
        credit_terms (CreditTermsInCustomerCreditNoteDto | Unset): The top part &gt; Terms* &gt; The credit terms used
            in relations with the customer.
        document_due_date (datetime.datetime | Unset): The top part &gt; Due date* &gt; The date when payment for the
            document is due, in accordance with the credit terms.
        cash_discount_date (datetime.datetime | Unset): The top part &gt; Cash discount date* &gt; The end date of the
            cash discount period, which the system calculates by using the credit terms.
        external_reference (str | Unset): The top part &gt; External reference &gt; The external reference used in
            AutoInvoice.
        is_rot_rut_deductible (bool | Unset): The top part &gt; Domestic services deductible document &gt; A check box
            indicating if the document is Rot/rut deductible (applicable for the Swedish markets)
        exchange_rate (float | Unset): The top part &gt; Currency &gt; The middle field, click the down arrow &gt;
            Exchange rate - To change the currency rate, click the arrow by the rate to invoke the Rate selection dialog
            box.
        dunning_letter_date (datetime.datetime | Unset): The Financial details tab &gt; The Dunning information section
            &gt; Dunning letter date &gt; The date of the last released dunning letter in which the document was listed.
        dunning_letter_level (int | Unset): The Financial details tab &gt; The Dunning information section &gt; Dunning
            level &gt; The dunning level of the document.
        contact (ContactInCustomerCreditNoteDto | Unset): The top part &gt; Contact &gt; The contact associated with the
            customer.
        attachments (list[AttachmentDto] | Unset):
        tax_details (list[TaxDetailDto] | Unset):
        lines (list[CustomerCreditNoteLineDto] | Unset):
        rounding_diff (float | Unset): The top part &gt; Rounding diff. &gt; The difference between the original amount
            and the rounded amount.
        customer_vat_zone (CustomerVatZoneInCustomerCreditNoteDto | Unset): The Financial details tab &gt; The VAT info
            section &gt; Customer VAT zone
        send_to_auto_invoice (bool | Unset): The Attachment tab &gt; Send the file to AutoInvoice &gt; The selected
            files will be attached to the invoice.
        child_record (ChildRecordDto | Unset):
        hold (bool | Unset): The top part &gt; Hold &gt; A check box that indicates (if selected) that the document is a
            draft. A document with the On Hold status may be edited and cannot be released.
        discount_total (float | Unset): The top part &gt; Discount total &gt; The document discount total.
        discount_total_in_currency (float | Unset): The top part &gt; Discount total &gt; The document discount total in
            your default currency. This field is applicable if the amount is given in a another currency than your default.
        detail_total (float | Unset): The top part &gt; Detail total &gt; The document total, which the system
            calculates for all line items in the Document details tab.
        detail_total_in_currency (float | Unset): Background calculation giving you the Detail total in your default
            currency. This field is applicable if the amount is given in a another currency than your default.
        vat_taxable_total (float | Unset): The top part &gt; VAT taxable total &gt; The document total that is subjected
            to VAT.
        vat_taxable_total_in_currency (float | Unset): Background calculation giving you the VAT taxable total in your
            default currency. This field is applicable if the amount is given in a another currency than your default.
        vat_exempt_total (float | Unset): The top part &gt; VAT exempt. total &gt; The document total that is exempt
            from VAT. This total is calculated as the taxable amount for the tax with the Include in VAT Exempt Total check
            box selected on the Taxes form.This box is available only if the VAT Reporting feature is enabled in your
            system.
        vat_exempt_total_in_currency (float | Unset): Background calculation giving you the VAT exempt. total in your
            default currency. This field is applicable if the amount is given in a another currency than your default.
        sales_person_id (int | Unset): The field is deprecated for customer document endpoints, please use SalesPerson
            instead
        sales_person_descr (str | Unset): The field is deprecated for customer document endpoints, please use
            SalesPerson instead
        sales_person (SalesPersonInCustomerCreditNoteDto | Unset): The document details tab &gt; Salesperson ID &gt; The
            salesperson involved.
        payment_reference (str | Unset): ///The top part &gt; Payment ref. &gt; The reference number of the document, as
            automatically generated by the system in accordance with the number series assigned to cash sales in the
            Customer ledger preferences window..
        invoice_address (InvoiceAddressInCustomerCreditNoteDto | Unset): The Invoice address tab &gt; The Invoice
            address section.
        invoice_contact (InvoiceContactInCustomerCreditNoteDto | Unset): The Invoice address tab &gt; The Invoice
            contact section.
        applications (list[ArAdjustDto] | Unset):
        dont_print (bool | Unset):
        dont_email (bool | Unset):
        revoked (bool | Unset):
        customer (CustomerInCustomerCreditNoteDto | Unset): The top part &gt; Customer &gt; The customer associated with
            the document.
        document_type (CustomerCreditNoteDtoDocumentType | Unset): The top part &gt; Type &gt; The document type. The
            following types are available: invoice, debit note, credit note, overdue charge, credit write-off
        reference_number (str | Unset): The Top part &gt; Ref. no. &gt; The reference number of the customer ledger
            document in the system.
        post_period (str | Unset): The top part &gt; Post period &gt; The period to which the document should be posted.
            Format YYYYMM.
        financial_period (str | Unset): The financial period to which the transactions recorded in the document should
            be posted. Format YYYYMM.
        closed_financial_period (str | Unset): Format YYYYMM.
        document_date (datetime.datetime | Unset): The top part &gt; Date* &gt; The date when the customer ledger
            document was created.
            By default, for a new document, it is the current business date, but you can change the date.
        orig_invoice_date (datetime.datetime | Unset): The top part &gt; Orig invoice date &gt; The date based on which
            the Due date and Cash discount date is calculated. Only used if setting "Use Orig Invoice Date" is active in AR
            Preferences.
            By default, for a new document, it is the current business date, but you can change the date.
        status (CustomerCreditNoteDtoStatus | Unset): The top part &gt; Status &gt; The status of the document, which
            can be one of the following: Hold, Balanced, Voided, Scheduled, Open, Closed, Pending print, Pending email.
        currency_id (str | Unset): The top part &gt; Currency &gt; The currency of the document. By default, it is the
            customer???s default currency,but it can be changed if the Allow Currency Override check box is selected in the
            AR303000 window.
        amount (float | Unset): The top part &gt; Amount &gt; The amount paid by the document. The value appears for new
            documents if the Validate document totals on entry check box is selected on the AR101000 window.
            If the check box is cleared, then the value appears when the document status is Open.
        amount_in_currency (float | Unset): Background calculation giving you the Amount in your default currency. This
            field is applicable if the amount is given in a another currency than your default.
        balance (float | Unset): The top part &gt; Balance &gt; For an open customer ledger document, the balance after
            any cash discount was taken.
            For a document used in the application process, this is the balance after the payments were applied.
        balance_in_currency (float | Unset): Background calculation giving you the Balance in your default currency.
            This field is applicable if the amount is given in a another currency than your default.
        cash_discount (float | Unset): The top part &gt; Cash discount &gt; The cash discount amount that has been or
            will be taken on the document, which the system calculates based on the specified credit terms.
        cash_discount_in_currency (float | Unset): Background calculation giving you the Cash discount in your default
            currency. This field is applicable if the amount is given in another currency than your default.
        payment_method (PaymentMethodInCustomerCreditNoteDto | Unset): The Financial details tab &gt; The Payment
            information section &gt; Payment method &gt; The identifier for the payment method that the customer will use to
            pay the document.
        customer_ref_number (str | Unset): The top part &gt; External reference &gt; The external reference used in
            AutoInvoice.
        invoice_text (str | Unset): The top part &gt; Invoice text &gt; Any user-provided description of the customer
            ledger document.
        last_modified_date_time (datetime.datetime | Unset): System generated field for last modification date/time of
            document.
        created_date_time (datetime.datetime | Unset): The Attachments tab &gt; Creation time &gt; The date the
            attachment was created.
        note (str | Unset): Icon Notes on top of the window &gt; Pop-up window for providing any user-defined text
            connected to the document.
        vat_total (float | Unset): The top part &gt; VAT total &gt; The VAT amount of the document, as defined on the
            VAT details tab.
        vat_total_in_currency (float | Unset): Background calculation giving you the VAT total in your default currency.
            This field is applicable if the amount is given in a another currency than your default.
        location (LocationInCustomerCreditNoteDto | Unset): The top part &gt; Location &gt; The location of the customer
            related to the document. By default, it is the default
            location of the selected customer or, if the invoice is created from an opportunity,
            it is the customer location specified for the opportunity.
        branch_number (BranchNumberInCustomerCreditNoteDto | Unset): The Financial details tab &gt; Branch &gt; The
            branch with which this invoice or memo is associated. The field is available if your company is set up with
            branches.
        cash_account (str | Unset): Financial details tab &gt; The payment information section &gt; Cash account &gt;
            The cash account associated with the payment method.
        project (ProjectInCustomerCreditNoteDto | Unset): The top part &gt; Project* &gt; The identifier and description
            of the project with which this document is associated, or the code indicating that this document is not
            associated with any project; the non-project code is specified in the Project accounting preferences (PM101000)
            window.
        account (AccountInCustomerCreditNoteDto | Unset): The Document details tab &gt;  Account * &gt; The sales
            account used for the transaction.
        subaccount (SubaccountInCustomerCreditNoteDto | Unset): The Document details tab &gt; Subaccount* &gt; The
            corresponding subaccount used for this transaction.
        customer_project (str | Unset): The top part &gt; Customer project no. &gt; The customer project no. used in
            AutoInvoice.
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    credit_terms: CreditTermsInCustomerCreditNoteDto | Unset | None = UNSET
    document_due_date: datetime.datetime | Unset | None = UNSET
    cash_discount_date: datetime.datetime | Unset | None = UNSET
    external_reference: str | Unset | None = UNSET
    is_rot_rut_deductible: bool | Unset | None = UNSET
    exchange_rate: float | Unset | None = UNSET
    dunning_letter_date: datetime.datetime | Unset | None = UNSET
    dunning_letter_level: int | Unset | None = UNSET
    contact: ContactInCustomerCreditNoteDto | Unset | None = UNSET
    attachments: list[AttachmentDto] | Unset | None = UNSET
    tax_details: list[TaxDetailDto] | Unset | None = UNSET
    lines: list[CustomerCreditNoteLineDto] | Unset | None = UNSET
    rounding_diff: float | Unset | None = UNSET
    customer_vat_zone: CustomerVatZoneInCustomerCreditNoteDto | Unset | None = UNSET
    send_to_auto_invoice: bool | Unset | None = UNSET
    child_record: ChildRecordDto | Unset | None = UNSET
    hold: bool | Unset | None = UNSET
    discount_total: float | Unset | None = UNSET
    discount_total_in_currency: float | Unset | None = UNSET
    detail_total: float | Unset | None = UNSET
    detail_total_in_currency: float | Unset | None = UNSET
    vat_taxable_total: float | Unset | None = UNSET
    vat_taxable_total_in_currency: float | Unset | None = UNSET
    vat_exempt_total: float | Unset | None = UNSET
    vat_exempt_total_in_currency: float | Unset | None = UNSET
    sales_person_id: int | Unset | None = UNSET
    sales_person_descr: str | Unset | None = UNSET
    sales_person: SalesPersonInCustomerCreditNoteDto | Unset | None = UNSET
    payment_reference: str | Unset | None = UNSET
    invoice_address: InvoiceAddressInCustomerCreditNoteDto | Unset | None = UNSET
    invoice_contact: InvoiceContactInCustomerCreditNoteDto | Unset | None = UNSET
    applications: list[ArAdjustDto] | Unset | None = UNSET
    dont_print: bool | Unset | None = UNSET
    dont_email: bool | Unset | None = UNSET
    revoked: bool | Unset | None = UNSET
    customer: CustomerInCustomerCreditNoteDto | Unset | None = UNSET
    document_type: CustomerCreditNoteDtoDocumentType | Unset | None = UNSET
    reference_number: str | Unset | None = UNSET
    post_period: str | Unset | None = UNSET
    financial_period: str | Unset | None = UNSET
    closed_financial_period: str | Unset | None = UNSET
    document_date: datetime.datetime | Unset | None = UNSET
    orig_invoice_date: datetime.datetime | Unset | None = UNSET
    status: CustomerCreditNoteDtoStatus | Unset | None = UNSET
    currency_id: str | Unset | None = UNSET
    amount: float | Unset | None = UNSET
    amount_in_currency: float | Unset | None = UNSET
    balance: float | Unset | None = UNSET
    balance_in_currency: float | Unset | None = UNSET
    cash_discount: float | Unset | None = UNSET
    cash_discount_in_currency: float | Unset | None = UNSET
    payment_method: PaymentMethodInCustomerCreditNoteDto | Unset | None = UNSET
    customer_ref_number: str | Unset | None = UNSET
    invoice_text: str | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    created_date_time: datetime.datetime | Unset | None = UNSET
    note: str | Unset | None = UNSET
    vat_total: float | Unset | None = UNSET
    vat_total_in_currency: float | Unset | None = UNSET
    location: LocationInCustomerCreditNoteDto | Unset | None = UNSET
    branch_number: BranchNumberInCustomerCreditNoteDto | Unset | None = UNSET
    cash_account: str | Unset | None = UNSET
    project: ProjectInCustomerCreditNoteDto | Unset | None = UNSET
    account: AccountInCustomerCreditNoteDto | Unset | None = UNSET
    subaccount: SubaccountInCustomerCreditNoteDto | Unset | None = UNSET
    customer_project: str | Unset | None = UNSET
    error_info: str | Unset | None = UNSET
    metadata: MetadataDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.credit_terms
        if _value is not UNSET:
            field_dict["creditTerms"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.document_due_date
        if _value is not UNSET:
            field_dict["documentDueDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.cash_discount_date
        if _value is not UNSET:
            field_dict["cashDiscountDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.external_reference
        if _value is not UNSET:
            field_dict["externalReference"] = _value
        _value = self.is_rot_rut_deductible
        if _value is not UNSET:
            field_dict["isRotRutDeductible"] = _value
        _value = self.exchange_rate
        if _value is not UNSET:
            field_dict["exchangeRate"] = _value
        _value = self.dunning_letter_date
        if _value is not UNSET:
            field_dict["dunningLetterDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.dunning_letter_level
        if _value is not UNSET:
            field_dict["dunningLetterLevel"] = _value
        _value = self.contact
        if _value is not UNSET:
            field_dict["contact"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
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
        _value = self.rounding_diff
        if _value is not UNSET:
            field_dict["roundingDiff"] = _value
        _value = self.customer_vat_zone
        if _value is not UNSET:
            field_dict["customerVatZone"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.send_to_auto_invoice
        if _value is not UNSET:
            field_dict["sendToAutoInvoice"] = _value
        _value = self.child_record
        if _value is not UNSET:
            field_dict["childRecord"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.hold
        if _value is not UNSET:
            field_dict["hold"] = _value
        _value = self.discount_total
        if _value is not UNSET:
            field_dict["discountTotal"] = _value
        _value = self.discount_total_in_currency
        if _value is not UNSET:
            field_dict["discountTotalInCurrency"] = _value
        _value = self.detail_total
        if _value is not UNSET:
            field_dict["detailTotal"] = _value
        _value = self.detail_total_in_currency
        if _value is not UNSET:
            field_dict["detailTotalInCurrency"] = _value
        _value = self.vat_taxable_total
        if _value is not UNSET:
            field_dict["vatTaxableTotal"] = _value
        _value = self.vat_taxable_total_in_currency
        if _value is not UNSET:
            field_dict["vatTaxableTotalInCurrency"] = _value
        _value = self.vat_exempt_total
        if _value is not UNSET:
            field_dict["vatExemptTotal"] = _value
        _value = self.vat_exempt_total_in_currency
        if _value is not UNSET:
            field_dict["vatExemptTotalInCurrency"] = _value
        _value = self.sales_person_id
        if _value is not UNSET:
            field_dict["salesPersonID"] = _value
        _value = self.sales_person_descr
        if _value is not UNSET:
            field_dict["salesPersonDescr"] = _value
        _value = self.sales_person
        if _value is not UNSET:
            field_dict["salesPerson"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.payment_reference
        if _value is not UNSET:
            field_dict["paymentReference"] = _value
        _value = self.invoice_address
        if _value is not UNSET:
            field_dict["invoiceAddress"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.invoice_contact
        if _value is not UNSET:
            field_dict["invoiceContact"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.applications
        if _value is not UNSET:
            field_dict["applications"] = (
                [
                    applications_item_data.to_dict()
                    if isinstance(applications_item_data, GeneratedModel)
                    else applications_item_data
                    for applications_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.dont_print
        if _value is not UNSET:
            field_dict["dontPrint"] = _value
        _value = self.dont_email
        if _value is not UNSET:
            field_dict["dontEmail"] = _value
        _value = self.revoked
        if _value is not UNSET:
            field_dict["revoked"] = _value
        _value = self.customer
        if _value is not UNSET:
            field_dict["customer"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.document_type
        if _value is not UNSET:
            field_dict["documentType"] = _value
        _value = self.reference_number
        if _value is not UNSET:
            field_dict["referenceNumber"] = _value
        _value = self.post_period
        if _value is not UNSET:
            field_dict["postPeriod"] = _value
        _value = self.financial_period
        if _value is not UNSET:
            field_dict["financialPeriod"] = _value
        _value = self.closed_financial_period
        if _value is not UNSET:
            field_dict["closedFinancialPeriod"] = _value
        _value = self.document_date
        if _value is not UNSET:
            field_dict["documentDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.orig_invoice_date
        if _value is not UNSET:
            field_dict["origInvoiceDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.status
        if _value is not UNSET:
            field_dict["status"] = _value
        _value = self.currency_id
        if _value is not UNSET:
            field_dict["currencyId"] = _value
        _value = self.amount
        if _value is not UNSET:
            field_dict["amount"] = _value
        _value = self.amount_in_currency
        if _value is not UNSET:
            field_dict["amountInCurrency"] = _value
        _value = self.balance
        if _value is not UNSET:
            field_dict["balance"] = _value
        _value = self.balance_in_currency
        if _value is not UNSET:
            field_dict["balanceInCurrency"] = _value
        _value = self.cash_discount
        if _value is not UNSET:
            field_dict["cashDiscount"] = _value
        _value = self.cash_discount_in_currency
        if _value is not UNSET:
            field_dict["cashDiscountInCurrency"] = _value
        _value = self.payment_method
        if _value is not UNSET:
            field_dict["paymentMethod"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.customer_ref_number
        if _value is not UNSET:
            field_dict["customerRefNumber"] = _value
        _value = self.invoice_text
        if _value is not UNSET:
            field_dict["invoiceText"] = _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.created_date_time
        if _value is not UNSET:
            field_dict["createdDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.note
        if _value is not UNSET:
            field_dict["note"] = _value
        _value = self.vat_total
        if _value is not UNSET:
            field_dict["vatTotal"] = _value
        _value = self.vat_total_in_currency
        if _value is not UNSET:
            field_dict["vatTotalInCurrency"] = _value
        _value = self.location
        if _value is not UNSET:
            field_dict["location"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.branch_number
        if _value is not UNSET:
            field_dict["branchNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.cash_account
        if _value is not UNSET:
            field_dict["cashAccount"] = _value
        _value = self.project
        if _value is not UNSET:
            field_dict["project"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.account
        if _value is not UNSET:
            field_dict["account"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.subaccount
        if _value is not UNSET:
            field_dict["subaccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.customer_project
        if _value is not UNSET:
            field_dict["customerProject"] = _value
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
        if cls is not CustomerCreditNoteDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("creditTerms", UNSET)
        self.credit_terms = (
            _models.CreditTermsInCustomerCreditNoteDto._vn_fill(
                _new(_models.CreditTermsInCustomerCreditNoteDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("documentDueDate", UNSET)
        self.document_due_date = _parse_datetime(_value)
        _value = _rest.pop("cashDiscountDate", UNSET)
        self.cash_discount_date = _parse_datetime(_value)
        self.external_reference = _rest.pop("externalReference", UNSET)
        self.is_rot_rut_deductible = _rest.pop("isRotRutDeductible", UNSET)
        self.exchange_rate = _rest.pop("exchangeRate", UNSET)
        _value = _rest.pop("dunningLetterDate", UNSET)
        self.dunning_letter_date = _parse_datetime(_value)
        self.dunning_letter_level = _rest.pop("dunningLetterLevel", UNSET)
        _value = _rest.pop("contact", UNSET)
        self.contact = (
            _models.ContactInCustomerCreditNoteDto._vn_fill(_new(_models.ContactInCustomerCreditNoteDto), _value)
            if isinstance(_value, dict)
            else _value
        )
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
        _value = _rest.pop("lines", UNSET)
        self.lines = (
            [
                _models.CustomerCreditNoteLineDto._vn_fill(_new(_models.CustomerCreditNoteLineDto), lines_item_data)
                if isinstance(lines_item_data, dict)
                else lines_item_data
                for lines_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        self.rounding_diff = _rest.pop("roundingDiff", UNSET)
        _value = _rest.pop("customerVatZone", UNSET)
        self.customer_vat_zone = (
            _models.CustomerVatZoneInCustomerCreditNoteDto._vn_fill(
                _new(_models.CustomerVatZoneInCustomerCreditNoteDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        self.send_to_auto_invoice = _rest.pop("sendToAutoInvoice", UNSET)
        _value = _rest.pop("childRecord", UNSET)
        self.child_record = (
            _models.ChildRecordDto._vn_fill(_new(_models.ChildRecordDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.hold = _rest.pop("hold", UNSET)
        self.discount_total = _rest.pop("discountTotal", UNSET)
        self.discount_total_in_currency = _rest.pop("discountTotalInCurrency", UNSET)
        self.detail_total = _rest.pop("detailTotal", UNSET)
        self.detail_total_in_currency = _rest.pop("detailTotalInCurrency", UNSET)
        self.vat_taxable_total = _rest.pop("vatTaxableTotal", UNSET)
        self.vat_taxable_total_in_currency = _rest.pop("vatTaxableTotalInCurrency", UNSET)
        self.vat_exempt_total = _rest.pop("vatExemptTotal", UNSET)
        self.vat_exempt_total_in_currency = _rest.pop("vatExemptTotalInCurrency", UNSET)
        self.sales_person_id = _rest.pop("salesPersonID", UNSET)
        self.sales_person_descr = _rest.pop("salesPersonDescr", UNSET)
        _value = _rest.pop("salesPerson", UNSET)
        self.sales_person = (
            _models.SalesPersonInCustomerCreditNoteDto._vn_fill(
                _new(_models.SalesPersonInCustomerCreditNoteDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        self.payment_reference = _rest.pop("paymentReference", UNSET)
        _value = _rest.pop("invoiceAddress", UNSET)
        self.invoice_address = (
            _models.InvoiceAddressInCustomerCreditNoteDto._vn_fill(
                _new(_models.InvoiceAddressInCustomerCreditNoteDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("invoiceContact", UNSET)
        self.invoice_contact = (
            _models.InvoiceContactInCustomerCreditNoteDto._vn_fill(
                _new(_models.InvoiceContactInCustomerCreditNoteDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("applications", UNSET)
        self.applications = (
            [
                _models.ArAdjustDto._vn_fill(_new(_models.ArAdjustDto), applications_item_data)
                if isinstance(applications_item_data, dict)
                else applications_item_data
                for applications_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        self.dont_print = _rest.pop("dontPrint", UNSET)
        self.dont_email = _rest.pop("dontEmail", UNSET)
        self.revoked = _rest.pop("revoked", UNSET)
        _value = _rest.pop("customer", UNSET)
        self.customer = (
            _models.CustomerInCustomerCreditNoteDto._vn_fill(_new(_models.CustomerInCustomerCreditNoteDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.document_type = _rest.pop("documentType", UNSET)
        self.reference_number = _rest.pop("referenceNumber", UNSET)
        self.post_period = _rest.pop("postPeriod", UNSET)
        self.financial_period = _rest.pop("financialPeriod", UNSET)
        self.closed_financial_period = _rest.pop("closedFinancialPeriod", UNSET)
        _value = _rest.pop("documentDate", UNSET)
        self.document_date = _parse_datetime(_value)
        _value = _rest.pop("origInvoiceDate", UNSET)
        self.orig_invoice_date = _parse_datetime(_value)
        self.status = _rest.pop("status", UNSET)
        self.currency_id = _rest.pop("currencyId", UNSET)
        self.amount = _rest.pop("amount", UNSET)
        self.amount_in_currency = _rest.pop("amountInCurrency", UNSET)
        self.balance = _rest.pop("balance", UNSET)
        self.balance_in_currency = _rest.pop("balanceInCurrency", UNSET)
        self.cash_discount = _rest.pop("cashDiscount", UNSET)
        self.cash_discount_in_currency = _rest.pop("cashDiscountInCurrency", UNSET)
        _value = _rest.pop("paymentMethod", UNSET)
        self.payment_method = (
            _models.PaymentMethodInCustomerCreditNoteDto._vn_fill(
                _new(_models.PaymentMethodInCustomerCreditNoteDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        self.customer_ref_number = _rest.pop("customerRefNumber", UNSET)
        self.invoice_text = _rest.pop("invoiceText", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        _value = _rest.pop("createdDateTime", UNSET)
        self.created_date_time = _parse_datetime(_value)
        self.note = _rest.pop("note", UNSET)
        self.vat_total = _rest.pop("vatTotal", UNSET)
        self.vat_total_in_currency = _rest.pop("vatTotalInCurrency", UNSET)
        _value = _rest.pop("location", UNSET)
        self.location = (
            _models.LocationInCustomerCreditNoteDto._vn_fill(_new(_models.LocationInCustomerCreditNoteDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("branchNumber", UNSET)
        self.branch_number = (
            _models.BranchNumberInCustomerCreditNoteDto._vn_fill(
                _new(_models.BranchNumberInCustomerCreditNoteDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        self.cash_account = _rest.pop("cashAccount", UNSET)
        _value = _rest.pop("project", UNSET)
        self.project = (
            _models.ProjectInCustomerCreditNoteDto._vn_fill(_new(_models.ProjectInCustomerCreditNoteDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("account", UNSET)
        self.account = (
            _models.AccountInCustomerCreditNoteDto._vn_fill(_new(_models.AccountInCustomerCreditNoteDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("subaccount", UNSET)
        self.subaccount = (
            _models.SubaccountInCustomerCreditNoteDto._vn_fill(_new(_models.SubaccountInCustomerCreditNoteDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.customer_project = _rest.pop("customerProject", UNSET)
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
        ("credit_terms", "creditTerms", False, ("model", "CreditTermsInCustomerCreditNoteDto")),
        ("document_due_date", "documentDueDate", False, "datetime"),
        ("cash_discount_date", "cashDiscountDate", False, "datetime"),
        ("external_reference", "externalReference", False, "str"),
        ("is_rot_rut_deductible", "isRotRutDeductible", False, "bool"),
        ("exchange_rate", "exchangeRate", False, "float"),
        ("dunning_letter_date", "dunningLetterDate", False, "datetime"),
        ("dunning_letter_level", "dunningLetterLevel", False, "int"),
        ("contact", "contact", False, ("model", "ContactInCustomerCreditNoteDto")),
        ("attachments", "attachments", False, ("list", ("model", "AttachmentDto"))),
        ("tax_details", "taxDetails", False, ("list", ("model", "TaxDetailDto"))),
        ("lines", "lines", False, ("list", ("model", "CustomerCreditNoteLineDto"))),
        ("rounding_diff", "roundingDiff", False, "float"),
        ("customer_vat_zone", "customerVatZone", False, ("model", "CustomerVatZoneInCustomerCreditNoteDto")),
        ("send_to_auto_invoice", "sendToAutoInvoice", False, "bool"),
        ("child_record", "childRecord", False, ("model", "ChildRecordDto")),
        ("hold", "hold", False, "bool"),
        ("discount_total", "discountTotal", False, "float"),
        ("discount_total_in_currency", "discountTotalInCurrency", False, "float"),
        ("detail_total", "detailTotal", False, "float"),
        ("detail_total_in_currency", "detailTotalInCurrency", False, "float"),
        ("vat_taxable_total", "vatTaxableTotal", False, "float"),
        ("vat_taxable_total_in_currency", "vatTaxableTotalInCurrency", False, "float"),
        ("vat_exempt_total", "vatExemptTotal", False, "float"),
        ("vat_exempt_total_in_currency", "vatExemptTotalInCurrency", False, "float"),
        ("sales_person_id", "salesPersonID", False, "int"),
        ("sales_person_descr", "salesPersonDescr", False, "str"),
        ("sales_person", "salesPerson", False, ("model", "SalesPersonInCustomerCreditNoteDto")),
        ("payment_reference", "paymentReference", False, "str"),
        ("invoice_address", "invoiceAddress", False, ("model", "InvoiceAddressInCustomerCreditNoteDto")),
        ("invoice_contact", "invoiceContact", False, ("model", "InvoiceContactInCustomerCreditNoteDto")),
        ("applications", "applications", False, ("list", ("model", "ArAdjustDto"))),
        ("dont_print", "dontPrint", False, "bool"),
        ("dont_email", "dontEmail", False, "bool"),
        ("revoked", "revoked", False, "bool"),
        ("customer", "customer", False, ("model", "CustomerInCustomerCreditNoteDto")),
        ("document_type", "documentType", False, "str"),
        ("reference_number", "referenceNumber", False, "str"),
        ("post_period", "postPeriod", False, "str"),
        ("financial_period", "financialPeriod", False, "str"),
        ("closed_financial_period", "closedFinancialPeriod", False, "str"),
        ("document_date", "documentDate", False, "datetime"),
        ("orig_invoice_date", "origInvoiceDate", False, "datetime"),
        ("status", "status", False, "str"),
        ("currency_id", "currencyId", False, "str"),
        ("amount", "amount", False, "float"),
        ("amount_in_currency", "amountInCurrency", False, "float"),
        ("balance", "balance", False, "float"),
        ("balance_in_currency", "balanceInCurrency", False, "float"),
        ("cash_discount", "cashDiscount", False, "float"),
        ("cash_discount_in_currency", "cashDiscountInCurrency", False, "float"),
        ("payment_method", "paymentMethod", False, ("model", "PaymentMethodInCustomerCreditNoteDto")),
        ("customer_ref_number", "customerRefNumber", False, "str"),
        ("invoice_text", "invoiceText", False, "str"),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
        ("created_date_time", "createdDateTime", False, "datetime"),
        ("note", "note", False, "str"),
        ("vat_total", "vatTotal", False, "float"),
        ("vat_total_in_currency", "vatTotalInCurrency", False, "float"),
        ("location", "location", False, ("model", "LocationInCustomerCreditNoteDto")),
        ("branch_number", "branchNumber", False, ("model", "BranchNumberInCustomerCreditNoteDto")),
        ("cash_account", "cashAccount", False, "str"),
        ("project", "project", False, ("model", "ProjectInCustomerCreditNoteDto")),
        ("account", "account", False, ("model", "AccountInCustomerCreditNoteDto")),
        ("subaccount", "subaccount", False, ("model", "SubaccountInCustomerCreditNoteDto")),
        ("customer_project", "customerProject", False, "str"),
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


_Lazy = _lazy_twin(CustomerCreditNoteDto)
