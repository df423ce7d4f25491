from typing import Literal, cast

JournalTransactionQueryV2ParametersStatus = Literal["Balanced", "Hold", "Posted", "Scheduled", "Unposted", "Voided"]

JOURNAL_TRANSACTION_QUERY_V2_PARAMETERS_STATUS_VALUES: frozenset[JournalTransactionQueryV2ParametersStatus] = frozenset(
    {
        "Balanced",
        "Hold",
        "Posted",
        "Scheduled",
        "Unposted",
        "Voided",
    }
)


def check_journal_transaction_query_v2_parameters_status(value: str) -> JournalTransactionQueryV2ParametersStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in JOURNAL_TRANSACTION_QUERY_V2_PARAMETERS_STATUS_VALUES.
    """
    return cast(JournalTransactionQueryV2ParametersStatus, value)
