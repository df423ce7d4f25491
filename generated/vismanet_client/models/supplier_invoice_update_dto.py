from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


@_attrs_define
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

        d = dict(src_dict)
        _document_type = d.pop("documentType", UNSET)
        document_type: DtoValueOfNullableOfSupplierInvoiceTypes | Unset
        if isinstance(_document_type, Unset):
            document_type = UNSET
        else:
            document_type = DtoValueOfNullableOfSupplierInvoiceTypes.from_dict(_document_type)

        _reference_number = d.pop("referenceNumber", UNSET)
        reference_number: DtoValueOfString | Unset
        if isinstance(_reference_number, Unset):
            reference_number = UNSET
        else:
            reference_number = DtoValueOfString.from_dict(_reference_number)

        _hold = d.pop("hold", UNSET)
        hold: DtoValueOfBoolean | Unset
        if isinstance(_hold, Unset):
            hold = UNSET
        else:
            hold = DtoValueOfBoolean.from_dict(_hold)

        _date = d.pop("date", UNSET)
        date: DtoValueOfDateTime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = DtoValueOfDateTime.from_dict(_date)

        _orig_invoice_date = d.pop("origInvoiceDate", UNSET)
        orig_invoice_date: DtoValueOfDateTime | Unset
        if isinstance(_orig_invoice_date, Unset):
            orig_invoice_date = UNSET
        else:
            orig_invoice_date = DtoValueOfDateTime.from_dict(_orig_invoice_date)

        _post_period = d.pop("postPeriod", UNSET)
        post_period: PostPeriodInSupplierInvoiceUpdateDto | Unset
        if isinstance(_post_period, Unset):
            post_period = UNSET
        else:
            post_period = PostPeriodInSupplierInvoiceUpdateDto.from_dict(_post_period)

        _financial_period = d.pop("financialPeriod", UNSET)
        financial_period: FinancialPeriodInSupplierInvoiceUpdateDto | Unset
        if isinstance(_financial_period, Unset):
            financial_period = UNSET
        else:
            financial_period = FinancialPeriodInSupplierInvoiceUpdateDto.from_dict(_financial_period)

        _supplier_reference = d.pop("supplierReference", UNSET)
        supplier_reference: DtoValueOfString | Unset
        if isinstance(_supplier_reference, Unset):
            supplier_reference = UNSET
        else:
            supplier_reference = DtoValueOfString.from_dict(_supplier_reference)

        _description = d.pop("description", UNSET)
        description: DtoValueOfString | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = DtoValueOfString.from_dict(_description)

        _supplier_number = d.pop("supplierNumber", UNSET)
        supplier_number: DtoValueOfString | Unset
        if isinstance(_supplier_number, Unset):
            supplier_number = UNSET
        else:
            supplier_number = DtoValueOfString.from_dict(_supplier_number)

        _location_id = d.pop("locationId", UNSET)
        location_id: DtoValueOfString | Unset
        if isinstance(_location_id, Unset):
            location_id = UNSET
        else:
            location_id = DtoValueOfString.from_dict(_location_id)

        _currency_id = d.pop("currencyId", UNSET)
        currency_id: DtoValueOfString | Unset
        if isinstance(_currency_id, Unset):
            currency_id = UNSET
        else:
            currency_id = DtoValueOfString.from_dict(_currency_id)

        _payment_ref_no = d.pop("paymentRefNo", UNSET)
        payment_ref_no: DtoValueOfString | Unset
        if isinstance(_payment_ref_no, Unset):
            payment_ref_no = UNSET
        else:
            payment_ref_no = DtoValueOfString.from_dict(_payment_ref_no)

        _credit_terms_id = d.pop("creditTermsId", UNSET)
        credit_terms_id: DtoValueOfString | Unset
        if isinstance(_credit_terms_id, Unset):
            credit_terms_id = UNSET
        else:
            credit_terms_id = DtoValueOfString.from_dict(_credit_terms_id)

        _due_date = d.pop("dueDate", UNSET)
        due_date: DtoValueOfDateTime | Unset
        if isinstance(_due_date, Unset):
            due_date = UNSET
        else:
            due_date = DtoValueOfDateTime.from_dict(_due_date)

        _cash_discount_date = d.pop("cashDiscountDate", UNSET)
        cash_discount_date: DtoValueOfDateTime | Unset
        if isinstance(_cash_discount_date, Unset):
            cash_discount_date = UNSET
        else:
            cash_discount_date = DtoValueOfDateTime.from_dict(_cash_discount_date)

        _note = d.pop("note", UNSET)
        note: DtoValueOfString | Unset
        if isinstance(_note, Unset):
            note = UNSET
        else:
            note = DtoValueOfString.from_dict(_note)

        _exchange_rate = d.pop("exchangeRate", UNSET)
        exchange_rate: DtoValueOfDecimal | Unset
        if isinstance(_exchange_rate, Unset):
            exchange_rate = UNSET
        else:
            exchange_rate = DtoValueOfDecimal.from_dict(_exchange_rate)

        _branch_number = d.pop("branchNumber", UNSET)
        branch_number: DtoValueOfString | Unset
        if isinstance(_branch_number, Unset):
            branch_number = UNSET
        else:
            branch_number = DtoValueOfString.from_dict(_branch_number)

        _rounding_diff_in_currency = d.pop("roundingDiffInCurrency", UNSET)
        rounding_diff_in_currency: DtoValueOfDecimal | Unset
        if isinstance(_rounding_diff_in_currency, Unset):
            rounding_diff_in_currency = UNSET
        else:
            rounding_diff_in_currency = DtoValueOfDecimal.from_dict(_rounding_diff_in_currency)

        _tax_calculation_mode = d.pop("taxCalculationMode", UNSET)
        tax_calculation_mode: DtoValueOfNullableOfTaxCalcMode | Unset
        if isinstance(_tax_calculation_mode, Unset):
            tax_calculation_mode = UNSET
        else:
            tax_calculation_mode = DtoValueOfNullableOfTaxCalcMode.from_dict(_tax_calculation_mode)

        _supplier_tax_zone = d.pop("supplierTaxZone", UNSET)
        supplier_tax_zone: DtoValueOfString | Unset
        if isinstance(_supplier_tax_zone, Unset):
            supplier_tax_zone = UNSET
        else:
            supplier_tax_zone = DtoValueOfString.from_dict(_supplier_tax_zone)

        _cash_account = d.pop("cashAccount", UNSET)
        cash_account: DtoValueOfString | Unset
        if isinstance(_cash_account, Unset):
            cash_account = UNSET
        else:
            cash_account = DtoValueOfString.from_dict(_cash_account)

        _payment_method = d.pop("paymentMethod", UNSET)
        payment_method: DtoValueOfString | Unset
        if isinstance(_payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = DtoValueOfString.from_dict(_payment_method)

        _pay_date = d.pop("payDate", UNSET)
        pay_date: DtoValueOfDateTime | Unset
        if isinstance(_pay_date, Unset):
            pay_date = UNSET
        else:
            pay_date = DtoValueOfDateTime.from_dict(_pay_date)

        _amount = d.pop("amount", UNSET)
        amount: DtoValueOfDecimal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = DtoValueOfDecimal.from_dict(_amount)

        _vat_amount = d.pop("vatAmount", UNSET)
        vat_amount: DtoValueOfDecimal | Unset
        if isinstance(_vat_amount, Unset):
            vat_amount = UNSET
        else:
            vat_amount = DtoValueOfDecimal.from_dict(_vat_amount)

        _payment_message = d.pop("paymentMessage", UNSET)
        payment_message: DtoValueOfString | Unset
        if isinstance(_payment_message, Unset):
            payment_message = UNSET
        else:
            payment_message = DtoValueOfString.from_dict(_payment_message)

        _apply_retainage = d.pop("applyRetainage", UNSET)
        apply_retainage: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_apply_retainage, Unset):
            apply_retainage = UNSET
        else:
            apply_retainage = DtoValueOfNullableOfBoolean.from_dict(_apply_retainage)

        _tax_detail_lines = d.pop("taxDetailLines", UNSET)
        tax_detail_lines: list[TaxDetailUpdateDto] | Unset = UNSET
        if _tax_detail_lines is not UNSET:
            tax_detail_lines = []
            for tax_detail_lines_item_data in _tax_detail_lines:
                tax_detail_lines_item = TaxDetailUpdateDto.from_dict(tax_detail_lines_item_data)

                tax_detail_lines.append(tax_detail_lines_item)

        _invoice_lines = d.pop("invoiceLines", UNSET)
        invoice_lines: list[SupplierInvoiceLineUpdateDto] | Unset = UNSET
        if _invoice_lines is not UNSET:
            invoice_lines = []
            for invoice_lines_item_data in _invoice_lines:
                invoice_lines_item = SupplierInvoiceLineUpdateDto.from_dict(invoice_lines_item_data)

                invoice_lines.append(invoice_lines_item)

        _approval_details = d.pop("approvalDetails", UNSET)
        approval_details: ApprovalDetailsUpdateDto | Unset
        if isinstance(_approval_details, Unset):
            approval_details = UNSET
        else:
            approval_details = ApprovalDetailsUpdateDto.from_dict(_approval_details)

        _add_po_receipt_lines = d.pop("addPOReceiptLines", UNSET)
        add_po_receipt_lines: list[AddPOReceiptLineDto] | Unset = UNSET
        if _add_po_receipt_lines is not UNSET:
            add_po_receipt_lines = []
            for add_po_receipt_lines_item_data in _add_po_receipt_lines:
                add_po_receipt_lines_item = AddPOReceiptLineDto.from_dict(add_po_receipt_lines_item_data)

                add_po_receipt_lines.append(add_po_receipt_lines_item)

        _add_purchase_orders = d.pop("addPurchaseOrders", UNSET)
        add_purchase_orders: list[AddPurchaseOrderDto] | Unset = UNSET
        if _add_purchase_orders is not UNSET:
            add_purchase_orders = []
            for add_purchase_orders_item_data in _add_purchase_orders:
                add_purchase_orders_item = AddPurchaseOrderDto.from_dict(add_purchase_orders_item_data)

                add_purchase_orders.append(add_purchase_orders_item)

        _landed_costs = d.pop("landedCosts", UNSET)
        landed_costs: list[SupplierInvoiceLandedCostUpdateDto] | Unset = UNSET
        if _landed_costs is not UNSET:
            landed_costs = []
            for landed_costs_item_data in _landed_costs:
                landed_costs_item = SupplierInvoiceLandedCostUpdateDto.from_dict(landed_costs_item_data)

                landed_costs.append(landed_costs_item)

        _pay_selected = d.pop("paySelected", UNSET)
        pay_selected: PaySelectedInSupplierInvoiceUpdateDto | Unset
        if isinstance(_pay_selected, Unset):
            pay_selected = UNSET
        else:
            pay_selected = PaySelectedInSupplierInvoiceUpdateDto.from_dict(_pay_selected)

        _override_number_series = d.pop("overrideNumberSeries", UNSET)
        override_number_series: DtoValueOfBoolean | Unset
        if isinstance(_override_number_series, Unset):
            override_number_series = UNSET
        else:
            override_number_series = DtoValueOfBoolean.from_dict(_override_number_series)

        _validate_line_details = d.pop("validateLineDetails", UNSET)
        validate_line_details: ValidateLineDetailsInSupplierInvoiceUpdateDto | Unset
        if isinstance(_validate_line_details, Unset):
            validate_line_details = UNSET
        else:
            validate_line_details = ValidateLineDetailsInSupplierInvoiceUpdateDto.from_dict(_validate_line_details)

        supplier_invoice_update_dto = cls(
            document_type=document_type,
            reference_number=reference_number,
            hold=hold,
            date=date,
            orig_invoice_date=orig_invoice_date,
            post_period=post_period,
            financial_period=financial_period,
            supplier_reference=supplier_reference,
            description=description,
            supplier_number=supplier_number,
            location_id=location_id,
            currency_id=currency_id,
            payment_ref_no=payment_ref_no,
            credit_terms_id=credit_terms_id,
            due_date=due_date,
            cash_discount_date=cash_discount_date,
            note=note,
            exchange_rate=exchange_rate,
            branch_number=branch_number,
            rounding_diff_in_currency=rounding_diff_in_currency,
            tax_calculation_mode=tax_calculation_mode,
            supplier_tax_zone=supplier_tax_zone,
            cash_account=cash_account,
            payment_method=payment_method,
            pay_date=pay_date,
            amount=amount,
            vat_amount=vat_amount,
            payment_message=payment_message,
            apply_retainage=apply_retainage,
            tax_detail_lines=tax_detail_lines,
            invoice_lines=invoice_lines,
            approval_details=approval_details,
            add_po_receipt_lines=add_po_receipt_lines,
            add_purchase_orders=add_purchase_orders,
            landed_costs=landed_costs,
            pay_selected=pay_selected,
            override_number_series=override_number_series,
            validate_line_details=validate_line_details,
        )

        supplier_invoice_update_dto.additional_properties = d
        return supplier_invoice_update_dto

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
