from typing import Literal, cast

ReleasePaymentActionResultDtoActionResult = Literal["Done", "Failed", "InProcess", "Queued"]

RELEASE_PAYMENT_ACTION_RESULT_DTO_ACTION_RESULT_VALUES: frozenset[ReleasePaymentActionResultDtoActionResult] = (
    frozenset(
        {
            "Done",
            "Failed",
            "InProcess",
            "Queued",
        }
    )
)


def check_release_payment_action_result_dto_action_result(value: str) -> ReleasePaymentActionResultDtoActionResult:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in RELEASE_PAYMENT_ACTION_RESULT_DTO_ACTION_RESULT_VALUES.
    """
    return cast(ReleasePaymentActionResultDtoActionResult, value)
