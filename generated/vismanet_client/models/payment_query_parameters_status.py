from typing import Literal, cast

PaymentQueryParametersStatus = Literal[
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

PAYMENT_QUERY_PARAMETERS_STATUS_VALUES: frozenset[PaymentQueryParametersStatus] = frozenset(
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


def check_payment_query_parameters_status(value: str) -> PaymentQueryParametersStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PAYMENT_QUERY_PARAMETERS_STATUS_VALUES.
    """
    return cast(PaymentQueryParametersStatus, value)
