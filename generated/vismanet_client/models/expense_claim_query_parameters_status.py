from typing import Literal, cast

ExpenseClaimQueryParametersStatus = Literal["Approved", "Hold", "PendingApproval", "Rejected", "Released"]

EXPENSE_CLAIM_QUERY_PARAMETERS_STATUS_VALUES: frozenset[ExpenseClaimQueryParametersStatus] = frozenset(
    {
        "Approved",
        "Hold",
        "PendingApproval",
        "Rejected",
        "Released",
    }
)


def check_expense_claim_query_parameters_status(value: str) -> ExpenseClaimQueryParametersStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in EXPENSE_CLAIM_QUERY_PARAMETERS_STATUS_VALUES.
    """
    return cast(ExpenseClaimQueryParametersStatus, value)
