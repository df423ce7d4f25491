from typing import Literal, cast

SubmitTimeCardActionResultDtoActionResult = Literal["Done", "Failed", "InProcess", "Queued"]

SUBMIT_TIME_CARD_ACTION_RESULT_DTO_ACTION_RESULT_VALUES: frozenset[SubmitTimeCardActionResultDtoActionResult] = (
    frozenset(
        {
            "Done",
            "Failed",
            "InProcess",
            "Queued",
        }
    )
)


def check_submit_time_card_action_result_dto_action_result(value: str) -> SubmitTimeCardActionResultDtoActionResult:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUBMIT_TIME_CARD_ACTION_RESULT_DTO_ACTION_RESULT_VALUES.
    """
    return cast(SubmitTimeCardActionResultDtoActionResult, value)
