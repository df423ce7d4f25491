from typing import Literal, cast

SendTimeCardToApprovalActionResultDtoActionResult = Literal["Done", "Failed", "InProcess", "Queued"]

SEND_TIME_CARD_TO_APPROVAL_ACTION_RESULT_DTO_ACTION_RESULT_VALUES: frozenset[
    SendTimeCardToApprovalActionResultDtoActionResult
] = frozenset(
    {
        "Done",
        "Failed",
        "InProcess",
        "Queued",
    }
)


def check_send_time_card_to_approval_action_result_dto_action_result(
    value: str,
) -> SendTimeCardToApprovalActionResultDtoActionResult:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SEND_TIME_CARD_TO_APPROVAL_ACTION_RESULT_DTO_ACTION_RESULT_VALUES.
    """
    return cast(SendTimeCardToApprovalActionResultDtoActionResult, value)
