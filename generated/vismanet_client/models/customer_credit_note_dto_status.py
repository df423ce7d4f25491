from typing import Literal, cast

CustomerCreditNoteDtoStatus = Literal[
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

CUSTOMER_CREDIT_NOTE_DTO_STATUS_VALUES: frozenset[CustomerCreditNoteDtoStatus] = frozenset(
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


def check_customer_credit_note_dto_status(value: str) -> CustomerCreditNoteDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_CREDIT_NOTE_DTO_STATUS_VALUES.
    """
    return cast(CustomerCreditNoteDtoStatus, value)
