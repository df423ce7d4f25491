from typing import Literal, cast

SalesOrderBasicGetAllOrdersStatus = Literal[
    "BackOrder",
    "Cancelled",
    "Completed",
    "CreditHold",
    "Hold",
    "Invoiced",
    "Open",
    "PendingApproval",
    "Shipping",
    "Voided",
]

SALES_ORDER_BASIC_GET_ALL_ORDERS_STATUS_VALUES: frozenset[SalesOrderBasicGetAllOrdersStatus] = frozenset(
    {
        "BackOrder",
        "Cancelled",
        "Completed",
        "CreditHold",
        "Hold",
        "Invoiced",
        "Open",
        "PendingApproval",
        "Shipping",
        "Voided",
    }
)


def check_sales_order_basic_get_all_orders_status(value: str) -> SalesOrderBasicGetAllOrdersStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SALES_ORDER_BASIC_GET_ALL_ORDERS_STATUS_VALUES.
    """
    return cast(SalesOrderBasicGetAllOrdersStatus, value)
