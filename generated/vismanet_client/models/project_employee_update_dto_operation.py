from typing import Literal, cast

ProjectEmployeeUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

PROJECT_EMPLOYEE_UPDATE_DTO_OPERATION_VALUES: frozenset[ProjectEmployeeUpdateDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_project_employee_update_dto_operation(value: str) -> ProjectEmployeeUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PROJECT_EMPLOYEE_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(ProjectEmployeeUpdateDtoOperation, value)
