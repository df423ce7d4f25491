from typing import Literal, cast

ReleaseCustomerOverdueChargeActionResultDtoActionResult = Literal["Done", "Failed", "InProcess", "Queued"]

RELEASE_CUSTOMER_OVERDUE_CHARGE_ACTION_RESULT_DTO_ACTION_RESULT_VALUES: frozenset[
    ReleaseCustomerOverdueChargeActionResultDtoActionResult
] = frozenset(
    {
        "Done",
        "Failed",
        "InProcess",
        "Queued",
    }
)


def check_release_customer_overdue_charge_action_result_dto_action_result(
    value: str,
) -> ReleaseCustomerOverdueChargeActionResultDtoActionResult:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in RELEASE_CUSTOMER_OVERDUE_CHARGE_ACTION_RESULT_DTO_ACTION_RESULT_VALUES.
    """
    return cast(ReleaseCustomerOverdueChargeActionResultDtoActionResult, value)
