from typing import Literal, cast

CustomerInvoiceDtoStatus = Literal[
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

CUSTOMER_INVOICE_DTO_STATUS_VALUES: frozenset[CustomerInvoiceDtoStatus] = frozenset(
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


def check_customer_invoice_dto_status(value: str) -> CustomerInvoiceDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_INVOICE_DTO_STATUS_VALUES.
    """
    return cast(CustomerInvoiceDtoStatus, value)
