from typing import Literal, cast

ExpenseClaimDtoApprovalStatus = Literal[
    "ActiveWorkflowApproval",
    "ApprovedInApproval",
    "Canceled",
    "InProgressApproval",
    "New",
    "ReceivedByApproval",
    "RejectedInApproval",
    "SentToApproval",
]

EXPENSE_CLAIM_DTO_APPROVAL_STATUS_VALUES: frozenset[ExpenseClaimDtoApprovalStatus] = frozenset(
    {
        "ActiveWorkflowApproval",
        "ApprovedInApproval",
        "Canceled",
        "InProgressApproval",
        "New",
        "ReceivedByApproval",
        "RejectedInApproval",
        "SentToApproval",
    }
)


def check_expense_claim_dto_approval_status(value: str) -> ExpenseClaimDtoApprovalStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in EXPENSE_CLAIM_DTO_APPROVAL_STATUS_VALUES.
    """
    return cast(ExpenseClaimDtoApprovalStatus, value)
