from typing import Literal, cast

ReleaseCashTransactionActionResultDtoActionResult = Literal["Done", "Failed", "InProcess", "Queued"]

RELEASE_CASH_TRANSACTION_ACTION_RESULT_DTO_ACTION_RESULT_VALUES: frozenset[
    ReleaseCashTransactionActionResultDtoActionResult
] = frozenset(
    {
        "Done",
        "Failed",
        "InProcess",
        "Queued",
    }
)


def check_release_cash_transaction_action_result_dto_action_result(
    value: str,
) -> ReleaseCashTransactionActionResultDtoActionResult:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in RELEASE_CASH_TRANSACTION_ACTION_RESULT_DTO_ACTION_RESULT_VALUES.
    """
    return cast(ReleaseCashTransactionActionResultDtoActionResult, value)
