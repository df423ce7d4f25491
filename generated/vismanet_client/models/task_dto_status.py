from typing import Literal, cast

TaskDtoStatus = Literal["Active", "Canceled", "Cancelled", "Completed", "Planned"]

TASK_DTO_STATUS_VALUES: frozenset[TaskDtoStatus] = frozenset(
    {
        "Active",
        "Canceled",
        "Cancelled",
        "Completed",
        "Planned",
    }
)


def check_task_dto_status(value: str) -> TaskDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in TASK_DTO_STATUS_VALUES.
    """
    return cast(TaskDtoStatus, value)
