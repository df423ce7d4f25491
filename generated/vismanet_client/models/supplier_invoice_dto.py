from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.supplier_invoice_dto_approval_status import (
    SupplierInvoiceDtoApprovalStatus,
)
from ..models.supplier_invoice_dto_document_type import (
    SupplierInvoiceDtoDocumentType,
)
from ..models.supplier_invoice_dto_status import SupplierInvoiceDtoStatus
from ..models.supplier_invoice_dto_tax_calculation_mode import (
    SupplierInvoiceDtoTaxCalculationMode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.approval_details_in_supplier_invoice_dto import ApprovalDetailsInSupplierInvoiceDto
    from ..models.attachment_dto import AttachmentDto
    from ..models.branch_number_dto import BranchNumberDto
    from ..models.credit_terms_in_supplier_invoice_dto import CreditTermsInSupplierInvoiceDto
    from ..models.location_in_supplier_invoice_dto import LocationInSupplierInvoiceDto
    from ..models.metadata_dto import MetadataDto
    from ..models.payment_method_in_supplier_invoice_dto import PaymentMethodInSupplierInvoiceDto
    from ..models.supplier_in_supplier_invoice_dto import SupplierInSupplierInvoiceDto
    from ..models.supplier_invoice_landed_cost_dto import SupplierInvoiceLandedCostDto
    from ..models.supplier_invoice_line_dto import SupplierInvoiceLineDto
    from ..models.supplier_tax_zone_in_supplier_invoice_dto import SupplierTaxZoneInSupplierInvoiceDto
    from ..models.tax_detail_dto import TaxDetailDto


T = TypeVar("T", bound="SupplierInvoiceDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "tax_detail_lines",
    "attachments",
    "approval_details",
    "invoice_lines",
    "landed_costs",
    "hold",
    "exchange_rate",
    "payment_ref_no",
    "credit_terms",
    "retainage_apply",
    "cash_discount_date",
    "detail_total",
    "detail_total_in_currency",
    "discount_total",
    "discount_total_in_currency",
    "vat_taxable_total",
    "vat_taxable_total_in_currency",
    "vat_exempt_total",
    "vat_exempt_total_in_currency",
    "withholding_tax",
    "withholding_tax_in_currency",
    "buyer_reference",
    "rounding_diff",
    "rounding_diff_in_currency",
    "amount",
    "vat_amount",
    "tax_calculation_mode",
    "supplier_tax_zone",
    "pay_selected",
    "cury_retainage_total",
    "cury_retainage_unreleased_amt",
    "document_version_number",
    "supplier",
    "document_type",
    "reference_number",
    "post_period",
    "financial_period",
    "date",
    "orig_invoice_date",
    "due_date",
    "approval_status",
    "status",
    "currency_id",
    "balance",
    "balance_in_currency",
    "cash_discount",
    "cash_discount_in_currency",
    "payment_method",
    "supplier_reference",
    "description",
    "created_date_time",
    "last_modified_date_time",
    "note",
    "closed_financial_period",
    "location",
    "vat_total",
    "vat_total_in_currency",
    "branch_number",
    "pay_date",
    "payment_message",
    "cash_account",
    "time_stamp",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class SupplierInvoiceDto:
    """This class represents a ApInvoice in SupplierInvoiceController. Used by getting data.

    Attributes:
        tax_detail_lines (list[TaxDetailDto] | Unset): The VAT details tab &gt;
        attachments (list[AttachmentDto] | Unset):
        approval_details (ApprovalDetailsInSupplierInvoiceDto | Unset): The Approval details tab &gt;
        invoice_lines (list[SupplierInvoiceLineDto] | Unset): Transaction lines
        landed_costs (list[SupplierInvoiceLandedCostDto] | Unset): The Landed cost lines tab &gt;
        hold (bool | Unset): The Top part &gt; Hold &gt; A check box that indicates that the status of the supplier
            ledger document is On hold.
        exchange_rate (float | Unset): The Top part &gt; Currency &gt; The currency of the document.
        payment_ref_no (str | Unset): The Top part &gt; Payment ref.no &gt; The payment reference number of the
            document.
        credit_terms (CreditTermsInSupplierInvoiceDto | Unset): The Top part &gt; Terms &gt; The credit terms associated
            with the supplier (unavailable for prepayments and debit adjustments)
        retainage_apply (bool | Unset): The Top part &gt; Apply retainage &gt; A check box that indicates (if selected)
            that this invoice is an invoice with retainage.
        cash_discount_date (datetime.datetime | Unset): The Top part &gt; Cash discount date &gt; The end date of the
            cash discount period, which the system calculates by using the supplier's credit terms.
        detail_total (float | Unset): The Top part &gt; Detail total &gt; The document total as specified in the
            Document details tab.
        detail_total_in_currency (float | Unset): Background calculation giving you the Detail total in your default
            currency. This field is applicable if the amount is given in another currency than your default.
        discount_total (float | Unset): The Top part &gt; Discount total &gt; The discount total calculated for the
            document. This total includes discounts of the Group and Document levels.
        discount_total_in_currency (float | Unset): Background calculation giving you the Discount total in your default
            currency. This field is applicable if the amount is given in another currency than your default.
        vat_taxable_total (float | Unset): The Top part &gt; VAT taxable total &gt; The document total that is subjected
            to VAT.
        vat_taxable_total_in_currency (float | Unset): Background calculation giving you the VAT taxable total in your
            default currency. This field is applicable if the amount is given in another currency than your default.
        vat_exempt_total (float | Unset): The Top part &gt; VAT exempt total &gt; The document total that is exempt from
            VAT.
        vat_exempt_total_in_currency (float | Unset): Background calculation giving you the VAT exempt total in your
            default currency. This field is applicable if the amount is given in another currency than your default.
        withholding_tax (float | Unset): The Top part &gt; With. tax &gt; The amount of withholding tax calculated for
            the document, if applicable.
        withholding_tax_in_currency (float | Unset): Background calculation giving you the With. tax in your default
            currency. This field is applicable if the amount is given in another currency than your default.
        buyer_reference (str | Unset): The Top part &gt; Supplier ref. &gt; The document's original reference number as
            assigned by the supplier (for informational purposes).
        rounding_diff (float | Unset): The Top part &gt; Rounding diff. &gt; The difference between the original invoice
            amount (including the VAT amount calculated by the system) and rounded invoice amount (including the VAT amount
            modified by a user for VAT-inclusive items).
        rounding_diff_in_currency (float | Unset): Background calculation giving you the Rounding diff. in your default
            currency. This field is applicable if the amount is given in another currency than your default.
        amount (float | Unset): The Top part &gt; Amount &gt; The amount to be paid for the document. Equal to the
            amount (or to the sum of amounts) shown in the Amount column of the Document details tab.
        vat_amount (float | Unset): The Top part &gt; VAT amount &gt; The VAT amount to be paid for the document. Enter
            this amount manually according to the VAT amount specified in the original document.
        tax_calculation_mode (SupplierInvoiceDtoTaxCalculationMode | Unset): The Financial details tab &gt; The VAT
            section &gt; VAT calculation mode &gt; The VAT calculation mode, which defines which amounts (VAT-inclusive or
            VAT-exclusive) should be entered in the detail lines of a document (TaxSetting, Gross, Net)
        supplier_tax_zone (SupplierTaxZoneInSupplierInvoiceDto | Unset): The Financial details tab &gt; The VAT section
            &gt; Supplier VAT Zone &gt; The VAT zone of the supplier, which is specified in the  AP303000 window.
        pay_selected (bool | Unset): The Financial details tab &gt; The Payment information section &gt; Approved for
            payment &gt; When set to true indicates that the document is approved for payment.
        cury_retainage_total (float | Unset):
        cury_retainage_unreleased_amt (float | Unset):
        document_version_number (int | Unset):
        supplier (SupplierInSupplierInvoiceDto | Unset): The Top part &gt; Supplier* &gt; The identifier of the supplier
            referred to in the document.
        document_type (SupplierInvoiceDtoDocumentType | Unset): The top part &gt; Top part &gt; Type &gt; The type of
            the document. The following types are available: Purchase invoice, credit adjustment, purchase credit note,
            prepayment.
        reference_number (str | Unset):
        post_period (str | Unset): The Top part &gt; Post period* &gt; The post period of the payment document. Format
            MMYYYY.
        financial_period (str | Unset): The financial period to which the transactions recorded in the document should
            be posted. Format YYYYMM.
        date (datetime.datetime | Unset): The Top part &gt; Date* &gt; The date of the original supplier ledger
            document; by default, it is the current date, which can be changed.
        orig_invoice_date (datetime.datetime | Unset): The Top part &gt; OrigInvoiceDate* &gt; The original invoice date
            of the original supplier ledger document; by default, it is the current date, which can be changed.
        due_date (datetime.datetime | Unset): The Top part &gt; Due date* &gt; The date when payment for the document is
            due in accordance with the supplier's credit terms.
        approval_status (SupplierInvoiceDtoApprovalStatus | Unset): The Top part &gt; Approval status &gt; The status of
            the document in Visma.net Approval. [New, Canceled, SentToApproval, ReceivedByApproval, InProgressApproval,
            RejectedInApproval, ApprovedInApproval, ActiveWorkflowApproval.
        status (SupplierInvoiceDtoStatus | Unset): The Top part &gt; Document status &gt; A read-only field that shows
            the status of the supplier ledger document:[Hold, Balanced, Voided, Scheduled, Open, Closed, Printed, Prebooked,
            Reserved]
        currency_id (str | Unset): The Top part &gt; Currency &gt; The currency of the document.
        balance (float | Unset): The Top part &gt; Balance &gt; The balance of the supplier ledger document after VAT
            (if inclusive) and the discount as specified in the tabs below.
        balance_in_currency (float | Unset): Background calculation giving you the Balance in your default currency.
            This field is applicable if the amount is given in another currency than your default.
        cash_discount (float | Unset): The Top part &gt; Cash discount &gt; The cash discount amount that has been or
            will be taken in the document, which the system calculates based in the specified credit terms.
        cash_discount_in_currency (float | Unset): Background calculation giving you the Cash discount in your default
            currency. This field is applicable if the amount is given in another currency than your default.
        payment_method (PaymentMethodInSupplierInvoiceDto | Unset): The Financial details tab &gt; Payment method &gt;
            The payment method used for the payment.
        supplier_reference (str | Unset): The Top part &gt; Supplier ref. &gt; The document's original reference number
            as assigned by the supplier (for informational purposes).
        description (str | Unset): The Top part &gt; Description &gt; A user-provided description for this supplier
            ledger document.
        created_date_time (datetime.datetime | Unset):
        last_modified_date_time (datetime.datetime | Unset):
        note (str | Unset): The table &gt; Document details tab and Applications tab &gt; Icon Notes &gt; Pop-up window
            for providing any user-defined text connected with to invoice.
        closed_financial_period (str | Unset): Format YYYYMM.
        location (LocationInSupplierInvoiceDto | Unset): The Top part &gt; Location* &gt; The supplier location
            associated with the purchase.
        vat_total (float | Unset): The Top part &gt; VAT total &gt; The total amount of tax paid in the document.
        vat_total_in_currency (float | Unset): Background calculation giving you the VAT total in your default currency.
            This field is applicable if the amount is given in another currency than your default.
        branch_number (BranchNumberDto | Unset):
        pay_date (datetime.datetime | Unset): The Financial details tab &gt; The Payment information section &gt; Pay
            date* &gt; The date when the invoice should be paid. The date is the difference between the document due date or
            discount date and the number of days specified in the Payment lead time field in AP303000.
        payment_message (str | Unset): The Financial details tab &gt; The Payment information section &gt; Payment
            message &gt; The message connected with the payment.
        cash_account (str | Unset): Financial details tab &gt; The payment information section &gt; Cash account &gt;
            The cash account associated with the payment method.
        time_stamp (str | Unset): Identifier that represents a specific version of the resource.
            It helps to prevent simultaneous updates of the resource from overwriting each other (by using ETags and If-
            Match headers)
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    tax_detail_lines: list[TaxDetailDto] | Unset = UNSET
    attachments: list[AttachmentDto] | Unset = UNSET
    approval_details: ApprovalDetailsInSupplierInvoiceDto | Unset = UNSET
    invoice_lines: list[SupplierInvoiceLineDto] | Unset = UNSET
    landed_costs: list[SupplierInvoiceLandedCostDto] | Unset = UNSET
    hold: bool | Unset = UNSET
    exchange_rate: float | Unset = UNSET
    payment_ref_no: str | Unset = UNSET
    credit_terms: CreditTermsInSupplierInvoiceDto | Unset = UNSET
    retainage_apply: bool | Unset = UNSET
    cash_discount_date: datetime.datetime | Unset = UNSET
    detail_total: float | Unset = UNSET
    detail_total_in_currency: float | Unset = UNSET
    discount_total: float | Unset = UNSET
    discount_total_in_currency: float | Unset = UNSET
    vat_taxable_total: float | Unset = UNSET
    vat_taxable_total_in_currency: float | Unset = UNSET
    vat_exempt_total: float | Unset = UNSET
    vat_exempt_total_in_currency: float | Unset = UNSET
    withholding_tax: float | Unset = UNSET
    withholding_tax_in_currency: float | Unset = UNSET
    buyer_reference: str | Unset = UNSET
    rounding_diff: float | Unset = UNSET
    rounding_diff_in_currency: float | Unset = UNSET
    amount: float | Unset = UNSET
    vat_amount: float | Unset = UNSET
    tax_calculation_mode: SupplierInvoiceDtoTaxCalculationMode | Unset = UNSET
    supplier_tax_zone: SupplierTaxZoneInSupplierInvoiceDto | Unset = UNSET
    pay_selected: bool | Unset = UNSET
    cury_retainage_total: float | Unset = UNSET
    cury_retainage_unreleased_amt: float | Unset = UNSET
    document_version_number: int | Unset = UNSET
    supplier: SupplierInSupplierInvoiceDto | Unset = UNSET
    document_type: SupplierInvoiceDtoDocumentType | Unset = UNSET
    reference_number: str | Unset = UNSET
    post_period: str | Unset = UNSET
    financial_period: str | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    orig_invoice_date: datetime.datetime | Unset = UNSET
    due_date: datetime.datetime | Unset = UNSET
    approval_status: SupplierInvoiceDtoApprovalStatus | Unset = UNSET
    status: SupplierInvoiceDtoStatus | Unset = UNSET
    currency_id: str | Unset = UNSET
    balance: float | Unset = UNSET
    balance_in_currency: float | Unset = UNSET
    cash_discount: float | Unset = UNSET
    cash_discount_in_currency: float | Unset = UNSET
    payment_method: PaymentMethodInSupplierInvoiceDto | Unset = UNSET
    supplier_reference: str | Unset = UNSET
    description: str | Unset = UNSET
    created_date_time: datetime.datetime | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    note: str | Unset = UNSET
    closed_financial_period: str | Unset = UNSET
    location: LocationInSupplierInvoiceDto | Unset = UNSET
    vat_total: float | Unset = UNSET
    vat_total_in_currency: float | Unset = UNSET
    branch_number: BranchNumberDto | Unset = UNSET
    pay_date: datetime.datetime | Unset = UNSET
    payment_message: str | Unset = UNSET
    cash_account: str | Unset = UNSET
    time_stamp: str | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tax_detail_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_detail_lines, Unset):
            tax_detail_lines = []
            for tax_detail_lines_item_data in self.tax_detail_lines:
                tax_detail_lines_item = tax_detail_lines_item_data.to_dict()
                tax_detail_lines.append(tax_detail_lines_item)

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        approval_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.approval_details, Unset):
            approval_details = self.approval_details.to_dict()

        invoice_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoice_lines, Unset):
            invoice_lines = []
            for invoice_lines_item_data in self.invoice_lines:
                invoice_lines_item = invoice_lines_item_data.to_dict()
                invoice_lines.append(invoice_lines_item)

        landed_costs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.landed_costs, Unset):
            landed_costs = []
            for landed_costs_item_data in self.landed_costs:
                landed_costs_item = landed_costs_item_data.to_dict()
                landed_costs.append(landed_costs_item)

        hold = self.hold

        exchange_rate = self.exchange_rate

        payment_ref_no = self.payment_ref_no

        credit_terms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_terms, Unset):
            credit_terms = self.credit_terms.to_dict()

        retainage_apply = self.retainage_apply

        cash_discount_date: str | Unset = UNSET
        if not isinstance(self.cash_discount_date, Unset):
            cash_discount_date = self.cash_discount_date.isoformat()

        detail_total = self.detail_total

        detail_total_in_currency = self.detail_total_in_currency

        discount_total = self.discount_total

        discount_total_in_currency = self.discount_total_in_currency

        vat_taxable_total = self.vat_taxable_total

        vat_taxable_total_in_currency = self.vat_taxable_total_in_currency

        vat_exempt_total = self.vat_exempt_total

        vat_exempt_total_in_currency = self.vat_exempt_total_in_currency

        withholding_tax = self.withholding_tax

        withholding_tax_in_currency = self.withholding_tax_in_currency

        buyer_reference = self.buyer_reference

        rounding_diff = self.rounding_diff

        rounding_diff_in_currency = self.rounding_diff_in_currency

        amount = self.amount

        vat_amount = self.vat_amount

        tax_calculation_mode: str | Unset = UNSET
        if not isinstance(self.tax_calculation_mode, Unset):
            tax_calculation_mode = self.tax_calculation_mode

        supplier_tax_zone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier_tax_zone, Unset):
            supplier_tax_zone = self.supplier_tax_zone.to_dict()

        pay_selected = self.pay_selected

        cury_retainage_total = self.cury_retainage_total

        cury_retainage_unreleased_amt = self.cury_retainage_unreleased_amt

        document_version_number = self.document_version_number

        supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = self.supplier.to_dict()

        document_type: str | Unset = UNSET
        if not isinstance(self.document_type, Unset):
            document_type = self.document_type

        reference_number = self.reference_number

        post_period = self.post_period

        financial_period = self.financial_period

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        orig_invoice_date: str | Unset = UNSET
        if not isinstance(self.orig_invoice_date, Unset):
            orig_invoice_date = self.orig_invoice_date.isoformat()

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()

        approval_status: str | Unset = UNSET
        if not isinstance(self.approval_status, Unset):
            approval_status = self.approval_status

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        currency_id = self.currency_id

        balance = self.balance

        balance_in_currency = self.balance_in_currency

        cash_discount = self.cash_discount

        cash_discount_in_currency = self.cash_discount_in_currency

        payment_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.to_dict()

        supplier_reference = self.supplier_reference

        description = self.description

        created_date_time: str | Unset = UNSET
        if not isinstance(self.created_date_time, Unset):
            created_date_time = self.created_date_time.isoformat()

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        note = self.note

        closed_financial_period = self.closed_financial_period

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        vat_total = self.vat_total

        vat_total_in_currency = self.vat_total_in_currency

        branch_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch_number, Unset):
            branch_number = self.branch_number.to_dict()

        pay_date: str | Unset = UNSET
        if not isinstance(self.pay_date, Unset):
            pay_date = self.pay_date.isoformat()

        payment_message = self.payment_message

        cash_account = self.cash_account

        time_stamp = self.time_stamp

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tax_detail_lines is not UNSET:
            field_dict["taxDetailLines"] = tax_detail_lines
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if approval_details is not UNSET:
            field_dict["approvalDetails"] = approval_details
        if invoice_lines is not UNSET:
            field_dict["invoiceLines"] = invoice_lines
        if landed_costs is not UNSET:
            field_dict["landedCosts"] = landed_costs
        if hold is not UNSET:
            field_dict["hold"] = hold
        if exchange_rate is not UNSET:
            field_dict["exchangeRate"] = exchange_rate
        if payment_ref_no is not UNSET:
            field_dict["paymentRefNo"] = payment_ref_no
        if credit_terms is not UNSET:
            field_dict["creditTerms"] = credit_terms
        if retainage_apply is not UNSET:
            field_dict["retainageApply"] = retainage_apply
        if cash_discount_date is not UNSET:
            field_dict["cashDiscountDate"] = cash_discount_date
        if detail_total is not UNSET:
            field_dict["detailTotal"] = detail_total
        if detail_total_in_currency is not UNSET:
            field_dict["detailTotalInCurrency"] = detail_total_in_currency
        if discount_total is not UNSET:
            field_dict["discountTotal"] = discount_total
        if discount_total_in_currency is not UNSET:
            field_dict["discountTotalInCurrency"] = discount_total_in_currency
        if vat_taxable_total is not UNSET:
            field_dict["vatTaxableTotal"] = vat_taxable_total
        if vat_taxable_total_in_currency is not UNSET:
            field_dict["vatTaxableTotalInCurrency"] = vat_taxable_total_in_currency
        if vat_exempt_total is not UNSET:
            field_dict["vatExemptTotal"] = vat_exempt_total
        if vat_exempt_total_in_currency is not UNSET:
            field_dict["vatExemptTotalInCurrency"] = vat_exempt_total_in_currency
        if withholding_tax is not UNSET:
            field_dict["withholdingTax"] = withholding_tax
        if withholding_tax_in_currency is not UNSET:
            field_dict["withholdingTaxInCurrency"] = withholding_tax_in_currency
        if buyer_reference is not UNSET:
            field_dict["buyerReference"] = buyer_reference
        if rounding_diff is not UNSET:
            field_dict["roundingDiff"] = rounding_diff
        if rounding_diff_in_currency is not UNSET:
            field_dict["roundingDiffInCurrency"] = rounding_diff_in_currency
        if amount is not UNSET:
            field_dict["amount"] = amount
        if vat_amount is not UNSET:
            field_dict["vatAmount"] = vat_amount
        if tax_calculation_mode is not UNSET:
            field_dict["taxCalculationMode"] = tax_calculation_mode
        if supplier_tax_zone is not UNSET:
            field_dict["supplierTaxZone"] = supplier_tax_zone
        if pay_selected is not UNSET:
            field_dict["paySelected"] = pay_selected
        if cury_retainage_total is not UNSET:
            field_dict["curyRetainageTotal"] = cury_retainage_total
        if cury_retainage_unreleased_amt is not UNSET:
            field_dict["curyRetainageUnreleasedAmt"] = cury_retainage_unreleased_amt
        if document_version_number is not UNSET:
            field_dict["documentVersionNumber"] = document_version_number
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if document_type is not UNSET:
            field_dict["documentType"] = document_type
        if reference_number is not UNSET:
            field_dict["referenceNumber"] = reference_number
        if post_period is not UNSET:
            field_dict["postPeriod"] = post_period
        if financial_period is not UNSET:
            field_dict["financialPeriod"] = financial_period
        if date is not UNSET:
            field_dict["date"] = date
        if orig_invoice_date is not UNSET:
            field_dict["origInvoiceDate"] = orig_invoice_date
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if approval_status is not UNSET:
            field_dict["approvalStatus"] = approval_status
        if status is not UNSET:
            field_dict["status"] = status
        if currency_id is not UNSET:
            field_dict["currencyId"] = currency_id
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
        if supplier_reference is not UNSET:
            field_dict["supplierReference"] = supplier_reference
        if description is not UNSET:
            field_dict["description"] = description
        if created_date_time is not UNSET:
            field_dict["createdDateTime"] = created_date_time
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if note is not UNSET:
            field_dict["note"] = note
        if closed_financial_period is not UNSET:
            field_dict["closedFinancialPeriod"] = closed_financial_period
        if location is not UNSET:
            field_dict["location"] = location
        if vat_total is not UNSET:
            field_dict["vatTotal"] = vat_total
        if vat_total_in_currency is not UNSET:
            field_dict["vatTotalInCurrency"] = vat_total_in_currency
        if branch_number is not UNSET:
            field_dict["branchNumber"] = branch_number
        if pay_date is not UNSET:
            field_dict["payDate"] = pay_date
        if payment_message is not UNSET:
            field_dict["paymentMessage"] = payment_message
        if cash_account is not UNSET:
            field_dict["cashAccount"] = cash_account
        if time_stamp is not UNSET:
            field_dict["timeStamp"] = time_stamp
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
        _value = _rest.pop("taxDetailLines", UNSET)
        _instance.tax_detail_lines = (
            UNSET
            if _value is UNSET
            else [_models.TaxDetailDto.from_dict(tax_detail_lines_item_data) for tax_detail_lines_item_data in _value]
        )
        _value = _rest.pop("attachments", UNSET)
        _instance.attachments = (
            UNSET
            if _value is UNSET
            else [_models.AttachmentDto.from_dict(attachments_item_data) for attachments_item_data in _value]
        )
        _value = _rest.pop("approvalDetails", UNSET)
        _instance.approval_details = (
            UNSET if _value is UNSET else _models.ApprovalDetailsInSupplierInvoiceDto.from_dict(_value)
        )
        _value = _rest.pop("invoiceLines", UNSET)
        _instance.invoice_lines = (
            UNSET
            if _value is UNSET
            else [
                _models.SupplierInvoiceLineDto.from_dict(invoice_lines_item_data) for invoice_lines_item_data in _value
            ]
        )
        _value = _rest.pop("landedCosts", UNSET)
        _instance.landed_costs = (
            UNSET
            if _value is UNSET
            else [
                _models.SupplierInvoiceLandedCostDto.from_dict(landed_costs_item_data)
                for landed_costs_item_data in _value
            ]
        )
        _instance.hold = _rest.pop("hold", UNSET)
        _instance.exchange_rate = _rest.pop("exchangeRate", UNSET)
        _instance.payment_ref_no = _rest.pop("paymentRefNo", UNSET)
        _value = _rest.pop("creditTerms", UNSET)
        _instance.credit_terms = UNSET if _value is UNSET else _models.CreditTermsInSupplierInvoiceDto.from_dict(_value)
        _instance.retainage_apply = _rest.pop("retainageApply", UNSET)
        _value = _rest.pop("cashDiscountDate", UNSET)
        _instance.cash_discount_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.detail_total = _rest.pop("detailTotal", UNSET)
        _instance.detail_total_in_currency = _rest.pop("detailTotalInCurrency", UNSET)
        _instance.discount_total = _rest.pop("discountTotal", UNSET)
        _instance.discount_total_in_currency = _rest.pop("discountTotalInCurrency", UNSET)
        _instance.vat_taxable_total = _rest.pop("vatTaxableTotal", UNSET)
        _instance.vat_taxable_total_in_currency = _rest.pop("vatTaxableTotalInCurrency", UNSET)
        _instance.vat_exempt_total = _rest.pop("vatExemptTotal", UNSET)
        _instance.vat_exempt_total_in_currency = _rest.pop("vatExemptTotalInCurrency", UNSET)
        _instance.withholding_tax = _rest.pop("withholdingTax", UNSET)
        _instance.withholding_tax_in_currency = _rest.pop("withholdingTaxInCurrency", UNSET)
        _instance.buyer_reference = _rest.pop("buyerReference", UNSET)
        _instance.rounding_diff = _rest.pop("roundingDiff", UNSET)
        _instance.rounding_diff_in_currency = _rest.pop("roundingDiffInCurrency", UNSET)
        _instance.amount = _rest.pop("amount", UNSET)
        _instance.vat_amount = _rest.pop("vatAmount", UNSET)
        _instance.tax_calculation_mode = _rest.pop("taxCalculationMode", UNSET)
        _value = _rest.pop("supplierTaxZone", UNSET)
        _instance.supplier_tax_zone = (
            UNSET if _value is UNSET else _models.SupplierTaxZoneInSupplierInvoiceDto.from_dict(_value)
        )
        _instance.pay_selected = _rest.pop("paySelected", UNSET)
        _instance.cury_retainage_total = _rest.pop("curyRetainageTotal", UNSET)
        _instance.cury_retainage_unreleased_amt = _rest.pop("curyRetainageUnreleasedAmt", UNSET)
        _instance.document_version_number = _rest.pop("documentVersionNumber", UNSET)
        _value = _rest.pop("supplier", UNSET)
        _instance.supplier = UNSET if _value is UNSET else _models.SupplierInSupplierInvoiceDto.from_dict(_value)
        _instance.document_type = _rest.pop("documentType", UNSET)
        _instance.reference_number = _rest.pop("referenceNumber", UNSET)
        _instance.post_period = _rest.pop("postPeriod", UNSET)
        _instance.financial_period = _rest.pop("financialPeriod", UNSET)
        _value = _rest.pop("date", UNSET)
        _instance.date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("origInvoiceDate", UNSET)
        _instance.orig_invoice_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("dueDate", UNSET)
        _instance.due_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.approval_status = _rest.pop("approvalStatus", UNSET)
        _instance.status = _rest.pop("status", UNSET)
        _instance.currency_id = _rest.pop("currencyId", UNSET)
        _instance.balance = _rest.pop("balance", UNSET)
        _instance.balance_in_currency = _rest.pop("balanceInCurrency", UNSET)
        _instance.cash_discount = _rest.pop("cashDiscount", UNSET)
        _instance.cash_discount_in_currency = _rest.pop("cashDiscountInCurrency", UNSET)
        _value = _rest.pop("paymentMethod", UNSET)
        _instance.payment_method = (
            UNSET if _value is UNSET else _models.PaymentMethodInSupplierInvoiceDto.from_dict(_value)
        )
        _instance.supplier_reference = _rest.pop("supplierReference", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _value = _rest.pop("createdDateTime", UNSET)
        _instance.created_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.note = _rest.pop("note", UNSET)
        _instance.closed_financial_period = _rest.pop("closedFinancialPeriod", UNSET)
        _value = _rest.pop("location", UNSET)
        _instance.location = UNSET if _value is UNSET else _models.LocationInSupplierInvoiceDto.from_dict(_value)
        _instance.vat_total = _rest.pop("vatTotal", UNSET)
        _instance.vat_total_in_currency = _rest.pop("vatTotalInCurrency", UNSET)
        _value = _rest.pop("branchNumber", UNSET)
        _instance.branch_number = UNSET if _value is UNSET else _models.BranchNumberDto.from_dict(_value)
        _value = _rest.pop("payDate", UNSET)
        _instance.pay_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.payment_message = _rest.pop("paymentMessage", UNSET)
        _instance.cash_account = _rest.pop("cashAccount", UNSET)
        _instance.time_stamp = _rest.pop("timeStamp", UNSET)
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
