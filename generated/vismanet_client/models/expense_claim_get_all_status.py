from typing import Literal, cast

ExpenseClaimGetAllStatus = Literal["Approved", "Hold", "PendingApproval", "Rejected", "Released"]

EXPENSE_CLAIM_GET_ALL_STATUS_VALUES: frozenset[ExpenseClaimGetAllStatus] = frozenset(
    {
        "Approved",
        "Hold",
        "PendingApproval",
        "Rejected",
        "Released",
    }
)


def check_expense_claim_get_all_status(value: str) -> ExpenseClaimGetAllStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in EXPENSE_CLAIM_GET_ALL_STATUS_VALUES.
    """
    return cast(ExpenseClaimGetAllStatus, value)
