from typing import Literal, cast

ProjectTaskGetAllTasksStatus = Literal["Active", "Canceled", "Cancelled", "Completed", "Planned"]

PROJECT_TASK_GET_ALL_TASKS_STATUS_VALUES: frozenset[ProjectTaskGetAllTasksStatus] = frozenset(
    {
        "Active",
        "Canceled",
        "Cancelled",
        "Completed",
        "Planned",
    }
)


def check_project_task_get_all_tasks_status(value: str) -> ProjectTaskGetAllTasksStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PROJECT_TASK_GET_ALL_TASKS_STATUS_VALUES.
    """
    return cast(ProjectTaskGetAllTasksStatus, value)
