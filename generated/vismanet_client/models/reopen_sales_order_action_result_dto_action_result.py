from typing import Literal, cast

ReopenSalesOrderActionResultDtoActionResult = Literal["Done", "Failed", "InProcess", "Queued"]

REOPEN_SALES_ORDER_ACTION_RESULT_DTO_ACTION_RESULT_VALUES: frozenset[ReopenSalesOrderActionResultDtoActionResult] = (
    frozenset(
        {
            "Done",
            "Failed",
            "InProcess",
            "Queued",
        }
    )
)


def check_reopen_sales_order_action_result_dto_action_result(value: str) -> ReopenSalesOrderActionResultDtoActionResult:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in REOPEN_SALES_ORDER_ACTION_RESULT_DTO_ACTION_RESULT_VALUES.
    """
    return cast(ReopenSalesOrderActionResultDtoActionResult, value)
