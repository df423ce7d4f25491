from typing import Literal, cast

ChangeEmployeeNrActionResultDtoActionResult = Literal["Done", "Failed", "InProcess", "Queued"]

CHANGE_EMPLOYEE_NR_ACTION_RESULT_DTO_ACTION_RESULT_VALUES: frozenset[ChangeEmployeeNrActionResultDtoActionResult] = (
    frozenset(
        {
            "Done",
            "Failed",
            "InProcess",
            "Queued",
        }
    )
)


def check_change_employee_nr_action_result_dto_action_result(value: str) -> ChangeEmployeeNrActionResultDtoActionResult:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CHANGE_EMPLOYEE_NR_ACTION_RESULT_DTO_ACTION_RESULT_VALUES.
    """
    return cast(ChangeEmployeeNrActionResultDtoActionResult, value)
