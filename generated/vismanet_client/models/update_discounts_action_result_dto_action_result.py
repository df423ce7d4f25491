from typing import Literal, cast

UpdateDiscountsActionResultDtoActionResult = Literal["Done", "Failed", "InProcess", "Queued"]

UPDATE_DISCOUNTS_ACTION_RESULT_DTO_ACTION_RESULT_VALUES: frozenset[UpdateDiscountsActionResultDtoActionResult] = (
    frozenset(
        {
            "Done",
            "Failed",
            "InProcess",
            "Queued",
        }
    )
)


def check_update_discounts_action_result_dto_action_result(value: str) -> UpdateDiscountsActionResultDtoActionResult:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in UPDATE_DISCOUNTS_ACTION_RESULT_DTO_ACTION_RESULT_VALUES.
    """
    return cast(UpdateDiscountsActionResultDtoActionResult, value)
