from typing import Literal, cast

ExpenseClaimDtoStatus = Literal["Approved", "Hold", "PendingApproval", "Rejected", "Released"]

EXPENSE_CLAIM_DTO_STATUS_VALUES: frozenset[ExpenseClaimDtoStatus] = frozenset(
    {
        "Approved",
        "Hold",
        "PendingApproval",
        "Rejected",
        "Released",
    }
)


def check_expense_claim_dto_status(value: str) -> ExpenseClaimDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in EXPENSE_CLAIM_DTO_STATUS_VALUES.
    """
    return cast(ExpenseClaimDtoStatus, value)
