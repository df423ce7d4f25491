from typing import Literal, cast

ProjectBasicDtoStatus = Literal["Active", "Cancelled", "Completed", "OnHold", "PendingApproval", "Planned"]

PROJECT_BASIC_DTO_STATUS_VALUES: frozenset[ProjectBasicDtoStatus] = frozenset(
    {
        "Active",
        "Cancelled",
        "Completed",
        "OnHold",
        "PendingApproval",
        "Planned",
    }
)


def check_project_basic_dto_status(value: str) -> ProjectBasicDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PROJECT_BASIC_DTO_STATUS_VALUES.
    """
    return cast(ProjectBasicDtoStatus, value)
