from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


@_attrs_define
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

        _payment_reference = d.pop("paymentReference", UNSET)
        payment_reference: PaymentReferenceInCashSaleUpdateDto | Unset
        if isinstance(_payment_reference, Unset):
            payment_reference = UNSET
        else:
            payment_reference = PaymentReferenceInCashSaleUpdateDto.from_dict(_payment_reference)

        _cash_sale_lines = d.pop("cashSaleLines", UNSET)
        cash_sale_lines: list[CashSaleLinesUpdateDto] | Unset = UNSET
        if _cash_sale_lines is not UNSET:
            cash_sale_lines = []
            for cash_sale_lines_item_data in _cash_sale_lines:
                cash_sale_lines_item = CashSaleLinesUpdateDto.from_dict(cash_sale_lines_item_data)

                cash_sale_lines.append(cash_sale_lines_item)

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
        post_period: PostPeriodInCashSaleUpdateDto | Unset
        if isinstance(_post_period, Unset):
            post_period = UNSET
        else:
            post_period = PostPeriodInCashSaleUpdateDto.from_dict(_post_period)

        _financial_period = d.pop("financialPeriod", UNSET)
        financial_period: FinancialPeriodInCashSaleUpdateDto | Unset
        if isinstance(_financial_period, Unset):
            financial_period = UNSET
        else:
            financial_period = FinancialPeriodInCashSaleUpdateDto.from_dict(_financial_period)

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
        sales_person_id: SalesPersonIDInCashSaleUpdateDto | Unset
        if isinstance(_sales_person_id, Unset):
            sales_person_id = UNSET
        else:
            sales_person_id = SalesPersonIDInCashSaleUpdateDto.from_dict(_sales_person_id)

        _salesperson = d.pop("salesperson", UNSET)
        salesperson: SalespersonInCashSaleUpdateDto | Unset
        if isinstance(_salesperson, Unset):
            salesperson = UNSET
        else:
            salesperson = SalespersonInCashSaleUpdateDto.from_dict(_salesperson)

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

        cash_sale_update_dto = cls(
            payment_method_id=payment_method_id,
            credit_terms_id=credit_terms_id,
            payment_reference=payment_reference,
            cash_sale_lines=cash_sale_lines,
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

        cash_sale_update_dto.additional_properties = d
        return cash_sale_update_dto

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
