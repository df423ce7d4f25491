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
class SupplierInvoiceUpdateDto(GeneratedModel):
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

    document_type: DtoValueOfNullableOfSupplierInvoiceTypes | Unset | None = UNSET
    reference_number: DtoValueOfString | Unset | None = UNSET
    hold: DtoValueOfBoolean | Unset | None = UNSET
    date: DtoValueOfDateTime | Unset | None = UNSET
    orig_invoice_date: DtoValueOfDateTime | Unset | None = UNSET
    post_period: PostPeriodInSupplierInvoiceUpdateDto | Unset | None = UNSET
    financial_period: FinancialPeriodInSupplierInvoiceUpdateDto | Unset | None = UNSET
    supplier_reference: DtoValueOfString | Unset | None = UNSET
    description: DtoValueOfString | Unset | None = UNSET
    supplier_number: DtoValueOfString | Unset | None = UNSET
    location_id: DtoValueOfString | Unset | None = UNSET
    currency_id: DtoValueOfString | Unset | None = UNSET
    payment_ref_no: DtoValueOfString | Unset | None = UNSET
    credit_terms_id: DtoValueOfString | Unset | None = UNSET
    due_date: DtoValueOfDateTime | Unset | None = UNSET
    cash_discount_date: DtoValueOfDateTime | Unset | None = UNSET
    note: DtoValueOfString | Unset | None = UNSET
    exchange_rate: DtoValueOfDecimal | Unset | None = UNSET
    branch_number: DtoValueOfString | Unset | None = UNSET
    rounding_diff_in_currency: DtoValueOfDecimal | Unset | None = UNSET
    tax_calculation_mode: DtoValueOfNullableOfTaxCalcMode | Unset | None = UNSET
    supplier_tax_zone: DtoValueOfString | Unset | None = UNSET
    cash_account: DtoValueOfString | Unset | None = UNSET
    payment_method: DtoValueOfString | Unset | None = UNSET
    pay_date: DtoValueOfDateTime | Unset | None = UNSET
    amount: DtoValueOfDecimal | Unset | None = UNSET
    vat_amount: DtoValueOfDecimal | Unset | None = UNSET
    payment_message: DtoValueOfString | Unset | None = UNSET
    apply_retainage: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    tax_detail_lines: list[TaxDetailUpdateDto] | Unset | None = UNSET
    invoice_lines: list[SupplierInvoiceLineUpdateDto] | Unset | None = UNSET
    approval_details: ApprovalDetailsUpdateDto | Unset | None = UNSET
    add_po_receipt_lines: list[AddPOReceiptLineDto] | Unset | None = UNSET
    add_purchase_orders: list[AddPurchaseOrderDto] | Unset | None = UNSET
    landed_costs: list[SupplierInvoiceLandedCostUpdateDto] | Unset | None = UNSET
    pay_selected: PaySelectedInSupplierInvoiceUpdateDto | Unset | None = UNSET
    override_number_series: DtoValueOfBoolean | Unset | None = UNSET
    validate_line_details: ValidateLineDetailsInSupplierInvoiceUpdateDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.document_type
        if _value is not UNSET:
            field_dict["documentType"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.reference_number
        if _value is not UNSET:
            field_dict["referenceNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.hold
        if _value is not UNSET:
            field_dict["hold"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.date
        if _value is not UNSET:
            field_dict["date"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.orig_invoice_date
        if _value is not UNSET:
            field_dict["origInvoiceDate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.post_period
        if _value is not UNSET:
            field_dict["postPeriod"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.financial_period
        if _value is not UNSET:
            field_dict["financialPeriod"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.supplier_reference
        if _value is not UNSET:
            field_dict["supplierReference"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.supplier_number
        if _value is not UNSET:
            field_dict["supplierNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.location_id
        if _value is not UNSET:
            field_dict["locationId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.currency_id
        if _value is not UNSET:
            field_dict["currencyId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.payment_ref_no
        if _value is not UNSET:
            field_dict["paymentRefNo"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.credit_terms_id
        if _value is not UNSET:
            field_dict["creditTermsId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.due_date
        if _value is not UNSET:
            field_dict["dueDate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.cash_discount_date
        if _value is not UNSET:
            field_dict["cashDiscountDate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.note
        if _value is not UNSET:
            field_dict["note"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.exchange_rate
        if _value is not UNSET:
            field_dict["exchangeRate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.branch_number
        if _value is not UNSET:
            field_dict["branchNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.rounding_diff_in_currency
        if _value is not UNSET:
            field_dict["roundingDiffInCurrency"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.tax_calculation_mode
        if _value is not UNSET:
            field_dict["taxCalculationMode"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.supplier_tax_zone
        if _value is not UNSET:
            field_dict["supplierTaxZone"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.cash_account
        if _value is not UNSET:
            field_dict["cashAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.payment_method
        if _value is not UNSET:
            field_dict["paymentMethod"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.pay_date
        if _value is not UNSET:
            field_dict["payDate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.amount
        if _value is not UNSET:
            field_dict["amount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.vat_amount
        if _value is not UNSET:
            field_dict["vatAmount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.payment_message
        if _value is not UNSET:
            field_dict["paymentMessage"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.apply_retainage
        if _value is not UNSET:
            field_dict["applyRetainage"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
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
        _value = self.approval_details
        if _value is not UNSET:
            field_dict["approvalDetails"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.add_po_receipt_lines
        if _value is not UNSET:
            field_dict["addPOReceiptLines"] = (
                [
                    add_po_receipt_lines_item_data.to_dict()
                    if isinstance(add_po_receipt_lines_item_data, GeneratedModel)
                    else add_po_receipt_lines_item_data
                    for add_po_receipt_lines_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.add_purchase_orders
        if _value is not UNSET:
            field_dict["addPurchaseOrders"] = (
                [
                    add_purchase_orders_item_data.to_dict()
                    if isinstance(add_purchase_orders_item_data, GeneratedModel)
                    else add_purchase_orders_item_data
                    for add_purchase_orders_item_data in _value
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
        _value = self.pay_selected
        if _value is not UNSET:
            field_dict["paySelected"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.override_number_series
        if _value is not UNSET:
            field_dict["overrideNumberSeries"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.validate_line_details
        if _value is not UNSET:
            field_dict["validateLineDetails"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not SupplierInvoiceUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("documentType", UNSET)
        self.document_type = (
            _models.DtoValueOfNullableOfSupplierInvoiceTypes._vn_fill(
                _new(_models.DtoValueOfNullableOfSupplierInvoiceTypes), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("referenceNumber", UNSET)
        self.reference_number = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("hold", UNSET)
        self.hold = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("date", UNSET)
        self.date = (
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
        _value = _rest.pop("postPeriod", UNSET)
        self.post_period = (
            _models.PostPeriodInSupplierInvoiceUpdateDto._vn_fill(
                _new(_models.PostPeriodInSupplierInvoiceUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("financialPeriod", UNSET)
        self.financial_period = (
            _models.FinancialPeriodInSupplierInvoiceUpdateDto._vn_fill(
                _new(_models.FinancialPeriodInSupplierInvoiceUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("supplierReference", UNSET)
        self.supplier_reference = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("description", UNSET)
        self.description = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("supplierNumber", UNSET)
        self.supplier_number = (
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
        _value = _rest.pop("currencyId", UNSET)
        self.currency_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("paymentRefNo", UNSET)
        self.payment_ref_no = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("creditTermsId", UNSET)
        self.credit_terms_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("dueDate", UNSET)
        self.due_date = (
            _models.DtoValueOfDateTime._vn_fill(_new(_models.DtoValueOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("cashDiscountDate", UNSET)
        self.cash_discount_date = (
            _models.DtoValueOfDateTime._vn_fill(_new(_models.DtoValueOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("note", UNSET)
        self.note = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("exchangeRate", UNSET)
        self.exchange_rate = (
            _models.DtoValueOfDecimal._vn_fill(_new(_models.DtoValueOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("branchNumber", UNSET)
        self.branch_number = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("roundingDiffInCurrency", UNSET)
        self.rounding_diff_in_currency = (
            _models.DtoValueOfDecimal._vn_fill(_new(_models.DtoValueOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("taxCalculationMode", UNSET)
        self.tax_calculation_mode = (
            _models.DtoValueOfNullableOfTaxCalcMode._vn_fill(_new(_models.DtoValueOfNullableOfTaxCalcMode), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("supplierTaxZone", UNSET)
        self.supplier_tax_zone = (
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
        _value = _rest.pop("paymentMethod", UNSET)
        self.payment_method = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("payDate", UNSET)
        self.pay_date = (
            _models.DtoValueOfDateTime._vn_fill(_new(_models.DtoValueOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("amount", UNSET)
        self.amount = (
            _models.DtoValueOfDecimal._vn_fill(_new(_models.DtoValueOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("vatAmount", UNSET)
        self.vat_amount = (
            _models.DtoValueOfDecimal._vn_fill(_new(_models.DtoValueOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("paymentMessage", UNSET)
        self.payment_message = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("applyRetainage", UNSET)
        self.apply_retainage = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("taxDetailLines", UNSET)
        self.tax_detail_lines = (
            [
                _models.TaxDetailUpdateDto._vn_fill(_new(_models.TaxDetailUpdateDto), tax_detail_lines_item_data)
                if isinstance(tax_detail_lines_item_data, dict)
                else tax_detail_lines_item_data
                for tax_detail_lines_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("invoiceLines", UNSET)
        self.invoice_lines = (
            [
                _models.SupplierInvoiceLineUpdateDto._vn_fill(
                    _new(_models.SupplierInvoiceLineUpdateDto), invoice_lines_item_data
                )
                if isinstance(invoice_lines_item_data, dict)
                else invoice_lines_item_data
                for invoice_lines_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("approvalDetails", UNSET)
        self.approval_details = (
            _models.ApprovalDetailsUpdateDto._vn_fill(_new(_models.ApprovalDetailsUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("addPOReceiptLines", UNSET)
        self.add_po_receipt_lines = (
            [
                _models.AddPOReceiptLineDto._vn_fill(_new(_models.AddPOReceiptLineDto), add_po_receipt_lines_item_data)
                if isinstance(add_po_receipt_lines_item_data, dict)
                else add_po_receipt_lines_item_data
                for add_po_receipt_lines_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("addPurchaseOrders", UNSET)
        self.add_purchase_orders = (
            [
                _models.AddPurchaseOrderDto._vn_fill(_new(_models.AddPurchaseOrderDto), add_purchase_orders_item_data)
                if isinstance(add_purchase_orders_item_data, dict)
                else add_purchase_orders_item_data
                for add_purchase_orders_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("landedCosts", UNSET)
        self.landed_costs = (
            [
                _models.SupplierInvoiceLandedCostUpdateDto._vn_fill(
                    _new(_models.SupplierInvoiceLandedCostUpdateDto), landed_costs_item_data
                )
                if isinstance(landed_costs_item_data, dict)
                else landed_costs_item_data
                for landed_costs_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("paySelected", UNSET)
        self.pay_selected = (
            _models.PaySelectedInSupplierInvoiceUpdateDto._vn_fill(
                _new(_models.PaySelectedInSupplierInvoiceUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("overrideNumberSeries", UNSET)
        self.override_number_series = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("validateLineDetails", UNSET)
        self.validate_line_details = (
            _models.ValidateLineDetailsInSupplierInvoiceUpdateDto._vn_fill(
                _new(_models.ValidateLineDetailsInSupplierInvoiceUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("document_type", "documentType", False, ("model", "DtoValueOfNullableOfSupplierInvoiceTypes")),
        ("reference_number", "referenceNumber", False, ("model", "DtoValueOfString")),
        ("hold", "hold", False, ("model", "DtoValueOfBoolean")),
        ("date", "date", False, ("model", "DtoValueOfDateTime")),
        ("orig_invoice_date", "origInvoiceDate", False, ("model", "DtoValueOfDateTime")),
        ("post_period", "postPeriod", False, ("model", "PostPeriodInSupplierInvoiceUpdateDto")),
        ("financial_period", "financialPeriod", False, ("model", "FinancialPeriodInSupplierInvoiceUpdateDto")),
        ("supplier_reference", "supplierReference", False, ("model", "DtoValueOfString")),
        ("description", "description", False, ("model", "DtoValueOfString")),
        ("supplier_number", "supplierNumber", False, ("model", "DtoValueOfString")),
        ("location_id", "locationId", False, ("model", "DtoValueOfString")),
        ("currency_id", "currencyId", False, ("model", "DtoValueOfString")),
        ("payment_ref_no", "paymentRefNo", False, ("model", "DtoValueOfString")),
        ("credit_terms_id", "creditTermsId", False, ("model", "DtoValueOfString")),
        ("due_date", "dueDate", False, ("model", "DtoValueOfDateTime")),
        ("cash_discount_date", "cashDiscountDate", False, ("model", "DtoValueOfDateTime")),
        ("note", "note", False, ("model", "DtoValueOfString")),
        ("exchange_rate", "exchangeRate", False, ("model", "DtoValueOfDecimal")),
        ("branch_number", "branchNumber", False, ("model", "DtoValueOfString")),
        ("rounding_diff_in_currency", "roundingDiffInCurrency", False, ("model", "DtoValueOfDecimal")),
        ("tax_calculation_mode", "taxCalculationMode", False, ("model", "DtoValueOfNullableOfTaxCalcMode")),
        ("supplier_tax_zone", "supplierTaxZone", False, ("model", "DtoValueOfString")),
        ("cash_account", "cashAccount", False, ("model", "DtoValueOfString")),
        ("payment_method", "paymentMethod", False, ("model", "DtoValueOfString")),
        ("pay_date", "payDate", False, ("model", "DtoValueOfDateTime")),
        ("amount", "amount", False, ("model", "DtoValueOfDecimal")),
        ("vat_amount", "vatAmount", False, ("model", "DtoValueOfDecimal")),
        ("payment_message", "paymentMessage", False, ("model", "DtoValueOfString")),
        ("apply_retainage", "applyRetainage", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("tax_detail_lines", "taxDetailLines", False, ("list", ("model", "TaxDetailUpdateDto"))),
        ("invoice_lines", "invoiceLines", False, ("list", ("model", "SupplierInvoiceLineUpdateDto"))),
        ("approval_details", "approvalDetails", False, ("model", "ApprovalDetailsUpdateDto")),
        ("add_po_receipt_lines", "addPOReceiptLines", False, ("list", ("model", "AddPOReceiptLineDto"))),
        ("add_purchase_orders", "addPurchaseOrders", False, ("list", ("model", "AddPurchaseOrderDto"))),
        ("landed_costs", "landedCosts", False, ("list", ("model", "SupplierInvoiceLandedCostUpdateDto"))),
        ("pay_selected", "paySelected", False, ("model", "PaySelectedInSupplierInvoiceUpdateDto")),
        ("override_number_series", "overrideNumberSeries", False, ("model", "DtoValueOfBoolean")),
        (
            "validate_line_details",
            "validateLineDetails",
            False,
            ("model", "ValidateLineDetailsInSupplierInvoiceUpdateDto"),
        ),
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


_Lazy = _lazy_twin(SupplierInvoiceUpdateDto)
