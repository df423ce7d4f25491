from typing import Literal, cast

ProjectGetAllStatus = Literal["Active", "Cancelled", "Completed", "OnHold", "PendingApproval", "Planned"]

PROJECT_GET_ALL_STATUS_VALUES: frozenset[ProjectGetAllStatus] = frozenset(
    {
        "Active",
        "Cancelled",
        "Completed",
        "OnHold",
        "PendingApproval",
        "Planned",
    }
)


def check_project_get_all_status(value: str) -> ProjectGetAllStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PROJECT_GET_ALL_STATUS_VALUES.
    """
    return cast(ProjectGetAllStatus, value)
