from typing import Literal, cast

SendExpenseClaimToApprovalActionResultDtoActionResult = Literal["Done", "Failed", "InProcess", "Queued"]

SEND_EXPENSE_CLAIM_TO_APPROVAL_ACTION_RESULT_DTO_ACTION_RESULT_VALUES: frozenset[
    SendExpenseClaimToApprovalActionResultDtoActionResult
] = frozenset(
    {
        "Done",
        "Failed",
        "InProcess",
        "Queued",
    }
)


def check_send_expense_claim_to_approval_action_result_dto_action_result(
    value: str,
) -> SendExpenseClaimToApprovalActionResultDtoActionResult:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SEND_EXPENSE_CLAIM_TO_APPROVAL_ACTION_RESULT_DTO_ACTION_RESULT_VALUES.
    """
    return cast(SendExpenseClaimToApprovalActionResultDtoActionResult, value)
