from typing import Literal, cast

SalesOrderGetAllOrdersStatus = Literal[
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

SALES_ORDER_GET_ALL_ORDERS_STATUS_VALUES: frozenset[SalesOrderGetAllOrdersStatus] = frozenset(
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


def check_sales_order_get_all_orders_status(value: str) -> SalesOrderGetAllOrdersStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SALES_ORDER_GET_ALL_ORDERS_STATUS_VALUES.
    """
    return cast(SalesOrderGetAllOrdersStatus, value)
