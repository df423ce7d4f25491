from typing import Literal, cast

SalesOrderV2GetAllOrdersV2Status = Literal[
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

SALES_ORDER_V2_GET_ALL_ORDERS_V2_STATUS_VALUES: frozenset[SalesOrderV2GetAllOrdersV2Status] = frozenset(
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


def check_sales_order_v2_get_all_orders_v2_status(value: str) -> SalesOrderV2GetAllOrdersV2Status:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SALES_ORDER_V2_GET_ALL_ORDERS_V2_STATUS_VALUES.
    """
    return cast(SalesOrderV2GetAllOrdersV2Status, value)
