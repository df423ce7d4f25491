from typing import Literal, cast

AccountInSupplierInvoiceLineDtoType = Literal["Asset", "Expense", "Income", "Liability"]

ACCOUNT_IN_SUPPLIER_INVOICE_LINE_DTO_TYPE_VALUES: frozenset[AccountInSupplierInvoiceLineDtoType] = frozenset(
    {
        "Asset",
        "Expense",
        "Income",
        "Liability",
    }
)


def check_account_in_supplier_invoice_line_dto_type(value: str) -> AccountInSupplierInvoiceLineDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in ACCOUNT_IN_SUPPLIER_INVOICE_LINE_DTO_TYPE_VALUES.
    """
    return cast(AccountInSupplierInvoiceLineDtoType, value)
