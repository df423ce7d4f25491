from typing import Literal, cast

JournalTransactionV2GetAllJournalTransactionsStatus = Literal[
    "Balanced", "Hold", "Posted", "Scheduled", "Unposted", "Voided"
]

JOURNAL_TRANSACTION_V2_GET_ALL_JOURNAL_TRANSACTIONS_STATUS_VALUES: frozenset[
    JournalTransactionV2GetAllJournalTransactionsStatus
] = frozenset(
    {
        "Balanced",
        "Hold",
        "Posted",
        "Scheduled",
        "Unposted",
        "Voided",
    }
)


def check_journal_transaction_v2_get_all_journal_transactions_status(
    value: str,
) -> JournalTransactionV2GetAllJournalTransactionsStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in JOURNAL_TRANSACTION_V2_GET_ALL_JOURNAL_TRANSACTIONS_STATUS_VALUES.
    """
    return cast(JournalTransactionV2GetAllJournalTransactionsStatus, value)
