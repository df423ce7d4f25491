from typing import Literal, cast

ProjectBasicQueryParametersStatus = Literal["Active", "Cancelled", "Completed", "OnHold", "PendingApproval", "Planned"]

PROJECT_BASIC_QUERY_PARAMETERS_STATUS_VALUES: frozenset[ProjectBasicQueryParametersStatus] = frozenset(
    {
        "Active",
        "Cancelled",
        "Completed",
        "OnHold",
        "PendingApproval",
        "Planned",
    }
)


def check_project_basic_query_parameters_status(value: str) -> ProjectBasicQueryParametersStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PROJECT_BASIC_QUERY_PARAMETERS_STATUS_VALUES.
    """
    return cast(ProjectBasicQueryParametersStatus, value)
