from typing import Literal, cast

CustomerOverdueChargeGetAllStatus = Literal[
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

CUSTOMER_OVERDUE_CHARGE_GET_ALL_STATUS_VALUES: frozenset[CustomerOverdueChargeGetAllStatus] = frozenset(
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


def check_customer_overdue_charge_get_all_status(value: str) -> CustomerOverdueChargeGetAllStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_OVERDUE_CHARGE_GET_ALL_STATUS_VALUES.
    """
    return cast(CustomerOverdueChargeGetAllStatus, value)
