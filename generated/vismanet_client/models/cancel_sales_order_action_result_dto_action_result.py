from typing import Literal, cast

CancelSalesOrderActionResultDtoActionResult = Literal["Done", "Failed", "InProcess", "Queued"]

CANCEL_SALES_ORDER_ACTION_RESULT_DTO_ACTION_RESULT_VALUES: frozenset[CancelSalesOrderActionResultDtoActionResult] = (
    frozenset(
        {
            "Done",
            "Failed",
            "InProcess",
            "Queued",
        }
    )
)


def check_cancel_sales_order_action_result_dto_action_result(value: str) -> CancelSalesOrderActionResultDtoActionResult:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CANCEL_SALES_ORDER_ACTION_RESULT_DTO_ACTION_RESULT_VALUES.
    """
    return cast(CancelSalesOrderActionResultDtoActionResult, value)
