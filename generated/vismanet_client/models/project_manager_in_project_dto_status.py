from typing import Literal, cast

ProjectManagerInProjectDtoStatus = Literal["Active", "HoldPayments", "Inactive", "OneTime", "OnHold"]

PROJECT_MANAGER_IN_PROJECT_DTO_STATUS_VALUES: frozenset[ProjectManagerInProjectDtoStatus] = frozenset(
    {
        "Active",
        "HoldPayments",
        "Inactive",
        "OneTime",
        "OnHold",
    }
)


def check_project_manager_in_project_dto_status(value: str) -> ProjectManagerInProjectDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PROJECT_MANAGER_IN_PROJECT_DTO_STATUS_VALUES.
    """
    return cast(ProjectManagerInProjectDtoStatus, value)
