from typing import Literal, cast

CustomerInvoiceGetAllStatus = Literal[
    "Balanced",
    "CcHold",
    "Closed",
    "CreditHold",
    "Hold",
    "Open",
    "PendingEmail",
    "PendingPrint",
    "Reserved",
    "Scheduled",
    "Voided",
]

CUSTOMER_INVOICE_GET_ALL_STATUS_VALUES: frozenset[CustomerInvoiceGetAllStatus] = frozenset(
    {
        "Balanced",
        "CcHold",
        "Closed",
        "CreditHold",
        "Hold",
        "Open",
        "PendingEmail",
        "PendingPrint",
        "Reserved",
        "Scheduled",
        "Voided",
    }
)


def check_customer_invoice_get_all_status(value: str) -> CustomerInvoiceGetAllStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_INVOICE_GET_ALL_STATUS_VALUES.
    """
    return cast(CustomerInvoiceGetAllStatus, value)
