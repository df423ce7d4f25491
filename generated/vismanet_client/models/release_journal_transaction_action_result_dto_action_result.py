from typing import Literal, cast

ReleaseJournalTransactionActionResultDtoActionResult = Literal["Done", "Failed", "InProcess", "Queued"]

RELEASE_JOURNAL_TRANSACTION_ACTION_RESULT_DTO_ACTION_RESULT_VALUES: frozenset[
    ReleaseJournalTransactionActionResultDtoActionResult
] = frozenset(
    {
        "Done",
        "Failed",
        "InProcess",
        "Queued",
    }
)


def check_release_journal_transaction_action_result_dto_action_result(
    value: str,
) -> ReleaseJournalTransactionActionResultDtoActionResult:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in RELEASE_JOURNAL_TRANSACTION_ACTION_RESULT_DTO_ACTION_RESULT_VALUES.
    """
    return cast(ReleaseJournalTransactionActionResultDtoActionResult, value)
