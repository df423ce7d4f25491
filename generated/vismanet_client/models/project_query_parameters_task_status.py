from typing import Literal, cast

ProjectQueryParametersTaskStatus = Literal["Active", "Canceled", "Cancelled", "Completed", "Planned"]

PROJECT_QUERY_PARAMETERS_TASK_STATUS_VALUES: frozenset[ProjectQueryParametersTaskStatus] = frozenset(
    {
        "Active",
        "Canceled",
        "Cancelled",
        "Completed",
        "Planned",
    }
)


def check_project_query_parameters_task_status(value: str) -> ProjectQueryParametersTaskStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PROJECT_QUERY_PARAMETERS_TASK_STATUS_VALUES.
    """
    return cast(ProjectQueryParametersTaskStatus, value)
