from typing import Literal, cast

SalesOrderTypeDtoBehavior = Literal["CreditMemo", "Invoice", "Quote", "RMAOrder", "SalesOrder"]

SALES_ORDER_TYPE_DTO_BEHAVIOR_VALUES: frozenset[SalesOrderTypeDtoBehavior] = frozenset(
    {
        "CreditMemo",
        "Invoice",
        "Quote",
        "RMAOrder",
        "SalesOrder",
    }
)


def check_sales_order_type_dto_behavior(value: str) -> SalesOrderTypeDtoBehavior:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SALES_ORDER_TYPE_DTO_BEHAVIOR_VALUES.
    """
    return cast(SalesOrderTypeDtoBehavior, value)
