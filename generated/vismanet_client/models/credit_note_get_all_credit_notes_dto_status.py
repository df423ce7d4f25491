from typing import Literal, cast

CreditNoteGetAllCreditNotesDtoStatus = Literal[
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

CREDIT_NOTE_GET_ALL_CREDIT_NOTES_DTO_STATUS_VALUES: frozenset[CreditNoteGetAllCreditNotesDtoStatus] = frozenset(
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


def check_credit_note_get_all_credit_notes_dto_status(value: str) -> CreditNoteGetAllCreditNotesDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CREDIT_NOTE_GET_ALL_CREDIT_NOTES_DTO_STATUS_VALUES.
    """
    return cast(CreditNoteGetAllCreditNotesDtoStatus, value)
