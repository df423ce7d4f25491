from typing import Literal, cast

TaskExtendedDtoStatus = Literal["Active", "Canceled", "Cancelled", "Completed", "Planned"]

TASK_EXTENDED_DTO_STATUS_VALUES: frozenset[TaskExtendedDtoStatus] = frozenset(
    {
        "Active",
        "Canceled",
        "Cancelled",
        "Completed",
        "Planned",
    }
)


def check_task_extended_dto_status(value: str) -> TaskExtendedDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in TASK_EXTENDED_DTO_STATUS_VALUES.
    """
    return cast(TaskExtendedDtoStatus, value)
