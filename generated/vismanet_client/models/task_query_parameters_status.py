from typing import Literal, cast

TaskQueryParametersStatus = Literal["Active", "Canceled", "Cancelled", "Completed", "Planned"]

TASK_QUERY_PARAMETERS_STATUS_VALUES: frozenset[TaskQueryParametersStatus] = frozenset(
    {
        "Active",
        "Canceled",
        "Cancelled",
        "Completed",
        "Planned",
    }
)


def check_task_query_parameters_status(value: str) -> TaskQueryParametersStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in TASK_QUERY_PARAMETERS_STATUS_VALUES.
    """
    return cast(TaskQueryParametersStatus, value)
