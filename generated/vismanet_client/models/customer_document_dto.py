from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.customer_document_dto_document_type import (
    CustomerDocumentDtoDocumentType,
)
from ..models.customer_document_dto_status import CustomerDocumentDtoStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_in_customer_document_dto import AccountInCustomerDocumentDto
    from ..models.branch_in_customer_document_dto import BranchInCustomerDocumentDto
    from ..models.branch_number_in_customer_document_dto import BranchNumberInCustomerDocumentDto
    from ..models.customer_in_customer_document_dto import CustomerInCustomerDocumentDto
    from ..models.location_in_customer_document_dto import LocationInCustomerDocumentDto
    from ..models.metadata_dto import MetadataDto
    from ..models.payment_method_in_customer_document_dto import PaymentMethodInCustomerDocumentDto
    from ..models.project_in_customer_document_dto import ProjectInCustomerDocumentDto
    from ..models.subaccount_in_customer_document_dto import SubaccountInCustomerDocumentDto


T = TypeVar("T", bound="CustomerDocumentDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "document_due_date",
    "branch",
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
class CustomerDocumentDto:
    """
    Attributes:
        document_due_date (datetime.datetime | Unset):
        branch (BranchInCustomerDocumentDto | Unset): Branch is deprecated, please use BranchNumber instead.
        customer (CustomerInCustomerDocumentDto | Unset): The top part &gt; Customer &gt; The customer associated with
            the document.
        document_type (CustomerDocumentDtoDocumentType | Unset): The top part &gt; Type &gt; The document type. The
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
        status (CustomerDocumentDtoStatus | Unset): The top part &gt; Status &gt; The status of the document, which can
            be one of the following: Hold, Balanced, Voided, Scheduled, Open, Closed, Pending print, Pending email.
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
        payment_method (PaymentMethodInCustomerDocumentDto | Unset): The Financial details tab &gt; The Payment
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
        location (LocationInCustomerDocumentDto | Unset): The top part &gt; Location &gt; The location of the customer
            related to the document. By default, it is the default
            location of the selected customer or, if the invoice is created from an opportunity,
            it is the customer location specified for the opportunity.
        branch_number (BranchNumberInCustomerDocumentDto | Unset): The Financial details tab &gt; Branch &gt; The branch
            with which this invoice or memo is associated. The field is available if your company is set up with branches.
        cash_account (str | Unset): Financial details tab &gt; The payment information section &gt; Cash account &gt;
            The cash account associated with the payment method.
        project (ProjectInCustomerDocumentDto | Unset): The top part &gt; Project* &gt; The identifier and description
            of the project with which this document is associated, or the code indicating that this document is not
            associated with any project; the non-project code is specified in the Project accounting preferences (PM101000)
            window.
        account (AccountInCustomerDocumentDto | Unset): The Document details tab &gt;  Account * &gt; The sales account
            used for the transaction.
        subaccount (SubaccountInCustomerDocumentDto | Unset): The Document details tab &gt; Subaccount* &gt; The
            corresponding subaccount used for this transaction.
        customer_project (str | Unset): The top part &gt; Customer project no. &gt; The customer project no. used in
            AutoInvoice.
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    document_due_date: datetime.datetime | Unset = UNSET
    branch: BranchInCustomerDocumentDto | Unset = UNSET
    customer: CustomerInCustomerDocumentDto | Unset = UNSET
    document_type: CustomerDocumentDtoDocumentType | Unset = UNSET
    reference_number: str | Unset = UNSET
    post_period: str | Unset = UNSET
    financial_period: str | Unset = UNSET
    closed_financial_period: str | Unset = UNSET
    document_date: datetime.datetime | Unset = UNSET
    orig_invoice_date: datetime.datetime | Unset = UNSET
    status: CustomerDocumentDtoStatus | Unset = UNSET
    currency_id: str | Unset = UNSET
    amount: float | Unset = UNSET
    amount_in_currency: float | Unset = UNSET
    balance: float | Unset = UNSET
    balance_in_currency: float | Unset = UNSET
    cash_discount: float | Unset = UNSET
    cash_discount_in_currency: float | Unset = UNSET
    payment_method: PaymentMethodInCustomerDocumentDto | Unset = UNSET
    customer_ref_number: str | Unset = UNSET
    invoice_text: str | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    created_date_time: datetime.datetime | Unset = UNSET
    note: str | Unset = UNSET
    vat_total: float | Unset = UNSET
    vat_total_in_currency: float | Unset = UNSET
    location: LocationInCustomerDocumentDto | Unset = UNSET
    branch_number: BranchNumberInCustomerDocumentDto | Unset = UNSET
    cash_account: str | Unset = UNSET
    project: ProjectInCustomerDocumentDto | Unset = UNSET
    account: AccountInCustomerDocumentDto | Unset = UNSET
    subaccount: SubaccountInCustomerDocumentDto | Unset = UNSET
    customer_project: str | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_due_date: str | Unset = UNSET
        if not isinstance(self.document_due_date, Unset):
            document_due_date = self.document_due_date.isoformat()

        branch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch, Unset):
            branch = self.branch.to_dict()

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
        if document_due_date is not UNSET:
            field_dict["documentDueDate"] = document_due_date
        if branch is not UNSET:
            field_dict["branch"] = branch
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
        _value = _rest.pop("documentDueDate", UNSET)
        _instance.document_due_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("branch", UNSET)
        _instance.branch = UNSET if _value is UNSET else _models.BranchInCustomerDocumentDto.from_dict(_value)
        _value = _rest.pop("customer", UNSET)
        _instance.customer = UNSET if _value is UNSET else _models.CustomerInCustomerDocumentDto.from_dict(_value)
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
            UNSET if _value is UNSET else _models.PaymentMethodInCustomerDocumentDto.from_dict(_value)
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
        _instance.location = UNSET if _value is UNSET else _models.LocationInCustomerDocumentDto.from_dict(_value)
        _value = _rest.pop("branchNumber", UNSET)
        _instance.branch_number = (
            UNSET if _value is UNSET else _models.BranchNumberInCustomerDocumentDto.from_dict(_value)
        )
        _instance.cash_account = _rest.pop("cashAccount", UNSET)
        _value = _rest.pop("project", UNSET)
        _instance.project = UNSET if _value is UNSET else _models.ProjectInCustomerDocumentDto.from_dict(_value)
        _value = _rest.pop("account", UNSET)
        _instance.account = UNSET if _value is UNSET else _models.AccountInCustomerDocumentDto.from_dict(_value)
        _value = _rest.pop("subaccount", UNSET)
        _instance.subaccount = UNSET if _value is UNSET else _models.SubaccountInCustomerDocumentDto.from_dict(_value)
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
