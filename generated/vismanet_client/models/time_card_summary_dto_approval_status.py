from typing import Literal, cast

TimeCardSummaryDtoApprovalStatus = Literal[
    "ActiveWorkflowApproval",
    "ApprovedInApproval",
    "Canceled",
    "InProgressApproval",
    "New",
    "ReceivedByApproval",
    "RejectedInApproval",
    "SentToApproval",
]

TIME_CARD_SUMMARY_DTO_APPROVAL_STATUS_VALUES: frozenset[TimeCardSummaryDtoApprovalStatus] = frozenset(
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


def check_time_card_summary_dto_approval_status(value: str) -> TimeCardSummaryDtoApprovalStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in TIME_CARD_SUMMARY_DTO_APPROVAL_STATUS_VALUES.
    """
    return cast(TimeCardSummaryDtoApprovalStatus, value)
