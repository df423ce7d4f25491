from typing import Literal, cast

CustomerDebitNoteGetAllStatus = Literal[
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

CUSTOMER_DEBIT_NOTE_GET_ALL_STATUS_VALUES: frozenset[CustomerDebitNoteGetAllStatus] = frozenset(
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


def check_customer_debit_note_get_all_status(value: str) -> CustomerDebitNoteGetAllStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_DEBIT_NOTE_GET_ALL_STATUS_VALUES.
    """
    return cast(CustomerDebitNoteGetAllStatus, value)
