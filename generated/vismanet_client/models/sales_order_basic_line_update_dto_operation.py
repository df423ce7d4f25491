from typing import Literal, cast

SalesOrderBasicLineUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

SALES_ORDER_BASIC_LINE_UPDATE_DTO_OPERATION_VALUES: frozenset[SalesOrderBasicLineUpdateDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_sales_order_basic_line_update_dto_operation(value: str) -> SalesOrderBasicLineUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SALES_ORDER_BASIC_LINE_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(SalesOrderBasicLineUpdateDtoOperation, value)
