from typing import Literal, cast

SendToApprovalResultActionResult = Literal["Done", "Failed", "InProcess", "Queued"]

SEND_TO_APPROVAL_RESULT_ACTION_RESULT_VALUES: frozenset[SendToApprovalResultActionResult] = frozenset(
    {
        "Done",
        "Failed",
        "InProcess",
        "Queued",
    }
)


def check_send_to_approval_result_action_result(value: str) -> SendToApprovalResultActionResult:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SEND_TO_APPROVAL_RESULT_ACTION_RESULT_VALUES.
    """
    return cast(SendToApprovalResultActionResult, value)
