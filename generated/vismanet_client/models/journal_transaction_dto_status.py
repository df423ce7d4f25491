from typing import Literal, cast

JournalTransactionDtoStatus = Literal[
    "Balanced", "Completed", "Hold", "PartiallyReleased", "Posted", "Released", "Scheduled", "Unposted", "Voided"
]

JOURNAL_TRANSACTION_DTO_STATUS_VALUES: frozenset[JournalTransactionDtoStatus] = frozenset(
    {
        "Balanced",
        "Completed",
        "Hold",
        "PartiallyReleased",
        "Posted",
        "Released",
        "Scheduled",
        "Unposted",
        "Voided",
    }
)


def check_journal_transaction_dto_status(value: str) -> JournalTransactionDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in JOURNAL_TRANSACTION_DTO_STATUS_VALUES.
    """
    return cast(JournalTransactionDtoStatus, value)
