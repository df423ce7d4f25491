from typing import Literal, cast

ProjectDtoStatus = Literal["Active", "Cancelled", "Completed", "OnHold", "PendingApproval", "Planned"]

PROJECT_DTO_STATUS_VALUES: frozenset[ProjectDtoStatus] = frozenset(
    {
        "Active",
        "Cancelled",
        "Completed",
        "OnHold",
        "PendingApproval",
        "Planned",
    }
)


def check_project_dto_status(value: str) -> ProjectDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PROJECT_DTO_STATUS_VALUES.
    """
    return cast(ProjectDtoStatus, value)
