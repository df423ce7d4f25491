from typing import Literal, cast

PutTimeCardOnHoldActionResultDtoActionResult = Literal["Done", "Failed", "InProcess", "Queued"]

PUT_TIME_CARD_ON_HOLD_ACTION_RESULT_DTO_ACTION_RESULT_VALUES: frozenset[
    PutTimeCardOnHoldActionResultDtoActionResult
] = frozenset(
    {
        "Done",
        "Failed",
        "InProcess",
        "Queued",
    }
)


def check_put_time_card_on_hold_action_result_dto_action_result(
    value: str,
) -> PutTimeCardOnHoldActionResultDtoActionResult:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PUT_TIME_CARD_ON_HOLD_ACTION_RESULT_DTO_ACTION_RESULT_VALUES.
    """
    return cast(PutTimeCardOnHoldActionResultDtoActionResult, value)
