from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.credit_note_line_update_dto import CreditNoteLineUpdateDto
    from ..models.dto_value_of_boolean import DtoValueOfBoolean
    from ..models.dto_value_of_date_time import DtoValueOfDateTime
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_int_32 import DtoValueOfNullableOfInt32
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.financial_period_in_credit_note_update_dto import FinancialPeriodInCreditNoteUpdateDto
    from ..models.post_period_in_credit_note_update_dto import PostPeriodInCreditNoteUpdateDto
    from ..models.sales_person_id_in_credit_note_update_dto import SalesPersonIDInCreditNoteUpdateDto
    from ..models.salesperson_in_credit_note_update_dto import SalespersonInCreditNoteUpdateDto


T = TypeVar("T", bound="CreditNoteUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "currency_id",
    "customer_ref_number",
    "external_reference",
    "contact",
    "invoice_lines",
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
class CreditNoteUpdateDto(GeneratedModel):
    """
    Attributes:
        currency_id (DtoValueOfString | Unset):
        customer_ref_number (DtoValueOfString | Unset):
        external_reference (DtoValueOfString | Unset):
        contact (DtoValueOfNullableOfInt32 | Unset):
        invoice_lines (list[CreditNoteLineUpdateDto] | Unset):
        reference_number (DtoValueOfString | Unset):
        customer_number (DtoValueOfString | Unset):
        child_customer_number (DtoValueOfString | Unset):
        consolidate_invoices (DtoValueOfNullableOfBoolean | Unset):
        document_date (DtoValueOfDateTime | Unset):
        orig_invoice_date (DtoValueOfDateTime | Unset):
        hold (DtoValueOfBoolean | Unset):
        post_period (PostPeriodInCreditNoteUpdateDto | Unset): The financial period to which the transactions recorded
            in the document should be posted. Use the format MMYYYY.
        financial_period (FinancialPeriodInCreditNoteUpdateDto | Unset): The financial period to which the transactions
            recorded in the document should be posted. Use the format YYYYMM.
        invoice_text (DtoValueOfString | Unset):
        location_id (DtoValueOfString | Unset):
        sales_person_id (SalesPersonIDInCreditNoteUpdateDto | Unset): The field is deprecated for customer document
            endpoints, please use Salesperson instead
        salesperson (SalespersonInCreditNoteUpdateDto | Unset): The identifier of the salesperson involved.
        note (DtoValueOfString | Unset):
        branch_number (DtoValueOfString | Unset):
        cash_account (DtoValueOfString | Unset):
        dont_print (DtoValueOfBoolean | Unset):
        dont_email (DtoValueOfBoolean | Unset):
    """

    currency_id: DtoValueOfString | Unset | None = UNSET
    customer_ref_number: DtoValueOfString | Unset | None = UNSET
    external_reference: DtoValueOfString | Unset | None = UNSET
    contact: DtoValueOfNullableOfInt32 | Unset | None = UNSET
    invoice_lines: list[CreditNoteLineUpdateDto] | Unset | None = UNSET
    reference_number: DtoValueOfString | Unset | None = UNSET
    customer_number: DtoValueOfString | Unset | None = UNSET
    child_customer_number: DtoValueOfString | Unset | None = UNSET
    consolidate_invoices: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    document_date: DtoValueOfDateTime | Unset | None = UNSET
    orig_invoice_date: DtoValueOfDateTime | Unset | None = UNSET
    hold: DtoValueOfBoolean | Unset | None = UNSET
    post_period: PostPeriodInCreditNoteUpdateDto | Unset | None = UNSET
    financial_period: FinancialPeriodInCreditNoteUpdateDto | Unset | None = UNSET
    invoice_text: DtoValueOfString | Unset | None = UNSET
    location_id: DtoValueOfString | Unset | None = UNSET
    sales_person_id: SalesPersonIDInCreditNoteUpdateDto | Unset | None = UNSET
    salesperson: SalespersonInCreditNoteUpdateDto | Unset | None = UNSET
    note: DtoValueOfString | Unset | None = UNSET
    branch_number: DtoValueOfString | Unset | None = UNSET
    cash_account: DtoValueOfString | Unset | None = UNSET
    dont_print: DtoValueOfBoolean | Unset | None = UNSET
    dont_email: DtoValueOfBoolean | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.currency_id
        if _value is not UNSET:
            field_dict["currencyId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.customer_ref_number
        if _value is not UNSET:
            field_dict["customerRefNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.external_reference
        if _value is not UNSET:
            field_dict["externalReference"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.contact
        if _value is not UNSET:
            field_dict["contact"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
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
        _value = self.reference_number
        if _value is not UNSET:
            field_dict["referenceNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.customer_number
        if _value is not UNSET:
            field_dict["customerNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.child_customer_number
        if _value is not UNSET:
            field_dict["childCustomerNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.consolidate_invoices
        if _value is not UNSET:
            field_dict["consolidateInvoices"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.document_date
        if _value is not UNSET:
            field_dict["documentDate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.orig_invoice_date
        if _value is not UNSET:
            field_dict["origInvoiceDate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.hold
        if _value is not UNSET:
            field_dict["hold"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.post_period
        if _value is not UNSET:
            field_dict["postPeriod"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.financial_period
        if _value is not UNSET:
            field_dict["financialPeriod"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.invoice_text
        if _value is not UNSET:
            field_dict["invoiceText"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.location_id
        if _value is not UNSET:
            field_dict["locationId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.sales_person_id
        if _value is not UNSET:
            field_dict["salesPersonID"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.salesperson
        if _value is not UNSET:
            field_dict["salesperson"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.note
        if _value is not UNSET:
            field_dict["note"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.branch_number
        if _value is not UNSET:
            field_dict["branchNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.cash_account
        if _value is not UNSET:
            field_dict["cashAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.dont_print
        if _value is not UNSET:
            field_dict["dontPrint"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.dont_email
        if _value is not UNSET:
            field_dict["dontEmail"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not CreditNoteUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("currencyId", UNSET)
        self.currency_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customerRefNumber", UNSET)
        self.customer_ref_number = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("externalReference", UNSET)
        self.external_reference = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("contact", UNSET)
        self.contact = (
            _models.DtoValueOfNullableOfInt32._vn_fill(_new(_models.DtoValueOfNullableOfInt32), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("invoiceLines", UNSET)
        self.invoice_lines = (
            [
                _models.CreditNoteLineUpdateDto._vn_fill(_new(_models.CreditNoteLineUpdateDto), invoice_lines_item_data)
                if isinstance(invoice_lines_item_data, dict)
                else invoice_lines_item_data
                for invoice_lines_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("referenceNumber", UNSET)
        self.reference_number = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customerNumber", UNSET)
        self.customer_number = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("childCustomerNumber", UNSET)
        self.child_customer_number = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("consolidateInvoices", UNSET)
        self.consolidate_invoices = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("documentDate", UNSET)
        self.document_date = (
            _models.DtoValueOfDateTime._vn_fill(_new(_models.DtoValueOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("origInvoiceDate", UNSET)
        self.orig_invoice_date = (
            _models.DtoValueOfDateTime._vn_fill(_new(_models.DtoValueOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("hold", UNSET)
        self.hold = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("postPeriod", UNSET)
        self.post_period = (
            _models.PostPeriodInCreditNoteUpdateDto._vn_fill(_new(_models.PostPeriodInCreditNoteUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("financialPeriod", UNSET)
        self.financial_period = (
            _models.FinancialPeriodInCreditNoteUpdateDto._vn_fill(
                _new(_models.FinancialPeriodInCreditNoteUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("invoiceText", UNSET)
        self.invoice_text = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("locationId", UNSET)
        self.location_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("salesPersonID", UNSET)
        self.sales_person_id = (
            _models.SalesPersonIDInCreditNoteUpdateDto._vn_fill(
                _new(_models.SalesPersonIDInCreditNoteUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("salesperson", UNSET)
        self.salesperson = (
            _models.SalespersonInCreditNoteUpdateDto._vn_fill(_new(_models.SalespersonInCreditNoteUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("note", UNSET)
        self.note = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("branchNumber", UNSET)
        self.branch_number = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("cashAccount", UNSET)
        self.cash_account = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("dontPrint", UNSET)
        self.dont_print = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("dontEmail", UNSET)
        self.dont_email = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("currency_id", "currencyId", False, ("model", "DtoValueOfString")),
        ("customer_ref_number", "customerRefNumber", False, ("model", "DtoValueOfString")),
        ("external_reference", "externalReference", False, ("model", "DtoValueOfString")),
        ("contact", "contact", False, ("model", "DtoValueOfNullableOfInt32")),
        ("invoice_lines", "invoiceLines", False, ("list", ("model", "CreditNoteLineUpdateDto"))),
        ("reference_number", "referenceNumber", False, ("model", "DtoValueOfString")),
        ("customer_number", "customerNumber", False, ("model", "DtoValueOfString")),
        ("child_customer_number", "childCustomerNumber", False, ("model", "DtoValueOfString")),
        ("consolidate_invoices", "consolidateInvoices", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("document_date", "documentDate", False, ("model", "DtoValueOfDateTime")),
        ("orig_invoice_date", "origInvoiceDate", False, ("model", "DtoValueOfDateTime")),
        ("hold", "hold", False, ("model", "DtoValueOfBoolean")),
        ("post_period", "postPeriod", False, ("model", "PostPeriodInCreditNoteUpdateDto")),
        ("financial_period", "financialPeriod", False, ("model", "FinancialPeriodInCreditNoteUpdateDto")),
        ("invoice_text", "invoiceText", False, ("model", "DtoValueOfString")),
        ("location_id", "locationId", False, ("model", "DtoValueOfString")),
        ("sales_person_id", "salesPersonID", False, ("model", "SalesPersonIDInCreditNoteUpdateDto")),
        ("salesperson", "salesperson", False, ("model", "SalespersonInCreditNoteUpdateDto")),
        ("note", "note", False, ("model", "DtoValueOfString")),
        ("branch_number", "branchNumber", False, ("model", "DtoValueOfString")),
        ("cash_account", "cashAccount", False, ("model", "DtoValueOfString")),
        ("dont_print", "dontPrint", False, ("model", "DtoValueOfBoolean")),
        ("dont_email", "dontEmail", False, ("model", "DtoValueOfBoolean")),
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


_Lazy = _lazy_twin(CreditNoteUpdateDto)
