from typing import Literal, cast

ProjectQueryParametersStatus = Literal["Active", "Cancelled", "Completed", "OnHold", "PendingApproval", "Planned"]

PROJECT_QUERY_PARAMETERS_STATUS_VALUES: frozenset[ProjectQueryParametersStatus] = frozenset(
    {
        "Active",
        "Cancelled",
        "Completed",
        "OnHold",
        "PendingApproval",
        "Planned",
    }
)


def check_project_query_parameters_status(value: str) -> ProjectQueryParametersStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PROJECT_QUERY_PARAMETERS_STATUS_VALUES.
    """
    return cast(ProjectQueryParametersStatus, value)
