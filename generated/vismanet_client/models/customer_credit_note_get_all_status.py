from typing import Literal, cast

CustomerCreditNoteGetAllStatus = Literal[
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

CUSTOMER_CREDIT_NOTE_GET_ALL_STATUS_VALUES: frozenset[CustomerCreditNoteGetAllStatus] = frozenset(
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


def check_customer_credit_note_get_all_status(value: str) -> CustomerCreditNoteGetAllStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_CREDIT_NOTE_GET_ALL_STATUS_VALUES.
    """
    return cast(CustomerCreditNoteGetAllStatus, value)
