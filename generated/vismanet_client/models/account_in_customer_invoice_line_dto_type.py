from typing import Literal, cast

AccountInCustomerInvoiceLineDtoType = Literal["Asset", "Expense", "Income", "Liability"]

ACCOUNT_IN_CUSTOMER_INVOICE_LINE_DTO_TYPE_VALUES: frozenset[AccountInCustomerInvoiceLineDtoType] = frozenset(
    {
        "Asset",
        "Expense",
        "Income",
        "Liability",
    }
)


def check_account_in_customer_invoice_line_dto_type(value: str) -> AccountInCustomerInvoiceLineDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in ACCOUNT_IN_CUSTOMER_INVOICE_LINE_DTO_TYPE_VALUES.
    """
    return cast(AccountInCustomerInvoiceLineDtoType, value)
