from typing import Literal, cast

CustomerOverdueChargeDtoStatus = Literal[
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

CUSTOMER_OVERDUE_CHARGE_DTO_STATUS_VALUES: frozenset[CustomerOverdueChargeDtoStatus] = frozenset(
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


def check_customer_overdue_charge_dto_status(value: str) -> CustomerOverdueChargeDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_OVERDUE_CHARGE_DTO_STATUS_VALUES.
    """
    return cast(CustomerOverdueChargeDtoStatus, value)
