from typing import Literal, cast

SalesOrderLineUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

SALES_ORDER_LINE_UPDATE_DTO_OPERATION_VALUES: frozenset[SalesOrderLineUpdateDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_sales_order_line_update_dto_operation(value: str) -> SalesOrderLineUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SALES_ORDER_LINE_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(SalesOrderLineUpdateDtoOperation, value)
