from typing import Literal, cast

PutExpenseClaimOnHoldActionResultDtoActionResult = Literal["Done", "Failed", "InProcess", "Queued"]

PUT_EXPENSE_CLAIM_ON_HOLD_ACTION_RESULT_DTO_ACTION_RESULT_VALUES: frozenset[
    PutExpenseClaimOnHoldActionResultDtoActionResult
] = frozenset(
    {
        "Done",
        "Failed",
        "InProcess",
        "Queued",
    }
)


def check_put_expense_claim_on_hold_action_result_dto_action_result(
    value: str,
) -> PutExpenseClaimOnHoldActionResultDtoActionResult:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PUT_EXPENSE_CLAIM_ON_HOLD_ACTION_RESULT_DTO_ACTION_RESULT_VALUES.
    """
    return cast(PutExpenseClaimOnHoldActionResultDtoActionResult, value)
