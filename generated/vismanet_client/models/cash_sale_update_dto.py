from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cash_sale_lines_update_dto import CashSaleLinesUpdateDto
    from ..models.dto_value_of_boolean import DtoValueOfBoolean
    from ..models.dto_value_of_date_time import DtoValueOfDateTime
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.financial_period_in_cash_sale_update_dto import FinancialPeriodInCashSaleUpdateDto
    from ..models.payment_reference_in_cash_sale_update_dto import PaymentReferenceInCashSaleUpdateDto
    from ..models.post_period_in_cash_sale_update_dto import PostPeriodInCashSaleUpdateDto
    from ..models.sales_person_id_in_cash_sale_update_dto import SalesPersonIDInCashSaleUpdateDto
    from ..models.salesperson_in_cash_sale_update_dto import SalespersonInCashSaleUpdateDto


T = TypeVar("T", bound="CashSaleUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "payment_method_id",
    "credit_terms_id",
    "payment_reference",
    "cash_sale_lines",
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
class CashSaleUpdateDto:
    """
    Attributes:
        payment_method_id (DtoValueOfString | Unset):
        credit_terms_id (DtoValueOfString | Unset):
        payment_reference (PaymentReferenceInCashSaleUpdateDto | Unset): Mandatory
        cash_sale_lines (list[CashSaleLinesUpdateDto] | Unset):
        reference_number (DtoValueOfString | Unset):
        customer_number (DtoValueOfString | Unset):
        child_customer_number (DtoValueOfString | Unset):
        consolidate_invoices (DtoValueOfNullableOfBoolean | Unset):
        document_date (DtoValueOfDateTime | Unset):
        orig_invoice_date (DtoValueOfDateTime | Unset):
        hold (DtoValueOfBoolean | Unset):
        post_period (PostPeriodInCashSaleUpdateDto | Unset): The financial period to which the transactions recorded in
            the document should be posted. Use the format MMYYYY.
        financial_period (FinancialPeriodInCashSaleUpdateDto | Unset): The financial period to which the transactions
            recorded in the document should be posted. Use the format YYYYMM.
        invoice_text (DtoValueOfString | Unset):
        location_id (DtoValueOfString | Unset):
        sales_person_id (SalesPersonIDInCashSaleUpdateDto | Unset): The field is deprecated for customer document
            endpoints, please use Salesperson instead
        salesperson (SalespersonInCashSaleUpdateDto | Unset): The identifier of the salesperson involved.
        note (DtoValueOfString | Unset):
        branch_number (DtoValueOfString | Unset):
        cash_account (DtoValueOfString | Unset):
        dont_print (DtoValueOfBoolean | Unset):
        dont_email (DtoValueOfBoolean | Unset):
    """

    payment_method_id: DtoValueOfString | Unset = UNSET
    credit_terms_id: DtoValueOfString | Unset = UNSET
    payment_reference: PaymentReferenceInCashSaleUpdateDto | Unset = UNSET
    cash_sale_lines: list[CashSaleLinesUpdateDto] | Unset = UNSET
    reference_number: DtoValueOfString | Unset = UNSET
    customer_number: DtoValueOfString | Unset = UNSET
    child_customer_number: DtoValueOfString | Unset = UNSET
    consolidate_invoices: DtoValueOfNullableOfBoolean | Unset = UNSET
    document_date: DtoValueOfDateTime | Unset = UNSET
    orig_invoice_date: DtoValueOfDateTime | Unset = UNSET
    hold: DtoValueOfBoolean | Unset = UNSET
    post_period: PostPeriodInCashSaleUpdateDto | Unset = UNSET
    financial_period: FinancialPeriodInCashSaleUpdateDto | Unset = UNSET
    invoice_text: DtoValueOfString | Unset = UNSET
    location_id: DtoValueOfString | Unset = UNSET
    sales_person_id: SalesPersonIDInCashSaleUpdateDto | Unset = UNSET
    salesperson: SalespersonInCashSaleUpdateDto | Unset = UNSET
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

        payment_reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_reference, Unset):
            payment_reference = self.payment_reference.to_dict()

        cash_sale_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cash_sale_lines, Unset):
            cash_sale_lines = []
            for cash_sale_lines_item_data in self.cash_sale_lines:
                cash_sale_lines_item = cash_sale_lines_item_data.to_dict()
                cash_sale_lines.append(cash_sale_lines_item)

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
        if payment_reference is not UNSET:
            field_dict["paymentReference"] = payment_reference
        if cash_sale_lines is not UNSET:
            field_dict["cashSaleLines"] = cash_sale_lines
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
        _value = _rest.pop("paymentReference", UNSET)
        _instance.payment_reference = (
            UNSET if _value is UNSET else _models.PaymentReferenceInCashSaleUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("cashSaleLines", UNSET)
        _instance.cash_sale_lines = (
            UNSET
            if _value is UNSET
            else [
                _models.CashSaleLinesUpdateDto.from_dict(cash_sale_lines_item_data)
                for cash_sale_lines_item_data in _value
            ]
        )
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
        _instance.post_period = UNSET if _value is UNSET else _models.PostPeriodInCashSaleUpdateDto.from_dict(_value)
        _value = _rest.pop("financialPeriod", UNSET)
        _instance.financial_period = (
            UNSET if _value is UNSET else _models.FinancialPeriodInCashSaleUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("invoiceText", UNSET)
        _instance.invoice_text = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("locationId", UNSET)
        _instance.location_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("salesPersonID", UNSET)
        _instance.sales_person_id = (
            UNSET if _value is UNSET else _models.SalesPersonIDInCashSaleUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("salesperson", UNSET)
        _instance.salesperson = UNSET if _value is UNSET else _models.SalespersonInCashSaleUpdateDto.from_dict(_value)
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
