from typing import Literal, cast

ProjectGetTasksStatus = Literal["Active", "Canceled", "Cancelled", "Completed", "Planned"]

PROJECT_GET_TASKS_STATUS_VALUES: frozenset[ProjectGetTasksStatus] = frozenset(
    {
        "Active",
        "Canceled",
        "Cancelled",
        "Completed",
        "Planned",
    }
)


def check_project_get_tasks_status(value: str) -> ProjectGetTasksStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PROJECT_GET_TASKS_STATUS_VALUES.
    """
    return cast(ProjectGetTasksStatus, value)
