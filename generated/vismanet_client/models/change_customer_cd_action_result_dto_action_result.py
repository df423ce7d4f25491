from typing import Literal, cast

ChangeCustomerCdActionResultDtoActionResult = Literal["Done", "Failed", "InProcess", "Queued"]

CHANGE_CUSTOMER_CD_ACTION_RESULT_DTO_ACTION_RESULT_VALUES: frozenset[ChangeCustomerCdActionResultDtoActionResult] = (
    frozenset(
        {
            "Done",
            "Failed",
            "InProcess",
            "Queued",
        }
    )
)


def check_change_customer_cd_action_result_dto_action_result(value: str) -> ChangeCustomerCdActionResultDtoActionResult:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CHANGE_CUSTOMER_CD_ACTION_RESULT_DTO_ACTION_RESULT_VALUES.
    """
    return cast(ChangeCustomerCdActionResultDtoActionResult, value)
