from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.supplier_document_dto_approval_status import (
    SupplierDocumentDtoApprovalStatus,
)
from ..models.supplier_document_dto_document_type import (
    SupplierDocumentDtoDocumentType,
)
from ..models.supplier_document_dto_status import SupplierDocumentDtoStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_in_supplier_document_dto import AccountInSupplierDocumentDto
    from ..models.branch_in_supplier_document_dto import BranchInSupplierDocumentDto
    from ..models.branch_number_dto import BranchNumberDto
    from ..models.location_in_supplier_document_dto import LocationInSupplierDocumentDto
    from ..models.metadata_dto import MetadataDto
    from ..models.payment_method_in_supplier_document_dto import PaymentMethodInSupplierDocumentDto
    from ..models.subaccount_in_supplier_document_dto import SubaccountInSupplierDocumentDto
    from ..models.supplier_in_supplier_document_dto import SupplierInSupplierDocumentDto


T = TypeVar("T", bound="SupplierDocumentDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "account",
    "subaccount",
    "amount",
    "amount_in_currency",
    "branch",
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
class SupplierDocumentDto:
    """
    Attributes:
        account (AccountInSupplierDocumentDto | Unset): Mandatory field: Document details tab &gt; Account* &gt; The
            expense account to be updated by this transaction.
        subaccount (SubaccountInSupplierDocumentDto | Unset): Mandatory field: Document details tab &gt; Subaccount*
            &gt; The corresponding subaccount to be used for invoices and adjustments.
        amount (float | Unset): Document details tab &gt; Amount &gt; Read-only. The total amount for the specified
            quantity of items or services of this type (after the discount has been taken).
        amount_in_currency (float | Unset): An automatic calculation of the amount with the currency set as default for
            supplier.
        branch (BranchInSupplierDocumentDto | Unset): Branch is deprecated, please use BranchNumber instead.
        supplier (SupplierInSupplierDocumentDto | Unset): The Top part &gt; Supplier* &gt; The identifier of the
            supplier referred to in the document.
        document_type (SupplierDocumentDtoDocumentType | Unset): The top part &gt; Top part &gt; Type &gt; The type of
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
        approval_status (SupplierDocumentDtoApprovalStatus | Unset): The Top part &gt; Approval status &gt; The status
            of the document in Visma.net Approval. [New, Canceled, SentToApproval, ReceivedByApproval, InProgressApproval,
            RejectedInApproval, ApprovedInApproval, ActiveWorkflowApproval.
        status (SupplierDocumentDtoStatus | Unset): The Top part &gt; Document status &gt; A read-only field that shows
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
        payment_method (PaymentMethodInSupplierDocumentDto | Unset): The Financial details tab &gt; Payment method &gt;
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
        location (LocationInSupplierDocumentDto | Unset): The Top part &gt; Location* &gt; The supplier location
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

    account: AccountInSupplierDocumentDto | Unset = UNSET
    subaccount: SubaccountInSupplierDocumentDto | Unset = UNSET
    amount: float | Unset = UNSET
    amount_in_currency: float | Unset = UNSET
    branch: BranchInSupplierDocumentDto | Unset = UNSET
    supplier: SupplierInSupplierDocumentDto | Unset = UNSET
    document_type: SupplierDocumentDtoDocumentType | Unset = UNSET
    reference_number: str | Unset = UNSET
    post_period: str | Unset = UNSET
    financial_period: str | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    orig_invoice_date: datetime.datetime | Unset = UNSET
    due_date: datetime.datetime | Unset = UNSET
    approval_status: SupplierDocumentDtoApprovalStatus | Unset = UNSET
    status: SupplierDocumentDtoStatus | Unset = UNSET
    currency_id: str | Unset = UNSET
    balance: float | Unset = UNSET
    balance_in_currency: float | Unset = UNSET
    cash_discount: float | Unset = UNSET
    cash_discount_in_currency: float | Unset = UNSET
    payment_method: PaymentMethodInSupplierDocumentDto | Unset = UNSET
    supplier_reference: str | Unset = UNSET
    description: str | Unset = UNSET
    created_date_time: datetime.datetime | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    note: str | Unset = UNSET
    closed_financial_period: str | Unset = UNSET
    location: LocationInSupplierDocumentDto | Unset = UNSET
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
        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        subaccount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subaccount, Unset):
            subaccount = self.subaccount.to_dict()

        amount = self.amount

        amount_in_currency = self.amount_in_currency

        branch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch, Unset):
            branch = self.branch.to_dict()

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
        if account is not UNSET:
            field_dict["account"] = account
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if amount is not UNSET:
            field_dict["amount"] = amount
        if amount_in_currency is not UNSET:
            field_dict["amountInCurrency"] = amount_in_currency
        if branch is not UNSET:
            field_dict["branch"] = branch
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
        _value = _rest.pop("account", UNSET)
        _instance.account = UNSET if _value is UNSET else _models.AccountInSupplierDocumentDto.from_dict(_value)
        _value = _rest.pop("subaccount", UNSET)
        _instance.subaccount = UNSET if _value is UNSET else _models.SubaccountInSupplierDocumentDto.from_dict(_value)
        _instance.amount = _rest.pop("amount", UNSET)
        _instance.amount_in_currency = _rest.pop("amountInCurrency", UNSET)
        _value = _rest.pop("branch", UNSET)
        _instance.branch = UNSET if _value is UNSET else _models.BranchInSupplierDocumentDto.from_dict(_value)
        _value = _rest.pop("supplier", UNSET)
        _instance.supplier = UNSET if _value is UNSET else _models.SupplierInSupplierDocumentDto.from_dict(_value)
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
            UNSET if _value is UNSET else _models.PaymentMethodInSupplierDocumentDto.from_dict(_value)
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
        _instance.location = UNSET if _value is UNSET else _models.LocationInSupplierDocumentDto.from_dict(_value)
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
