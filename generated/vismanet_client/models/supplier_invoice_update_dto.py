from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.add_po_receipt_line_dto import AddPOReceiptLineDto
    from ..models.add_purchase_order_dto import AddPurchaseOrderDto
    from ..models.approval_details_update_dto import ApprovalDetailsUpdateDto
    from ..models.dto_value_of_boolean import DtoValueOfBoolean
    from ..models.dto_value_of_date_time import DtoValueOfDateTime
    from ..models.dto_value_of_decimal import DtoValueOfDecimal
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_supplier_invoice_types import DtoValueOfNullableOfSupplierInvoiceTypes
    from ..models.dto_value_of_nullable_of_tax_calc_mode import DtoValueOfNullableOfTaxCalcMode
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.financial_period_in_supplier_invoice_update_dto import FinancialPeriodInSupplierInvoiceUpdateDto
    from ..models.pay_selected_in_supplier_invoice_update_dto import PaySelectedInSupplierInvoiceUpdateDto
    from ..models.post_period_in_supplier_invoice_update_dto import PostPeriodInSupplierInvoiceUpdateDto
    from ..models.supplier_invoice_landed_cost_update_dto import SupplierInvoiceLandedCostUpdateDto
    from ..models.supplier_invoice_line_update_dto import SupplierInvoiceLineUpdateDto
    from ..models.tax_detail_update_dto import TaxDetailUpdateDto
    from ..models.validate_line_details_in_supplier_invoice_update_dto import (
        ValidateLineDetailsInSupplierInvoiceUpdateDto,
    )


T = TypeVar("T", bound="SupplierInvoiceUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "document_type",
    "reference_number",
    "hold",
    "date",
    "orig_invoice_date",
    "post_period",
    "financial_period",
    "supplier_reference",
    "description",
    "supplier_number",
    "location_id",
    "currency_id",
    "payment_ref_no",
    "credit_terms_id",
    "due_date",
    "cash_discount_date",
    "note",
    "exchange_rate",
    "branch_number",
    "rounding_diff_in_currency",
    "tax_calculation_mode",
    "supplier_tax_zone",
    "cash_account",
    "payment_method",
    "pay_date",
    "amount",
    "vat_amount",
    "payment_message",
    "apply_retainage",
    "tax_detail_lines",
    "invoice_lines",
    "approval_details",
    "add_po_receipt_lines",
    "add_purchase_orders",
    "landed_costs",
    "pay_selected",
    "override_number_series",
    "validate_line_details",
)


