from typing import Literal, cast

CustomerPaymentGetAllPaymentsStatus = Literal[
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

CUSTOMER_PAYMENT_GET_ALL_PAYMENTS_STATUS_VALUES: frozenset[CustomerPaymentGetAllPaymentsStatus] = frozenset(
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


def check_customer_payment_get_all_payments_status(value: str) -> CustomerPaymentGetAllPaymentsStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_PAYMENT_GET_ALL_PAYMENTS_STATUS_VALUES.
    """
    return cast(CustomerPaymentGetAllPaymentsStatus, value)
