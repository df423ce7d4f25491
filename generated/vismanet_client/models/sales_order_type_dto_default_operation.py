from typing import Literal, cast

SalesOrderTypeDtoDefaultOperation = Literal["Issue", "Receipt"]

SALES_ORDER_TYPE_DTO_DEFAULT_OPERATION_VALUES: frozenset[SalesOrderTypeDtoDefaultOperation] = frozenset(
    {
        "Issue",
        "Receipt",
    }
)


def check_sales_order_type_dto_default_operation(value: str) -> SalesOrderTypeDtoDefaultOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SALES_ORDER_TYPE_DTO_DEFAULT_OPERATION_VALUES.
    """
    return cast(SalesOrderTypeDtoDefaultOperation, value)
