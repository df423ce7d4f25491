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
from ..types import UNSET, Unset

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
class CustomerCreditNoteDto:
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

    credit_terms: CreditTermsInCustomerCreditNoteDto | Unset = UNSET
    document_due_date: datetime.datetime | Unset = UNSET
    cash_discount_date: datetime.datetime | Unset = UNSET
    external_reference: str | Unset = UNSET
    is_rot_rut_deductible: bool | Unset = UNSET
    exchange_rate: float | Unset = UNSET
    dunning_letter_date: datetime.datetime | Unset = UNSET
    dunning_letter_level: int | Unset = UNSET
    contact: ContactInCustomerCreditNoteDto | Unset = UNSET
    attachments: list[AttachmentDto] | Unset = UNSET
    tax_details: list[TaxDetailDto] | Unset = UNSET
    lines: list[CustomerCreditNoteLineDto] | Unset = UNSET
    rounding_diff: float | Unset = UNSET
    customer_vat_zone: CustomerVatZoneInCustomerCreditNoteDto | Unset = UNSET
    send_to_auto_invoice: bool | Unset = UNSET
    child_record: ChildRecordDto | Unset = UNSET
    hold: bool | Unset = UNSET
    discount_total: float | Unset = UNSET
    discount_total_in_currency: float | Unset = UNSET
    detail_total: float | Unset = UNSET
    detail_total_in_currency: float | Unset = UNSET
    vat_taxable_total: float | Unset = UNSET
    vat_taxable_total_in_currency: float | Unset = UNSET
    vat_exempt_total: float | Unset = UNSET
    vat_exempt_total_in_currency: float | Unset = UNSET
    sales_person_id: int | Unset = UNSET
    sales_person_descr: str | Unset = UNSET
    sales_person: SalesPersonInCustomerCreditNoteDto | Unset = UNSET
    payment_reference: str | Unset = UNSET
    invoice_address: InvoiceAddressInCustomerCreditNoteDto | Unset = UNSET
    invoice_contact: InvoiceContactInCustomerCreditNoteDto | Unset = UNSET
    applications: list[ArAdjustDto] | Unset = UNSET
    dont_print: bool | Unset = UNSET
    dont_email: bool | Unset = UNSET
    revoked: bool | Unset = UNSET
    customer: CustomerInCustomerCreditNoteDto | Unset = UNSET
    document_type: CustomerCreditNoteDtoDocumentType | Unset = UNSET
    reference_number: str | Unset = UNSET
    post_period: str | Unset = UNSET
    financial_period: str | Unset = UNSET
    closed_financial_period: str | Unset = UNSET
    document_date: datetime.datetime | Unset = UNSET
    orig_invoice_date: datetime.datetime | Unset = UNSET
    status: CustomerCreditNoteDtoStatus | Unset = UNSET
    currency_id: str | Unset = UNSET
    amount: float | Unset = UNSET
    amount_in_currency: float | Unset = UNSET
    balance: float | Unset = UNSET
    balance_in_currency: float | Unset = UNSET
    cash_discount: float | Unset = UNSET
    cash_discount_in_currency: float | Unset = UNSET
    payment_method: PaymentMethodInCustomerCreditNoteDto | Unset = UNSET
    customer_ref_number: str | Unset = UNSET
    invoice_text: str | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    created_date_time: datetime.datetime | Unset = UNSET
    note: str | Unset = UNSET
    vat_total: float | Unset = UNSET
    vat_total_in_currency: float | Unset = UNSET
    location: LocationInCustomerCreditNoteDto | Unset = UNSET
    branch_number: BranchNumberInCustomerCreditNoteDto | Unset = UNSET
    cash_account: str | Unset = UNSET
    project: ProjectInCustomerCreditNoteDto | Unset = UNSET
    account: AccountInCustomerCreditNoteDto | Unset = UNSET
    subaccount: SubaccountInCustomerCreditNoteDto | Unset = UNSET
    customer_project: str | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credit_terms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_terms, Unset):
            credit_terms = self.credit_terms.to_dict()

        document_due_date: str | Unset = UNSET
        if not isinstance(self.document_due_date, Unset):
            document_due_date = self.document_due_date.isoformat()

        cash_discount_date: str | Unset = UNSET
        if not isinstance(self.cash_discount_date, Unset):
            cash_discount_date = self.cash_discount_date.isoformat()

        external_reference = self.external_reference

        is_rot_rut_deductible = self.is_rot_rut_deductible

        exchange_rate = self.exchange_rate

        dunning_letter_date: str | Unset = UNSET
        if not isinstance(self.dunning_letter_date, Unset):
            dunning_letter_date = self.dunning_letter_date.isoformat()

        dunning_letter_level = self.dunning_letter_level

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        tax_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_details, Unset):
            tax_details = []
            for tax_details_item_data in self.tax_details:
                tax_details_item = tax_details_item_data.to_dict()
                tax_details.append(tax_details_item)

        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        rounding_diff = self.rounding_diff

        customer_vat_zone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_vat_zone, Unset):
            customer_vat_zone = self.customer_vat_zone.to_dict()

        send_to_auto_invoice = self.send_to_auto_invoice

        child_record: dict[str, Any] | Unset = UNSET
        if not isinstance(self.child_record, Unset):
            child_record = self.child_record.to_dict()

        hold = self.hold

        discount_total = self.discount_total

        discount_total_in_currency = self.discount_total_in_currency

        detail_total = self.detail_total

        detail_total_in_currency = self.detail_total_in_currency

        vat_taxable_total = self.vat_taxable_total

        vat_taxable_total_in_currency = self.vat_taxable_total_in_currency

        vat_exempt_total = self.vat_exempt_total

        vat_exempt_total_in_currency = self.vat_exempt_total_in_currency

        sales_person_id = self.sales_person_id

        sales_person_descr = self.sales_person_descr

        sales_person: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_person, Unset):
            sales_person = self.sales_person.to_dict()

        payment_reference = self.payment_reference

        invoice_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_address, Unset):
            invoice_address = self.invoice_address.to_dict()

        invoice_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_contact, Unset):
            invoice_contact = self.invoice_contact.to_dict()

        applications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.applications, Unset):
            applications = []
            for applications_item_data in self.applications:
                applications_item = applications_item_data.to_dict()
                applications.append(applications_item)

        dont_print = self.dont_print

        dont_email = self.dont_email

        revoked = self.revoked

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        document_type: str | Unset = UNSET
        if not isinstance(self.document_type, Unset):
            document_type = self.document_type

        reference_number = self.reference_number

        post_period = self.post_period

        financial_period = self.financial_period

        closed_financial_period = self.closed_financial_period

        document_date: str | Unset = UNSET
        if not isinstance(self.document_date, Unset):
            document_date = self.document_date.isoformat()

        orig_invoice_date: str | Unset = UNSET
        if not isinstance(self.orig_invoice_date, Unset):
            orig_invoice_date = self.orig_invoice_date.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        currency_id = self.currency_id

        amount = self.amount

        amount_in_currency = self.amount_in_currency

        balance = self.balance

        balance_in_currency = self.balance_in_currency

        cash_discount = self.cash_discount

        cash_discount_in_currency = self.cash_discount_in_currency

        payment_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.to_dict()

        customer_ref_number = self.customer_ref_number

        invoice_text = self.invoice_text

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        created_date_time: str | Unset = UNSET
        if not isinstance(self.created_date_time, Unset):
            created_date_time = self.created_date_time.isoformat()

        note = self.note

        vat_total = self.vat_total

        vat_total_in_currency = self.vat_total_in_currency

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        branch_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch_number, Unset):
            branch_number = self.branch_number.to_dict()

        cash_account = self.cash_account

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        subaccount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subaccount, Unset):
            subaccount = self.subaccount.to_dict()

        customer_project = self.customer_project

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credit_terms is not UNSET:
            field_dict["creditTerms"] = credit_terms
        if document_due_date is not UNSET:
            field_dict["documentDueDate"] = document_due_date
        if cash_discount_date is not UNSET:
            field_dict["cashDiscountDate"] = cash_discount_date
        if external_reference is not UNSET:
            field_dict["externalReference"] = external_reference
        if is_rot_rut_deductible is not UNSET:
            field_dict["isRotRutDeductible"] = is_rot_rut_deductible
        if exchange_rate is not UNSET:
            field_dict["exchangeRate"] = exchange_rate
        if dunning_letter_date is not UNSET:
            field_dict["dunningLetterDate"] = dunning_letter_date
        if dunning_letter_level is not UNSET:
            field_dict["dunningLetterLevel"] = dunning_letter_level
        if contact is not UNSET:
            field_dict["contact"] = contact
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if tax_details is not UNSET:
            field_dict["taxDetails"] = tax_details
        if lines is not UNSET:
            field_dict["lines"] = lines
        if rounding_diff is not UNSET:
            field_dict["roundingDiff"] = rounding_diff
        if customer_vat_zone is not UNSET:
            field_dict["customerVatZone"] = customer_vat_zone
        if send_to_auto_invoice is not UNSET:
            field_dict["sendToAutoInvoice"] = send_to_auto_invoice
        if child_record is not UNSET:
            field_dict["childRecord"] = child_record
        if hold is not UNSET:
            field_dict["hold"] = hold
        if discount_total is not UNSET:
            field_dict["discountTotal"] = discount_total
        if discount_total_in_currency is not UNSET:
            field_dict["discountTotalInCurrency"] = discount_total_in_currency
        if detail_total is not UNSET:
            field_dict["detailTotal"] = detail_total
        if detail_total_in_currency is not UNSET:
            field_dict["detailTotalInCurrency"] = detail_total_in_currency
        if vat_taxable_total is not UNSET:
            field_dict["vatTaxableTotal"] = vat_taxable_total
        if vat_taxable_total_in_currency is not UNSET:
            field_dict["vatTaxableTotalInCurrency"] = vat_taxable_total_in_currency
        if vat_exempt_total is not UNSET:
            field_dict["vatExemptTotal"] = vat_exempt_total
        if vat_exempt_total_in_currency is not UNSET:
            field_dict["vatExemptTotalInCurrency"] = vat_exempt_total_in_currency
        if sales_person_id is not UNSET:
            field_dict["salesPersonID"] = sales_person_id
        if sales_person_descr is not UNSET:
            field_dict["salesPersonDescr"] = sales_person_descr
        if sales_person is not UNSET:
            field_dict["salesPerson"] = sales_person
        if payment_reference is not UNSET:
            field_dict["paymentReference"] = payment_reference
        if invoice_address is not UNSET:
            field_dict["invoiceAddress"] = invoice_address
        if invoice_contact is not UNSET:
            field_dict["invoiceContact"] = invoice_contact
        if applications is not UNSET:
            field_dict["applications"] = applications
        if dont_print is not UNSET:
            field_dict["dontPrint"] = dont_print
        if dont_email is not UNSET:
            field_dict["dontEmail"] = dont_email
        if revoked is not UNSET:
            field_dict["revoked"] = revoked
        if customer is not UNSET:
            field_dict["customer"] = customer
        if document_type is not UNSET:
            field_dict["documentType"] = document_type
        if reference_number is not UNSET:
            field_dict["referenceNumber"] = reference_number
        if post_period is not UNSET:
            field_dict["postPeriod"] = post_period
        if financial_period is not UNSET:
            field_dict["financialPeriod"] = financial_period
        if closed_financial_period is not UNSET:
            field_dict["closedFinancialPeriod"] = closed_financial_period
        if document_date is not UNSET:
            field_dict["documentDate"] = document_date
        if orig_invoice_date is not UNSET:
            field_dict["origInvoiceDate"] = orig_invoice_date
        if status is not UNSET:
            field_dict["status"] = status
        if currency_id is not UNSET:
            field_dict["currencyId"] = currency_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if amount_in_currency is not UNSET:
            field_dict["amountInCurrency"] = amount_in_currency
        if balance is not UNSET:
            field_dict["balance"] = balance
        if balance_in_currency is not UNSET:
            field_dict["balanceInCurrency"] = balance_in_currency
        if cash_discount is not UNSET:
            field_dict["cashDiscount"] = cash_discount
        if cash_discount_in_currency is not UNSET:
            field_dict["cashDiscountInCurrency"] = cash_discount_in_currency
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method
        if customer_ref_number is not UNSET:
            field_dict["customerRefNumber"] = customer_ref_number
        if invoice_text is not UNSET:
            field_dict["invoiceText"] = invoice_text
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if created_date_time is not UNSET:
            field_dict["createdDateTime"] = created_date_time
        if note is not UNSET:
            field_dict["note"] = note
        if vat_total is not UNSET:
            field_dict["vatTotal"] = vat_total
        if vat_total_in_currency is not UNSET:
            field_dict["vatTotalInCurrency"] = vat_total_in_currency
        if location is not UNSET:
            field_dict["location"] = location
        if branch_number is not UNSET:
            field_dict["branchNumber"] = branch_number
        if cash_account is not UNSET:
            field_dict["cashAccount"] = cash_account
        if project is not UNSET:
            field_dict["project"] = project
        if account is not UNSET:
            field_dict["account"] = account
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if customer_project is not UNSET:
            field_dict["customerProject"] = customer_project
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
        _value = _rest.pop("creditTerms", UNSET)
        _instance.credit_terms = (
            UNSET if _value is UNSET else _models.CreditTermsInCustomerCreditNoteDto.from_dict(_value)
        )
        _value = _rest.pop("documentDueDate", UNSET)
        _instance.document_due_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("cashDiscountDate", UNSET)
        _instance.cash_discount_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.external_reference = _rest.pop("externalReference", UNSET)
        _instance.is_rot_rut_deductible = _rest.pop("isRotRutDeductible", UNSET)
        _instance.exchange_rate = _rest.pop("exchangeRate", UNSET)
        _value = _rest.pop("dunningLetterDate", UNSET)
        _instance.dunning_letter_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.dunning_letter_level = _rest.pop("dunningLetterLevel", UNSET)
        _value = _rest.pop("contact", UNSET)
        _instance.contact = UNSET if _value is UNSET else _models.ContactInCustomerCreditNoteDto.from_dict(_value)
        _value = _rest.pop("attachments", UNSET)
        _instance.attachments = (
            UNSET
            if _value is UNSET
            else [_models.AttachmentDto.from_dict(attachments_item_data) for attachments_item_data in _value]
        )
        _value = _rest.pop("taxDetails", UNSET)
        _instance.tax_details = (
            UNSET
            if _value is UNSET
            else [_models.TaxDetailDto.from_dict(tax_details_item_data) for tax_details_item_data in _value]
        )
        _value = _rest.pop("lines", UNSET)
        _instance.lines = (
            UNSET
            if _value is UNSET
            else [_models.CustomerCreditNoteLineDto.from_dict(lines_item_data) for lines_item_data in _value]
        )
        _instance.rounding_diff = _rest.pop("roundingDiff", UNSET)
        _value = _rest.pop("customerVatZone", UNSET)
        _instance.customer_vat_zone = (
            UNSET if _value is UNSET else _models.CustomerVatZoneInCustomerCreditNoteDto.from_dict(_value)
        )
        _instance.send_to_auto_invoice = _rest.pop("sendToAutoInvoice", UNSET)
        _value = _rest.pop("childRecord", UNSET)
        _instance.child_record = UNSET if _value is UNSET else _models.ChildRecordDto.from_dict(_value)
        _instance.hold = _rest.pop("hold", UNSET)
        _instance.discount_total = _rest.pop("discountTotal", UNSET)
        _instance.discount_total_in_currency = _rest.pop("discountTotalInCurrency", UNSET)
        _instance.detail_total = _rest.pop("detailTotal", UNSET)
        _instance.detail_total_in_currency = _rest.pop("detailTotalInCurrency", UNSET)
        _instance.vat_taxable_total = _rest.pop("vatTaxableTotal", UNSET)
        _instance.vat_taxable_total_in_currency = _rest.pop("vatTaxableTotalInCurrency", UNSET)
        _instance.vat_exempt_total = _rest.pop("vatExemptTotal", UNSET)
        _instance.vat_exempt_total_in_currency = _rest.pop("vatExemptTotalInCurrency", UNSET)
        _instance.sales_person_id = _rest.pop("salesPersonID", UNSET)
        _instance.sales_person_descr = _rest.pop("salesPersonDescr", UNSET)
        _value = _rest.pop("salesPerson", UNSET)
        _instance.sales_person = (
            UNSET if _value is UNSET else _models.SalesPersonInCustomerCreditNoteDto.from_dict(_value)
        )
        _instance.payment_reference = _rest.pop("paymentReference", UNSET)
        _value = _rest.pop("invoiceAddress", UNSET)
        _instance.invoice_address = (
            UNSET if _value is UNSET else _models.InvoiceAddressInCustomerCreditNoteDto.from_dict(_value)
        )
        _value = _rest.pop("invoiceContact", UNSET)
        _instance.invoice_contact = (
            UNSET if _value is UNSET else _models.InvoiceContactInCustomerCreditNoteDto.from_dict(_value)
        )
        _value = _rest.pop("applications", UNSET)
        _instance.applications = (
            UNSET
            if _value is UNSET
            else [_models.ArAdjustDto.from_dict(applications_item_data) for applications_item_data in _value]
        )
        _instance.dont_print = _rest.pop("dontPrint", UNSET)
        _instance.dont_email = _rest.pop("dontEmail", UNSET)
        _instance.revoked = _rest.pop("revoked", UNSET)
        _value = _rest.pop("customer", UNSET)
        _instance.customer = UNSET if _value is UNSET else _models.CustomerInCustomerCreditNoteDto.from_dict(_value)
        _instance.document_type = _rest.pop("documentType", UNSET)
        _instance.reference_number = _rest.pop("referenceNumber", UNSET)
        _instance.post_period = _rest.pop("postPeriod", UNSET)
        _instance.financial_period = _rest.pop("financialPeriod", UNSET)
        _instance.closed_financial_period = _rest.pop("closedFinancialPeriod", UNSET)
        _value = _rest.pop("documentDate", UNSET)
        _instance.document_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("origInvoiceDate", UNSET)
        _instance.orig_invoice_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.status = _rest.pop("status", UNSET)
        _instance.currency_id = _rest.pop("currencyId", UNSET)
        _instance.amount = _rest.pop("amount", UNSET)
        _instance.amount_in_currency = _rest.pop("amountInCurrency", UNSET)
        _instance.balance = _rest.pop("balance", UNSET)
        _instance.balance_in_currency = _rest.pop("balanceInCurrency", UNSET)
        _instance.cash_discount = _rest.pop("cashDiscount", UNSET)
        _instance.cash_discount_in_currency = _rest.pop("cashDiscountInCurrency", UNSET)
        _value = _rest.pop("paymentMethod", UNSET)
        _instance.payment_method = (
            UNSET if _value is UNSET else _models.PaymentMethodInCustomerCreditNoteDto.from_dict(_value)
        )
        _instance.customer_ref_number = _rest.pop("customerRefNumber", UNSET)
        _instance.invoice_text = _rest.pop("invoiceText", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("createdDateTime", UNSET)
        _instance.created_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.note = _rest.pop("note", UNSET)
        _instance.vat_total = _rest.pop("vatTotal", UNSET)
        _instance.vat_total_in_currency = _rest.pop("vatTotalInCurrency", UNSET)
        _value = _rest.pop("location", UNSET)
        _instance.location = UNSET if _value is UNSET else _models.LocationInCustomerCreditNoteDto.from_dict(_value)
        _value = _rest.pop("branchNumber", UNSET)
        _instance.branch_number = (
            UNSET if _value is UNSET else _models.BranchNumberInCustomerCreditNoteDto.from_dict(_value)
        )
        _instance.cash_account = _rest.pop("cashAccount", UNSET)
        _value = _rest.pop("project", UNSET)
        _instance.project = UNSET if _value is UNSET else _models.ProjectInCustomerCreditNoteDto.from_dict(_value)
        _value = _rest.pop("account", UNSET)
        _instance.account = UNSET if _value is UNSET else _models.AccountInCustomerCreditNoteDto.from_dict(_value)
        _value = _rest.pop("subaccount", UNSET)
        _instance.subaccount = UNSET if _value is UNSET else _models.SubaccountInCustomerCreditNoteDto.from_dict(_value)
        _instance.customer_project = _rest.pop("customerProject", UNSET)
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
