from typing import Literal, cast

ReverseCashTransactionActionResultDtoActionResult = Literal["Done", "Failed", "InProcess", "Queued"]

REVERSE_CASH_TRANSACTION_ACTION_RESULT_DTO_ACTION_RESULT_VALUES: frozenset[
    ReverseCashTransactionActionResultDtoActionResult
] = frozenset(
    {
        "Done",
        "Failed",
        "InProcess",
        "Queued",
    }
)


def check_reverse_cash_transaction_action_result_dto_action_result(
    value: str,
) -> ReverseCashTransactionActionResultDtoActionResult:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in REVERSE_CASH_TRANSACTION_ACTION_RESULT_DTO_ACTION_RESULT_VALUES.
    """
    return cast(ReverseCashTransactionActionResultDtoActionResult, value)
