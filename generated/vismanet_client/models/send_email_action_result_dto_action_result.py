from typing import Literal, cast

SendEmailActionResultDtoActionResult = Literal["Done", "Failed", "InProcess", "Queued"]

SEND_EMAIL_ACTION_RESULT_DTO_ACTION_RESULT_VALUES: frozenset[SendEmailActionResultDtoActionResult] = frozenset(
    {
        "Done",
        "Failed",
        "InProcess",
        "Queued",
    }
)


def check_send_email_action_result_dto_action_result(value: str) -> SendEmailActionResultDtoActionResult:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SEND_EMAIL_ACTION_RESULT_DTO_ACTION_RESULT_VALUES.
    """
    return cast(SendEmailActionResultDtoActionResult, value)
