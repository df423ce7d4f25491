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
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

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
class SupplierInvoiceDto(GeneratedModel):
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

    tax_detail_lines: list[TaxDetailDto] | Unset | None = UNSET
    attachments: list[AttachmentDto] | Unset | None = UNSET
    approval_details: ApprovalDetailsInSupplierInvoiceDto | Unset | None = UNSET
    invoice_lines: list[SupplierInvoiceLineDto] | Unset | None = UNSET
    landed_costs: list[SupplierInvoiceLandedCostDto] | Unset | None = UNSET
    hold: bool | Unset | None = UNSET
    exchange_rate: float | Unset | None = UNSET
    payment_ref_no: str | Unset | None = UNSET
    credit_terms: CreditTermsInSupplierInvoiceDto | Unset | None = UNSET
    retainage_apply: bool | Unset | None = UNSET
    cash_discount_date: datetime.datetime | Unset | None = UNSET
    detail_total: float | Unset | None = UNSET
    detail_total_in_currency: float | Unset | None = UNSET
    discount_total: float | Unset | None = UNSET
    discount_total_in_currency: float | Unset | None = UNSET
    vat_taxable_total: float | Unset | None = UNSET
    vat_taxable_total_in_currency: float | Unset | None = UNSET
    vat_exempt_total: float | Unset | None = UNSET
    vat_exempt_total_in_currency: float | Unset | None = UNSET
    withholding_tax: float | Unset | None = UNSET
    withholding_tax_in_currency: float | Unset | None = UNSET
    buyer_reference: str | Unset | None = UNSET
    rounding_diff: float | Unset | None = UNSET
    rounding_diff_in_currency: float | Unset | None = UNSET
    amount: float | Unset | None = UNSET
    vat_amount: float | Unset | None = UNSET
    tax_calculation_mode: SupplierInvoiceDtoTaxCalculationMode | Unset | None = UNSET
    supplier_tax_zone: SupplierTaxZoneInSupplierInvoiceDto | Unset | None = UNSET
    pay_selected: bool | Unset | None = UNSET
    cury_retainage_total: float | Unset | None = UNSET
    cury_retainage_unreleased_amt: float | Unset | None = UNSET
    document_version_number: int | Unset | None = UNSET
    supplier: SupplierInSupplierInvoiceDto | Unset | None = UNSET
    document_type: SupplierInvoiceDtoDocumentType | Unset | None = UNSET
    reference_number: str | Unset | None = UNSET
    post_period: str | Unset | None = UNSET
    financial_period: str | Unset | None = UNSET
    date: datetime.datetime | Unset | None = UNSET
    orig_invoice_date: datetime.datetime | Unset | None = UNSET
    due_date: datetime.datetime | Unset | None = UNSET
    approval_status: SupplierInvoiceDtoApprovalStatus | Unset | None = UNSET
    status: SupplierInvoiceDtoStatus | Unset | None = UNSET
    currency_id: str | Unset | None = UNSET
    balance: float | Unset | None = UNSET
    balance_in_currency: float | Unset | None = UNSET
    cash_discount: float | Unset | None = UNSET
    cash_discount_in_currency: float | Unset | None = UNSET
    payment_method: PaymentMethodInSupplierInvoiceDto | Unset | None = UNSET
    supplier_reference: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    created_date_time: datetime.datetime | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    note: str | Unset | None = UNSET
    closed_financial_period: str | Unset | None = UNSET
    location: LocationInSupplierInvoiceDto | Unset | None = UNSET
    vat_total: float | Unset | None = UNSET
    vat_total_in_currency: float | Unset | None = UNSET
    branch_number: BranchNumberDto | Unset | None = UNSET
    pay_date: datetime.datetime | Unset | None = UNSET
    payment_message: str | Unset | None = UNSET
    cash_account: str | Unset | None = UNSET
    time_stamp: str | Unset | None = UNSET
    error_info: str | Unset | None = UNSET
    metadata: MetadataDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        _value = self.approval_details
        if _value is not UNSET:
            field_dict["approvalDetails"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
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
        _value = self.landed_costs
        if _value is not UNSET:
            field_dict["landedCosts"] = (
                [
                    landed_costs_item_data.to_dict()
                    if isinstance(landed_costs_item_data, GeneratedModel)
                    else landed_costs_item_data
                    for landed_costs_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.hold
        if _value is not UNSET:
            field_dict["hold"] = _value
        _value = self.exchange_rate
        if _value is not UNSET:
            field_dict["exchangeRate"] = _value
        _value = self.payment_ref_no
        if _value is not UNSET:
            field_dict["paymentRefNo"] = _value
        _value = self.credit_terms
        if _value is not UNSET:
            field_dict["creditTerms"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.retainage_apply
        if _value is not UNSET:
            field_dict["retainageApply"] = _value
        _value = self.cash_discount_date
        if _value is not UNSET:
            field_dict["cashDiscountDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.detail_total
        if _value is not UNSET:
            field_dict["detailTotal"] = _value
        _value = self.detail_total_in_currency
        if _value is not UNSET:
            field_dict["detailTotalInCurrency"] = _value
        _value = self.discount_total
        if _value is not UNSET:
            field_dict["discountTotal"] = _value
        _value = self.discount_total_in_currency
        if _value is not UNSET:
            field_dict["discountTotalInCurrency"] = _value
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
        _value = self.withholding_tax
        if _value is not UNSET:
            field_dict["withholdingTax"] = _value
        _value = self.withholding_tax_in_currency
        if _value is not UNSET:
            field_dict["withholdingTaxInCurrency"] = _value
        _value = self.buyer_reference
        if _value is not UNSET:
            field_dict["buyerReference"] = _value
        _value = self.rounding_diff
        if _value is not UNSET:
            field_dict["roundingDiff"] = _value
        _value = self.rounding_diff_in_currency
        if _value is not UNSET:
            field_dict["roundingDiffInCurrency"] = _value
        _value = self.amount
        if _value is not UNSET:
            field_dict["amount"] = _value
        _value = self.vat_amount
        if _value is not UNSET:
            field_dict["vatAmount"] = _value
        _value = self.tax_calculation_mode
        if _value is not UNSET:
            field_dict["taxCalculationMode"] = _value
        _value = self.supplier_tax_zone
        if _value is not UNSET:
            field_dict["supplierTaxZone"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.pay_selected
        if _value is not UNSET:
            field_dict["paySelected"] = _value
        _value = self.cury_retainage_total
        if _value is not UNSET:
            field_dict["curyRetainageTotal"] = _value
        _value = self.cury_retainage_unreleased_amt
        if _value is not UNSET:
            field_dict["curyRetainageUnreleasedAmt"] = _value
        _value = self.document_version_number
        if _value is not UNSET:
            field_dict["documentVersionNumber"] = _value
        _value = self.supplier
        if _value is not UNSET:
            field_dict["supplier"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
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
        _value = self.date
        if _value is not UNSET:
            field_dict["date"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.orig_invoice_date
        if _value is not UNSET:
            field_dict["origInvoiceDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.due_date
        if _value is not UNSET:
            field_dict["dueDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.approval_status
        if _value is not UNSET:
            field_dict["approvalStatus"] = _value
        _value = self.status
        if _value is not UNSET:
            field_dict["status"] = _value
        _value = self.currency_id
        if _value is not UNSET:
            field_dict["currencyId"] = _value
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
        _value = self.supplier_reference
        if _value is not UNSET:
            field_dict["supplierReference"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.created_date_time
        if _value is not UNSET:
            field_dict["createdDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.note
        if _value is not UNSET:
            field_dict["note"] = _value
        _value = self.closed_financial_period
        if _value is not UNSET:
            field_dict["closedFinancialPeriod"] = _value
        _value = self.location
        if _value is not UNSET:
            field_dict["location"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.vat_total
        if _value is not UNSET:
            field_dict["vatTotal"] = _value
        _value = self.vat_total_in_currency
        if _value is not UNSET:
            field_dict["vatTotalInCurrency"] = _value
        _value = self.branch_number
        if _value is not UNSET:
            field_dict["branchNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.pay_date
        if _value is not UNSET:
            field_dict["payDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.payment_message
        if _value is not UNSET:
            field_dict["paymentMessage"] = _value
        _value = self.cash_account
        if _value is not UNSET:
            field_dict["cashAccount"] = _value
        _value = self.time_stamp
        if _value is not UNSET:
            field_dict["timeStamp"] = _value
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
        if cls is not SupplierInvoiceDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("taxDetailLines", UNSET)
        self.tax_detail_lines = (
            [
                _models.TaxDetailDto._vn_fill(_new(_models.TaxDetailDto), tax_detail_lines_item_data)
                if isinstance(tax_detail_lines_item_data, dict)
                else tax_detail_lines_item_data
                for tax_detail_lines_item_data in _value
            ]
            if isinstance(_value, list)
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
        _value = _rest.pop("approvalDetails", UNSET)
        self.approval_details = (
            _models.ApprovalDetailsInSupplierInvoiceDto._vn_fill(
                _new(_models.ApprovalDetailsInSupplierInvoiceDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("invoiceLines", UNSET)
        self.invoice_lines = (
            [
                _models.SupplierInvoiceLineDto._vn_fill(_new(_models.SupplierInvoiceLineDto), invoice_lines_item_data)
                if isinstance(invoice_lines_item_data, dict)
                else invoice_lines_item_data
                for invoice_lines_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("landedCosts", UNSET)
        self.landed_costs = (
            [
                _models.SupplierInvoiceLandedCostDto._vn_fill(
                    _new(_models.SupplierInvoiceLandedCostDto), landed_costs_item_data
                )
                if isinstance(landed_costs_item_data, dict)
                else landed_costs_item_data
                for landed_costs_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        self.hold = _rest.pop("hold", UNSET)
        self.exchange_rate = _rest.pop("exchangeRate", UNSET)
        self.payment_ref_no = _rest.pop("paymentRefNo", UNSET)
        _value = _rest.pop("creditTerms", UNSET)
        self.credit_terms = (
            _models.CreditTermsInSupplierInvoiceDto._vn_fill(_new(_models.CreditTermsInSupplierInvoiceDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.retainage_apply = _rest.pop("retainageApply", UNSET)
        _value = _rest.pop("cashDiscountDate", UNSET)
        self.cash_discount_date = _parse_datetime(_value)
        self.detail_total = _rest.pop("detailTotal", UNSET)
        self.detail_total_in_currency = _rest.pop("detailTotalInCurrency", UNSET)
        self.discount_total = _rest.pop("discountTotal", UNSET)
        self.discount_total_in_currency = _rest.pop("discountTotalInCurrency", UNSET)
        self.vat_taxable_total = _rest.pop("vatTaxableTotal", UNSET)
        self.vat_taxable_total_in_currency = _rest.pop("vatTaxableTotalInCurrency", UNSET)
        self.vat_exempt_total = _rest.pop("vatExemptTotal", UNSET)
        self.vat_exempt_total_in_currency = _rest.pop("vatExemptTotalInCurrency", UNSET)
        self.withholding_tax = _rest.pop("withholdingTax", UNSET)
        self.withholding_tax_in_currency = _rest.pop("withholdingTaxInCurrency", UNSET)
        self.buyer_reference = _rest.pop("buyerReference", UNSET)
        self.rounding_diff = _rest.pop("roundingDiff", UNSET)
        self.rounding_diff_in_currency = _rest.pop("roundingDiffInCurrency", UNSET)
        self.amount = _rest.pop("amount", UNSET)
        self.vat_amount = _rest.pop("vatAmount", UNSET)
        self.tax_calculation_mode = _rest.pop("taxCalculationMode", UNSET)
        _value = _rest.pop("supplierTaxZone", UNSET)
        self.supplier_tax_zone = (
            _models.SupplierTaxZoneInSupplierInvoiceDto._vn_fill(
                _new(_models.SupplierTaxZoneInSupplierInvoiceDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        self.pay_selected = _rest.pop("paySelected", UNSET)
        self.cury_retainage_total = _rest.pop("curyRetainageTotal", UNSET)
        self.cury_retainage_unreleased_amt = _rest.pop("curyRetainageUnreleasedAmt", UNSET)
        self.document_version_number = _rest.pop("documentVersionNumber", UNSET)
        _value = _rest.pop("supplier", UNSET)
        self.supplier = (
            _models.SupplierInSupplierInvoiceDto._vn_fill(_new(_models.SupplierInSupplierInvoiceDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.document_type = _rest.pop("documentType", UNSET)
        self.reference_number = _rest.pop("referenceNumber", UNSET)
        self.post_period = _rest.pop("postPeriod", UNSET)
        self.financial_period = _rest.pop("financialPeriod", UNSET)
        _value = _rest.pop("date", UNSET)
        self.date = _parse_datetime(_value)
        _value = _rest.pop("origInvoiceDate", UNSET)
        self.orig_invoice_date = _parse_datetime(_value)
        _value = _rest.pop("dueDate", UNSET)
        self.due_date = _parse_datetime(_value)
        self.approval_status = _rest.pop("approvalStatus", UNSET)
        self.status = _rest.pop("status", UNSET)
        self.currency_id = _rest.pop("currencyId", UNSET)
        self.balance = _rest.pop("balance", UNSET)
        self.balance_in_currency = _rest.pop("balanceInCurrency", UNSET)
        self.cash_discount = _rest.pop("cashDiscount", UNSET)
        self.cash_discount_in_currency = _rest.pop("cashDiscountInCurrency", UNSET)
        _value = _rest.pop("paymentMethod", UNSET)
        self.payment_method = (
            _models.PaymentMethodInSupplierInvoiceDto._vn_fill(_new(_models.PaymentMethodInSupplierInvoiceDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.supplier_reference = _rest.pop("supplierReference", UNSET)
        self.description = _rest.pop("description", UNSET)
        _value = _rest.pop("createdDateTime", UNSET)
        self.created_date_time = _parse_datetime(_value)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        self.note = _rest.pop("note", UNSET)
        self.closed_financial_period = _rest.pop("closedFinancialPeriod", UNSET)
        _value = _rest.pop("location", UNSET)
        self.location = (
            _models.LocationInSupplierInvoiceDto._vn_fill(_new(_models.LocationInSupplierInvoiceDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.vat_total = _rest.pop("vatTotal", UNSET)
        self.vat_total_in_currency = _rest.pop("vatTotalInCurrency", UNSET)
        _value = _rest.pop("branchNumber", UNSET)
        self.branch_number = (
            _models.BranchNumberDto._vn_fill(_new(_models.BranchNumberDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("payDate", UNSET)
        self.pay_date = _parse_datetime(_value)
        self.payment_message = _rest.pop("paymentMessage", UNSET)
        self.cash_account = _rest.pop("cashAccount", UNSET)
        self.time_stamp = _rest.pop("timeStamp", UNSET)
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
        ("tax_detail_lines", "taxDetailLines", False, ("list", ("model", "TaxDetailDto"))),
        ("attachments", "attachments", False, ("list", ("model", "AttachmentDto"))),
        ("approval_details", "approvalDetails", False, ("model", "ApprovalDetailsInSupplierInvoiceDto")),
        ("invoice_lines", "invoiceLines", False, ("list", ("model", "SupplierInvoiceLineDto"))),
        ("landed_costs", "landedCosts", False, ("list", ("model", "SupplierInvoiceLandedCostDto"))),
        ("hold", "hold", False, "bool"),
        ("exchange_rate", "exchangeRate", False, "float"),
        ("payment_ref_no", "paymentRefNo", False, "str"),
        ("credit_terms", "creditTerms", False, ("model", "CreditTermsInSupplierInvoiceDto")),
        ("retainage_apply", "retainageApply", False, "bool"),
        ("cash_discount_date", "cashDiscountDate", False, "datetime"),
        ("detail_total", "detailTotal", False, "float"),
        ("detail_total_in_currency", "detailTotalInCurrency", False, "float"),
        ("discount_total", "discountTotal", False, "float"),
        ("discount_total_in_currency", "discountTotalInCurrency", False, "float"),
        ("vat_taxable_total", "vatTaxableTotal", False, "float"),
        ("vat_taxable_total_in_currency", "vatTaxableTotalInCurrency", False, "float"),
        ("vat_exempt_total", "vatExemptTotal", False, "float"),
        ("vat_exempt_total_in_currency", "vatExemptTotalInCurrency", False, "float"),
        ("withholding_tax", "withholdingTax", False, "float"),
        ("withholding_tax_in_currency", "withholdingTaxInCurrency", False, "float"),
        ("buyer_reference", "buyerReference", False, "str"),
        ("rounding_diff", "roundingDiff", False, "float"),
        ("rounding_diff_in_currency", "roundingDiffInCurrency", False, "float"),
        ("amount", "amount", False, "float"),
        ("vat_amount", "vatAmount", False, "float"),
        ("tax_calculation_mode", "taxCalculationMode", False, "str"),
        ("supplier_tax_zone", "supplierTaxZone", False, ("model", "SupplierTaxZoneInSupplierInvoiceDto")),
        ("pay_selected", "paySelected", False, "bool"),
        ("cury_retainage_total", "curyRetainageTotal", False, "float"),
        ("cury_retainage_unreleased_amt", "curyRetainageUnreleasedAmt", False, "float"),
        ("document_version_number", "documentVersionNumber", False, "int"),
        ("supplier", "supplier", False, ("model", "SupplierInSupplierInvoiceDto")),
        ("document_type", "documentType", False, "str"),
        ("reference_number", "referenceNumber", False, "str"),
        ("post_period", "postPeriod", False, "str"),
        ("financial_period", "financialPeriod", False, "str"),
        ("date", "date", False, "datetime"),
        ("orig_invoice_date", "origInvoiceDate", False, "datetime"),
        ("due_date", "dueDate", False, "datetime"),
        ("approval_status", "approvalStatus", False, "str"),
        ("status", "status", False, "str"),
        ("currency_id", "currencyId", False, "str"),
        ("balance", "balance", False, "float"),
        ("balance_in_currency", "balanceInCurrency", False, "float"),
        ("cash_discount", "cashDiscount", False, "float"),
        ("cash_discount_in_currency", "cashDiscountInCurrency", False, "float"),
        ("payment_method", "paymentMethod", False, ("model", "PaymentMethodInSupplierInvoiceDto")),
        ("supplier_reference", "supplierReference", False, "str"),
        ("description", "description", False, "str"),
        ("created_date_time", "createdDateTime", False, "datetime"),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
        ("note", "note", False, "str"),
        ("closed_financial_period", "closedFinancialPeriod", False, "str"),
        ("location", "location", False, ("model", "LocationInSupplierInvoiceDto")),
        ("vat_total", "vatTotal", False, "float"),
        ("vat_total_in_currency", "vatTotalInCurrency", False, "float"),
        ("branch_number", "branchNumber", False, ("model", "BranchNumberDto")),
        ("pay_date", "payDate", False, "datetime"),
        ("payment_message", "paymentMessage", False, "str"),
        ("cash_account", "cashAccount", False, "str"),
        ("time_stamp", "timeStamp", False, "str"),
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


_Lazy = _lazy_twin(SupplierInvoiceDto)
