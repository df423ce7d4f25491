from typing import Literal, cast

CustomerDebitNoteDtoStatus = Literal[
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

CUSTOMER_DEBIT_NOTE_DTO_STATUS_VALUES: frozenset[CustomerDebitNoteDtoStatus] = frozenset(
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


def check_customer_debit_note_dto_status(value: str) -> CustomerDebitNoteDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_DEBIT_NOTE_DTO_STATUS_VALUES.
    """
    return cast(CustomerDebitNoteDtoStatus, value)
