from typing import Literal, cast

CreditNoteDtoStatus = Literal[
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

CREDIT_NOTE_DTO_STATUS_VALUES: frozenset[CreditNoteDtoStatus] = frozenset(
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


def check_credit_note_dto_status(value: str) -> CreditNoteDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CREDIT_NOTE_DTO_STATUS_VALUES.
    """
    return cast(CreditNoteDtoStatus, value)
