from typing import Literal, cast

SupplierInvoiceDtoTaxCalculationMode = Literal["Gross", "Net", "TaxSetting"]

SUPPLIER_INVOICE_DTO_TAX_CALCULATION_MODE_VALUES: frozenset[SupplierInvoiceDtoTaxCalculationMode] = frozenset(
    {
        "Gross",
        "Net",
        "TaxSetting",
    }
)


def check_supplier_invoice_dto_tax_calculation_mode(value: str) -> SupplierInvoiceDtoTaxCalculationMode:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUPPLIER_INVOICE_DTO_TAX_CALCULATION_MODE_VALUES.
    """
    return cast(SupplierInvoiceDtoTaxCalculationMode, value)
