from typing import Literal, cast

PaymentGetAllPaymentsStatus = Literal[
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

PAYMENT_GET_ALL_PAYMENTS_STATUS_VALUES: frozenset[PaymentGetAllPaymentsStatus] = frozenset(
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


def check_payment_get_all_payments_status(value: str) -> PaymentGetAllPaymentsStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PAYMENT_GET_ALL_PAYMENTS_STATUS_VALUES.
    """
    return cast(PaymentGetAllPaymentsStatus, value)
