from typing import Literal, cast

PrebookAccountInSupplierInvoiceLineDtoType = Literal["Asset", "Expense", "Income", "Liability"]

PREBOOK_ACCOUNT_IN_SUPPLIER_INVOICE_LINE_DTO_TYPE_VALUES: frozenset[PrebookAccountInSupplierInvoiceLineDtoType] = (
    frozenset(
        {
            "Asset",
            "Expense",
            "Income",
            "Liability",
        }
    )
)


def check_prebook_account_in_supplier_invoice_line_dto_type(value: str) -> PrebookAccountInSupplierInvoiceLineDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PREBOOK_ACCOUNT_IN_SUPPLIER_INVOICE_LINE_DTO_TYPE_VALUES.
    """
    return cast(PrebookAccountInSupplierInvoiceLineDtoType, value)
