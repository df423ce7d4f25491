from typing import Literal, cast

ProjectTransactionGetAllStatus = Literal["Balanced", "Hold", "Released"]

PROJECT_TRANSACTION_GET_ALL_STATUS_VALUES: frozenset[ProjectTransactionGetAllStatus] = frozenset(
    {
        "Balanced",
        "Hold",
        "Released",
    }
)


def check_project_transaction_get_all_status(value: str) -> ProjectTransactionGetAllStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PROJECT_TRANSACTION_GET_ALL_STATUS_VALUES.
    """
    return cast(ProjectTransactionGetAllStatus, value)
