from typing import Literal, cast

UpdateCostActionResultDtoActionResult = Literal["Done", "Failed", "InProcess", "Queued"]

UPDATE_COST_ACTION_RESULT_DTO_ACTION_RESULT_VALUES: frozenset[UpdateCostActionResultDtoActionResult] = frozenset(
    {
        "Done",
        "Failed",
        "InProcess",
        "Queued",
    }
)


def check_update_cost_action_result_dto_action_result(value: str) -> UpdateCostActionResultDtoActionResult:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in UPDATE_COST_ACTION_RESULT_DTO_ACTION_RESULT_VALUES.
    """
    return cast(UpdateCostActionResultDtoActionResult, value)
