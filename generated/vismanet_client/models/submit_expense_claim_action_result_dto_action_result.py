from typing import Literal, cast

SubmitExpenseClaimActionResultDtoActionResult = Literal["Done", "Failed", "InProcess", "Queued"]

SUBMIT_EXPENSE_CLAIM_ACTION_RESULT_DTO_ACTION_RESULT_VALUES: frozenset[
    SubmitExpenseClaimActionResultDtoActionResult
] = frozenset(
    {
        "Done",
        "Failed",
        "InProcess",
        "Queued",
    }
)


def check_submit_expense_claim_action_result_dto_action_result(
    value: str,
) -> SubmitExpenseClaimActionResultDtoActionResult:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUBMIT_EXPENSE_CLAIM_ACTION_RESULT_DTO_ACTION_RESULT_VALUES.
    """
    return cast(SubmitExpenseClaimActionResultDtoActionResult, value)
