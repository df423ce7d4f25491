from typing import Literal, cast

ProjectBasicGetAllStatus = Literal["Active", "Cancelled", "Completed", "OnHold", "PendingApproval", "Planned"]

PROJECT_BASIC_GET_ALL_STATUS_VALUES: frozenset[ProjectBasicGetAllStatus] = frozenset(
    {
        "Active",
        "Cancelled",
        "Completed",
        "OnHold",
        "PendingApproval",
        "Planned",
    }
)


def check_project_basic_get_all_status(value: str) -> ProjectBasicGetAllStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PROJECT_BASIC_GET_ALL_STATUS_VALUES.
    """
    return cast(ProjectBasicGetAllStatus, value)
