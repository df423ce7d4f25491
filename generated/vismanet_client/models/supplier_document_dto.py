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
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

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
class SupplierDocumentDto(GeneratedModel):
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

    account: AccountInSupplierDocumentDto | Unset | None = UNSET
    subaccount: SubaccountInSupplierDocumentDto | Unset | None = UNSET
    amount: float | Unset | None = UNSET
    amount_in_currency: float | Unset | None = UNSET
    branch: BranchInSupplierDocumentDto | Unset | None = UNSET
    supplier: SupplierInSupplierDocumentDto | Unset | None = UNSET
    document_type: SupplierDocumentDtoDocumentType | Unset | None = UNSET
    reference_number: str | Unset | None = UNSET
    post_period: str | Unset | None = UNSET
    financial_period: str | Unset | None = UNSET
    date: datetime.datetime | Unset | None = UNSET
    orig_invoice_date: datetime.datetime | Unset | None = UNSET
    due_date: datetime.datetime | Unset | None = UNSET
    approval_status: SupplierDocumentDtoApprovalStatus | Unset | None = UNSET
    status: SupplierDocumentDtoStatus | Unset | None = UNSET
    currency_id: str | Unset | None = UNSET
    balance: float | Unset | None = UNSET
    balance_in_currency: float | Unset | None = UNSET
    cash_discount: float | Unset | None = UNSET
    cash_discount_in_currency: float | Unset | None = UNSET
    payment_method: PaymentMethodInSupplierDocumentDto | Unset | None = UNSET
    supplier_reference: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    created_date_time: datetime.datetime | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    note: str | Unset | None = UNSET
    closed_financial_period: str | Unset | None = UNSET
    location: LocationInSupplierDocumentDto | Unset | None = UNSET
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
        _value = self.account
        if _value is not UNSET:
            field_dict["account"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.subaccount
        if _value is not UNSET:
            field_dict["subaccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.amount
        if _value is not UNSET:
            field_dict["amount"] = _value
        _value = self.amount_in_currency
        if _value is not UNSET:
            field_dict["amountInCurrency"] = _value
        _value = self.branch
        if _value is not UNSET:
            field_dict["branch"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
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
        if cls is not SupplierDocumentDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("account", UNSET)
        self.account = (
            _models.AccountInSupplierDocumentDto._vn_fill(_new(_models.AccountInSupplierDocumentDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("subaccount", UNSET)
        self.subaccount = (
            _models.SubaccountInSupplierDocumentDto._vn_fill(_new(_models.SubaccountInSupplierDocumentDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.amount = _rest.pop("amount", UNSET)
        self.amount_in_currency = _rest.pop("amountInCurrency", UNSET)
        _value = _rest.pop("branch", UNSET)
        self.branch = (
            _models.BranchInSupplierDocumentDto._vn_fill(_new(_models.BranchInSupplierDocumentDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("supplier", UNSET)
        self.supplier = (
            _models.SupplierInSupplierDocumentDto._vn_fill(_new(_models.SupplierInSupplierDocumentDto), _value)
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
            _models.PaymentMethodInSupplierDocumentDto._vn_fill(
                _new(_models.PaymentMethodInSupplierDocumentDto), _value
            )
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
            _models.LocationInSupplierDocumentDto._vn_fill(_new(_models.LocationInSupplierDocumentDto), _value)
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
        ("account", "account", False, ("model", "AccountInSupplierDocumentDto")),
        ("subaccount", "subaccount", False, ("model", "SubaccountInSupplierDocumentDto")),
        ("amount", "amount", False, "float"),
        ("amount_in_currency", "amountInCurrency", False, "float"),
        ("branch", "branch", False, ("model", "BranchInSupplierDocumentDto")),
        ("supplier", "supplier", False, ("model", "SupplierInSupplierDocumentDto")),
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
        ("payment_method", "paymentMethod", False, ("model", "PaymentMethodInSupplierDocumentDto")),
        ("supplier_reference", "supplierReference", False, "str"),
        ("description", "description", False, "str"),
        ("created_date_time", "createdDateTime", False, "datetime"),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
        ("note", "note", False, "str"),
        ("closed_financial_period", "closedFinancialPeriod", False, "str"),
        ("location", "location", False, ("model", "LocationInSupplierDocumentDto")),
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


_Lazy = _lazy_twin(SupplierDocumentDto)
