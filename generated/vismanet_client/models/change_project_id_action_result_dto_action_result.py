from typing import Literal, cast

ChangeProjectIdActionResultDtoActionResult = Literal["Done", "Failed", "InProcess", "Queued"]

CHANGE_PROJECT_ID_ACTION_RESULT_DTO_ACTION_RESULT_VALUES: frozenset[ChangeProjectIdActionResultDtoActionResult] = (
    frozenset(
        {
            "Done",
            "Failed",
            "InProcess",
            "Queued",
        }
    )
)


def check_change_project_id_action_result_dto_action_result(value: str) -> ChangeProjectIdActionResultDtoActionResult:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CHANGE_PROJECT_ID_ACTION_RESULT_DTO_ACTION_RESULT_VALUES.
    """
    return cast(ChangeProjectIdActionResultDtoActionResult, value)