@_attrs_define(repr=False)
class SupplierInvoiceUpdateDto:
    """
    Attributes:
        document_type (DtoValueOfNullableOfSupplierInvoiceTypes | Unset):
        reference_number (DtoValueOfString | Unset):
        hold (DtoValueOfBoolean | Unset):
        date (DtoValueOfDateTime | Unset):
        orig_invoice_date (DtoValueOfDateTime | Unset):
        post_period (PostPeriodInSupplierInvoiceUpdateDto | Unset): The financial period to which the transactions
            recorded in the document should be posted. Use the format MMYYYY.
        financial_period (FinancialPeriodInSupplierInvoiceUpdateDto | Unset): The financial period to which the
            transactions recorded in the document should be posted. Use the format YYYYMM.
        supplier_reference (DtoValueOfString | Unset):
        description (DtoValueOfString | Unset):
        supplier_number (DtoValueOfString | Unset):
        location_id (DtoValueOfString | Unset):
        currency_id (DtoValueOfString | Unset):
        payment_ref_no (DtoValueOfString | Unset):
        credit_terms_id (DtoValueOfString | Unset):
        due_date (DtoValueOfDateTime | Unset):
        cash_discount_date (DtoValueOfDateTime | Unset):
        note (DtoValueOfString | Unset):
        exchange_rate (DtoValueOfDecimal | Unset):
        branch_number (DtoValueOfString | Unset):
        rounding_diff_in_currency (DtoValueOfDecimal | Unset):
        tax_calculation_mode (DtoValueOfNullableOfTaxCalcMode | Unset):
        supplier_tax_zone (DtoValueOfString | Unset):
        cash_account (DtoValueOfString | Unset):
        payment_method (DtoValueOfString | Unset):
        pay_date (DtoValueOfDateTime | Unset):
        amount (DtoValueOfDecimal | Unset):
        vat_amount (DtoValueOfDecimal | Unset):
        payment_message (DtoValueOfString | Unset):
        apply_retainage (DtoValueOfNullableOfBoolean | Unset):
        tax_detail_lines (list[TaxDetailUpdateDto] | Unset):
        invoice_lines (list[SupplierInvoiceLineUpdateDto] | Unset):
        approval_details (ApprovalDetailsUpdateDto | Unset):
        add_po_receipt_lines (list[AddPOReceiptLineDto] | Unset):
        add_purchase_orders (list[AddPurchaseOrderDto] | Unset):
        landed_costs (list[SupplierInvoiceLandedCostUpdateDto] | Unset):
        pay_selected (PaySelectedInSupplierInvoiceUpdateDto | Unset): The Financial details tab &gt; The Default Payment
            Info section &gt; When set to true indicates that the document is approved for payment.
        override_number_series (DtoValueOfBoolean | Unset):
        validate_line_details (ValidateLineDetailsInSupplierInvoiceUpdateDto | Unset): If this flag is set/true, the
            system will surface any line validation errors to the clients rather than silently ignoring these.
    """

    document_type: DtoValueOfNullableOfSupplierInvoiceTypes | Unset = UNSET
    reference_number: DtoValueOfString | Unset = UNSET
    hold: DtoValueOfBoolean | Unset = UNSET
    date: DtoValueOfDateTime | Unset = UNSET
    orig_invoice_date: DtoValueOfDateTime | Unset = UNSET
    post_period: PostPeriodInSupplierInvoiceUpdateDto | Unset = UNSET
    financial_period: FinancialPeriodInSupplierInvoiceUpdateDto | Unset = UNSET
    supplier_reference: DtoValueOfString | Unset = UNSET
    description: DtoValueOfString | Unset = UNSET
    supplier_number: DtoValueOfString | Unset = UNSET
    location_id: DtoValueOfString | Unset = UNSET
    currency_id: DtoValueOfString | Unset = UNSET
    payment_ref_no: DtoValueOfString | Unset = UNSET
    credit_terms_id: DtoValueOfString | Unset = UNSET
    due_date: DtoValueOfDateTime | Unset = UNSET
    cash_discount_date: DtoValueOfDateTime | Unset = UNSET
    note: DtoValueOfString | Unset = UNSET
    exchange_rate: DtoValueOfDecimal | Unset = UNSET
    branch_number: DtoValueOfString | Unset = UNSET
    rounding_diff_in_currency: DtoValueOfDecimal | Unset = UNSET
    tax_calculation_mode: DtoValueOfNullableOfTaxCalcMode | Unset = UNSET
    supplier_tax_zone: DtoValueOfString | Unset = UNSET
    cash_account: DtoValueOfString | Unset = UNSET
    payment_method: DtoValueOfString | Unset = UNSET
    pay_date: DtoValueOfDateTime | Unset = UNSET
    amount: DtoValueOfDecimal | Unset = UNSET
    vat_amount: DtoValueOfDecimal | Unset = UNSET
    payment_message: DtoValueOfString | Unset = UNSET
    apply_retainage: DtoValueOfNullableOfBoolean | Unset = UNSET
    tax_detail_lines: list[TaxDetailUpdateDto] | Unset = UNSET
    invoice_lines: list[SupplierInvoiceLineUpdateDto] | Unset = UNSET
    approval_details: ApprovalDetailsUpdateDto | Unset = UNSET
    add_po_receipt_lines: list[AddPOReceiptLineDto] | Unset = UNSET
    add_purchase_orders: list[AddPurchaseOrderDto] | Unset = UNSET
    landed_costs: list[SupplierInvoiceLandedCostUpdateDto] | Unset = UNSET
    pay_selected: PaySelectedInSupplierInvoiceUpdateDto | Unset = UNSET
    override_number_series: DtoValueOfBoolean | Unset = UNSET
    validate_line_details: ValidateLineDetailsInSupplierInvoiceUpdateDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document_type, Unset):
            document_type = self.document_type.to_dict()

        reference_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reference_number, Unset):
            reference_number = self.reference_number.to_dict()

        hold: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hold, Unset):
            hold = self.hold.to_dict()

        date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.to_dict()

        orig_invoice_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.orig_invoice_date, Unset):
            orig_invoice_date = self.orig_invoice_date.to_dict()

        post_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.post_period, Unset):
            post_period = self.post_period.to_dict()

        financial_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.financial_period, Unset):
            financial_period = self.financial_period.to_dict()

        supplier_reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier_reference, Unset):
            supplier_reference = self.supplier_reference.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        supplier_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier_number, Unset):
            supplier_number = self.supplier_number.to_dict()

        location_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location_id, Unset):
            location_id = self.location_id.to_dict()

        currency_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency_id, Unset):
            currency_id = self.currency_id.to_dict()

        payment_ref_no: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_ref_no, Unset):
            payment_ref_no = self.payment_ref_no.to_dict()

        credit_terms_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_terms_id, Unset):
            credit_terms_id = self.credit_terms_id.to_dict()

        due_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.to_dict()

        cash_discount_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cash_discount_date, Unset):
            cash_discount_date = self.cash_discount_date.to_dict()

        note: dict[str, Any] | Unset = UNSET
        if not isinstance(self.note, Unset):
            note = self.note.to_dict()

        exchange_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.exchange_rate, Unset):
            exchange_rate = self.exchange_rate.to_dict()

        branch_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch_number, Unset):
            branch_number = self.branch_number.to_dict()

        rounding_diff_in_currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rounding_diff_in_currency, Unset):
            rounding_diff_in_currency = self.rounding_diff_in_currency.to_dict()

        tax_calculation_mode: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_calculation_mode, Unset):
            tax_calculation_mode = self.tax_calculation_mode.to_dict()

        supplier_tax_zone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier_tax_zone, Unset):
            supplier_tax_zone = self.supplier_tax_zone.to_dict()

        cash_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cash_account, Unset):
            cash_account = self.cash_account.to_dict()

        payment_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.to_dict()

        pay_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pay_date, Unset):
            pay_date = self.pay_date.to_dict()

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        vat_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_amount, Unset):
            vat_amount = self.vat_amount.to_dict()

        payment_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_message, Unset):
            payment_message = self.payment_message.to_dict()

        apply_retainage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.apply_retainage, Unset):
            apply_retainage = self.apply_retainage.to_dict()

        tax_detail_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_detail_lines, Unset):
            tax_detail_lines = []
            for tax_detail_lines_item_data in self.tax_detail_lines:
                tax_detail_lines_item = tax_detail_lines_item_data.to_dict()
                tax_detail_lines.append(tax_detail_lines_item)

        invoice_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoice_lines, Unset):
            invoice_lines = []
            for invoice_lines_item_data in self.invoice_lines:
                invoice_lines_item = invoice_lines_item_data.to_dict()
                invoice_lines.append(invoice_lines_item)

        approval_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.approval_details, Unset):
            approval_details = self.approval_details.to_dict()

        add_po_receipt_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.add_po_receipt_lines, Unset):
            add_po_receipt_lines = []
            for add_po_receipt_lines_item_data in self.add_po_receipt_lines:
                add_po_receipt_lines_item = add_po_receipt_lines_item_data.to_dict()
                add_po_receipt_lines.append(add_po_receipt_lines_item)

        add_purchase_orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.add_purchase_orders, Unset):
            add_purchase_orders = []
            for add_purchase_orders_item_data in self.add_purchase_orders:
                add_purchase_orders_item = add_purchase_orders_item_data.to_dict()
                add_purchase_orders.append(add_purchase_orders_item)

        landed_costs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.landed_costs, Unset):
            landed_costs = []
            for landed_costs_item_data in self.landed_costs:
                landed_costs_item = landed_costs_item_data.to_dict()
                landed_costs.append(landed_costs_item)

        pay_selected: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pay_selected, Unset):
            pay_selected = self.pay_selected.to_dict()

        override_number_series: dict[str, Any] | Unset = UNSET
        if not isinstance(self.override_number_series, Unset):
            override_number_series = self.override_number_series.to_dict()

        validate_line_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validate_line_details, Unset):
            validate_line_details = self.validate_line_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if document_type is not UNSET:
            field_dict["documentType"] = document_type
        if reference_number is not UNSET:
            field_dict["referenceNumber"] = reference_number
        if hold is not UNSET:
            field_dict["hold"] = hold
        if date is not UNSET:
            field_dict["date"] = date
        if orig_invoice_date is not UNSET:
            field_dict["origInvoiceDate"] = orig_invoice_date
        if post_period is not UNSET:
            field_dict["postPeriod"] = post_period
        if financial_period is not UNSET:
            field_dict["financialPeriod"] = financial_period
        if supplier_reference is not UNSET:
            field_dict["supplierReference"] = supplier_reference
        if description is not UNSET:
            field_dict["description"] = description
        if supplier_number is not UNSET:
            field_dict["supplierNumber"] = supplier_number
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if currency_id is not UNSET:
            field_dict["currencyId"] = currency_id
        if payment_ref_no is not UNSET:
            field_dict["paymentRefNo"] = payment_ref_no
        if credit_terms_id is not UNSET:
            field_dict["creditTermsId"] = credit_terms_id
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if cash_discount_date is not UNSET:
            field_dict["cashDiscountDate"] = cash_discount_date
        if note is not UNSET:
            field_dict["note"] = note
        if exchange_rate is not UNSET:
            field_dict["exchangeRate"] = exchange_rate
        if branch_number is not UNSET:
            field_dict["branchNumber"] = branch_number
        if rounding_diff_in_currency is not UNSET:
            field_dict["roundingDiffInCurrency"] = rounding_diff_in_currency
        if tax_calculation_mode is not UNSET:
            field_dict["taxCalculationMode"] = tax_calculation_mode
        if supplier_tax_zone is not UNSET:
            field_dict["supplierTaxZone"] = supplier_tax_zone
        if cash_account is not UNSET:
            field_dict["cashAccount"] = cash_account
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method
        if pay_date is not UNSET:
            field_dict["payDate"] = pay_date
        if amount is not UNSET:
            field_dict["amount"] = amount
        if vat_amount is not UNSET:
            field_dict["vatAmount"] = vat_amount
        if payment_message is not UNSET:
            field_dict["paymentMessage"] = payment_message
        if apply_retainage is not UNSET:
            field_dict["applyRetainage"] = apply_retainage
        if tax_detail_lines is not UNSET:
            field_dict["taxDetailLines"] = tax_detail_lines
        if invoice_lines is not UNSET:
            field_dict["invoiceLines"] = invoice_lines
        if approval_details is not UNSET:
            field_dict["approvalDetails"] = approval_details
        if add_po_receipt_lines is not UNSET:
            field_dict["addPOReceiptLines"] = add_po_receipt_lines
        if add_purchase_orders is not UNSET:
            field_dict["addPurchaseOrders"] = add_purchase_orders
        if landed_costs is not UNSET:
            field_dict["landedCosts"] = landed_costs
        if pay_selected is not UNSET:
            field_dict["paySelected"] = pay_selected
        if override_number_series is not UNSET:
            field_dict["overrideNumberSeries"] = override_number_series
        if validate_line_details is not UNSET:
            field_dict["validateLineDetails"] = validate_line_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("documentType", UNSET)
        _instance.document_type = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfSupplierInvoiceTypes.from_dict(_value)
        )
        _value = _rest.pop("referenceNumber", UNSET)
        _instance.reference_number = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("hold", UNSET)
        _instance.hold = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("date", UNSET)
        _instance.date = UNSET if _value is UNSET else _models.DtoValueOfDateTime.from_dict(_value)
        _value = _rest.pop("origInvoiceDate", UNSET)
        _instance.orig_invoice_date = UNSET if _value is UNSET else _models.DtoValueOfDateTime.from_dict(_value)
        _value = _rest.pop("postPeriod", UNSET)
        _instance.post_period = (
            UNSET if _value is UNSET else _models.PostPeriodInSupplierInvoiceUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("financialPeriod", UNSET)
        _instance.financial_period = (
            UNSET if _value is UNSET else _models.FinancialPeriodInSupplierInvoiceUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("supplierReference", UNSET)
        _instance.supplier_reference = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("description", UNSET)
        _instance.description = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("supplierNumber", UNSET)
        _instance.supplier_number = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("locationId", UNSET)
        _instance.location_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("currencyId", UNSET)
        _instance.currency_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("paymentRefNo", UNSET)
        _instance.payment_ref_no = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("creditTermsId", UNSET)
        _instance.credit_terms_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("dueDate", UNSET)
        _instance.due_date = UNSET if _value is UNSET else _models.DtoValueOfDateTime.from_dict(_value)
        _value = _rest.pop("cashDiscountDate", UNSET)
        _instance.cash_discount_date = UNSET if _value is UNSET else _models.DtoValueOfDateTime.from_dict(_value)
        _value = _rest.pop("note", UNSET)
        _instance.note = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("exchangeRate", UNSET)
        _instance.exchange_rate = UNSET if _value is UNSET else _models.DtoValueOfDecimal.from_dict(_value)
        _value = _rest.pop("branchNumber", UNSET)
        _instance.branch_number = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("roundingDiffInCurrency", UNSET)
        _instance.rounding_diff_in_currency = UNSET if _value is UNSET else _models.DtoValueOfDecimal.from_dict(_value)
        _value = _rest.pop("taxCalculationMode", UNSET)
        _instance.tax_calculation_mode = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfTaxCalcMode.from_dict(_value)
        )
        _value = _rest.pop("supplierTaxZone", UNSET)
        _instance.supplier_tax_zone = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("cashAccount", UNSET)
        _instance.cash_account = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("paymentMethod", UNSET)
        _instance.payment_method = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("payDate", UNSET)
        _instance.pay_date = UNSET if _value is UNSET else _models.DtoValueOfDateTime.from_dict(_value)
        _value = _rest.pop("amount", UNSET)
        _instance.amount = UNSET if _value is UNSET else _models.DtoValueOfDecimal.from_dict(_value)
        _value = _rest.pop("vatAmount", UNSET)
        _instance.vat_amount = UNSET if _value is UNSET else _models.DtoValueOfDecimal.from_dict(_value)
        _value = _rest.pop("paymentMessage", UNSET)
        _instance.payment_message = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("applyRetainage", UNSET)
        _instance.apply_retainage = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("taxDetailLines", UNSET)
        _instance.tax_detail_lines = (
            UNSET
            if _value is UNSET
            else [
                _models.TaxDetailUpdateDto.from_dict(tax_detail_lines_item_data)
                for tax_detail_lines_item_data in _value
            ]
        )
        _value = _rest.pop("invoiceLines", UNSET)
        _instance.invoice_lines = (
            UNSET
            if _value is UNSET
            else [
                _models.SupplierInvoiceLineUpdateDto.from_dict(invoice_lines_item_data)
                for invoice_lines_item_data in _value
            ]
        )
        _value = _rest.pop("approvalDetails", UNSET)
        _instance.approval_details = UNSET if _value is UNSET else _models.ApprovalDetailsUpdateDto.from_dict(_value)
        _value = _rest.pop("addPOReceiptLines", UNSET)
        _instance.add_po_receipt_lines = (
            UNSET
            if _value is UNSET
            else [
                _models.AddPOReceiptLineDto.from_dict(add_po_receipt_lines_item_data)
                for add_po_receipt_lines_item_data in _value
            ]
        )
        _value = _rest.pop("addPurchaseOrders", UNSET)
        _instance.add_purchase_orders = (
            UNSET
            if _value is UNSET
            else [
                _models.AddPurchaseOrderDto.from_dict(add_purchase_orders_item_data)
                for add_purchase_orders_item_data in _value
            ]
        )
        _value = _rest.pop("landedCosts", UNSET)
        _instance.landed_costs = (
            UNSET
            if _value is UNSET
            else [
                _models.SupplierInvoiceLandedCostUpdateDto.from_dict(landed_costs_item_data)
                for landed_costs_item_data in _value
            ]
        )
        _value = _rest.pop("paySelected", UNSET)
        _instance.pay_selected = (
            UNSET if _value is UNSET else _models.PaySelectedInSupplierInvoiceUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("overrideNumberSeries", UNSET)
        _instance.override_number_series = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("validateLineDetails", UNSET)
        _instance.validate_line_details = (
            UNSET if _value is UNSET else _models.ValidateLineDetailsInSupplierInvoiceUpdateDto.from_dict(_value)
        )
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
