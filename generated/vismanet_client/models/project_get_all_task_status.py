from typing import Literal, cast

ProjectGetAllTaskStatus = Literal["Active", "Canceled", "Cancelled", "Completed", "Planned"]

PROJECT_GET_ALL_TASK_STATUS_VALUES: frozenset[ProjectGetAllTaskStatus] = frozenset(
    {
        "Active",
        "Canceled",
        "Cancelled",
        "Completed",
        "Planned",
    }
)


def check_project_get_all_task_status(value: str) -> ProjectGetAllTaskStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PROJECT_GET_ALL_TASK_STATUS_VALUES.
    """
    return cast(ProjectGetAllTaskStatus, value)
