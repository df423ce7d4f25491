from typing import Literal, cast

TimeCardDtoApprovalStatus = Literal[
    "ActiveWorkflowApproval",
    "ApprovedInApproval",
    "Canceled",
    "InProgressApproval",
    "New",
    "ReceivedByApproval",
    "RejectedInApproval",
    "SentToApproval",
]

TIME_CARD_DTO_APPROVAL_STATUS_VALUES: frozenset[TimeCardDtoApprovalStatus] = frozenset(
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


def check_time_card_dto_approval_status(value: str) -> TimeCardDtoApprovalStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in TIME_CARD_DTO_APPROVAL_STATUS_VALUES.
    """
    return cast(TimeCardDtoApprovalStatus, value)
