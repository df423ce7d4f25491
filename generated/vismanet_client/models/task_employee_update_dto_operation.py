from typing import Literal, cast

TaskEmployeeUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

TASK_EMPLOYEE_UPDATE_DTO_OPERATION_VALUES: frozenset[TaskEmployeeUpdateDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_task_employee_update_dto_operation(value: str) -> TaskEmployeeUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in TASK_EMPLOYEE_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(TaskEmployeeUpdateDtoOperation, value)
