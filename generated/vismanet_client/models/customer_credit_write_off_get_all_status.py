from typing import Literal, cast

CustomerCreditWriteOffGetAllStatus = Literal[
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

CUSTOMER_CREDIT_WRITE_OFF_GET_ALL_STATUS_VALUES: frozenset[CustomerCreditWriteOffGetAllStatus] = frozenset(
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


def check_customer_credit_write_off_get_all_status(value: str) -> CustomerCreditWriteOffGetAllStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_CREDIT_WRITE_OFF_GET_ALL_STATUS_VALUES.
    """
    return cast(CustomerCreditWriteOffGetAllStatus, value)
