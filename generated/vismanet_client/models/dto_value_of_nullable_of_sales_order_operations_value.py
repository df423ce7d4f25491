from typing import Literal, cast

DtoValueOfNullableOfSalesOrderOperationsValue = Literal["Issue", "Receipt"]

DTO_VALUE_OF_NULLABLE_OF_SALES_ORDER_OPERATIONS_VALUE_VALUES: frozenset[
    DtoValueOfNullableOfSalesOrderOperationsValue
] = frozenset(
    {
        "Issue",
        "Receipt",
    }
)


def check_dto_value_of_nullable_of_sales_order_operations_value(
    value: str,
) -> DtoValueOfNullableOfSalesOrderOperationsValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_NULLABLE_OF_SALES_ORDER_OPERATIONS_VALUE_VALUES.
    """
    return cast(DtoValueOfNullableOfSalesOrderOperationsValue, value)
