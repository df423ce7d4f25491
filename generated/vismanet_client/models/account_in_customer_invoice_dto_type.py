from typing import Literal, cast

AccountInCustomerInvoiceDtoType = Literal["Asset", "Expense", "Income", "Liability"]

ACCOUNT_IN_CUSTOMER_INVOICE_DTO_TYPE_VALUES: frozenset[AccountInCustomerInvoiceDtoType] = frozenset(
    {
        "Asset",
        "Expense",
        "Income",
        "Liability",
    }
)


def check_account_in_customer_invoice_dto_type(value: str) -> AccountInCustomerInvoiceDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in ACCOUNT_IN_CUSTOMER_INVOICE_DTO_TYPE_VALUES.
    """
    return cast(AccountInCustomerInvoiceDtoType, value)
