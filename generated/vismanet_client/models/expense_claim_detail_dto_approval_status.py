from typing import Literal, cast

ExpenseClaimDetailDtoApprovalStatus = Literal[
    "ActiveWorkflowApproval",
    "ApprovedInApproval",
    "Canceled",
    "InProgressApproval",
    "New",
    "ReceivedByApproval",
    "RejectedInApproval",
    "SentToApproval",
]

EXPENSE_CLAIM_DETAIL_DTO_APPROVAL_STATUS_VALUES: frozenset[ExpenseClaimDetailDtoApprovalStatus] = frozenset(
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


def check_expense_claim_detail_dto_approval_status(value: str) -> ExpenseClaimDetailDtoApprovalStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in EXPENSE_CLAIM_DETAIL_DTO_APPROVAL_STATUS_VALUES.
    """
    return cast(ExpenseClaimDetailDtoApprovalStatus, value)
