from typing import Literal, cast

ProjectTransactionQueryParametersStatus = Literal["Balanced", "Hold", "Released"]

PROJECT_TRANSACTION_QUERY_PARAMETERS_STATUS_VALUES: frozenset[ProjectTransactionQueryParametersStatus] = frozenset(
    {
        "Balanced",
        "Hold",
        "Released",
    }
)


def check_project_transaction_query_parameters_status(value: str) -> ProjectTransactionQueryParametersStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PROJECT_TRANSACTION_QUERY_PARAMETERS_STATUS_VALUES.
    """
    return cast(ProjectTransactionQueryParametersStatus, value)
