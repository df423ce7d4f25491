from typing import Literal, cast

TaskUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

TASK_UPDATE_DTO_OPERATION_VALUES: frozenset[TaskUpdateDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_task_update_dto_operation(value: str) -> TaskUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in TASK_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(TaskUpdateDtoOperation, value)
