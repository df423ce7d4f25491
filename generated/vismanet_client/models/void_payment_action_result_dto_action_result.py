from typing import Literal, cast

VoidPaymentActionResultDtoActionResult = Literal["Done", "Failed", "InProcess", "Queued"]

VOID_PAYMENT_ACTION_RESULT_DTO_ACTION_RESULT_VALUES: frozenset[VoidPaymentActionResultDtoActionResult] = frozenset(
    {
        "Done",
        "Failed",
        "InProcess",
        "Queued",
    }
)


def check_void_payment_action_result_dto_action_result(value: str) -> VoidPaymentActionResultDtoActionResult:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in VOID_PAYMENT_ACTION_RESULT_DTO_ACTION_RESULT_VALUES.
    """
    return cast(VoidPaymentActionResultDtoActionResult, value)
