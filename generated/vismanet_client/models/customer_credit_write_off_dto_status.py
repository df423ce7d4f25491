from typing import Literal, cast

CustomerCreditWriteOffDtoStatus = Literal[
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

CUSTOMER_CREDIT_WRITE_OFF_DTO_STATUS_VALUES: frozenset[CustomerCreditWriteOffDtoStatus] = frozenset(
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


def check_customer_credit_write_off_dto_status(value: str) -> CustomerCreditWriteOffDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_CREDIT_WRITE_OFF_DTO_STATUS_VALUES.
    """
    return cast(CustomerCreditWriteOffDtoStatus, value)
