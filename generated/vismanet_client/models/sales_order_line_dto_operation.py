from typing import Literal, cast

SalesOrderLineDtoOperation = Literal["Issue", "Receipt"]

SALES_ORDER_LINE_DTO_OPERATION_VALUES: frozenset[SalesOrderLineDtoOperation] = frozenset(
    {
        "Issue",
        "Receipt",
    }
)


def check_sales_order_line_dto_operation(value: str) -> SalesOrderLineDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SALES_ORDER_LINE_DTO_OPERATION_VALUES.
    """
    return cast(SalesOrderLineDtoOperation, value)
