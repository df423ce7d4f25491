from typing import Literal, cast

SalesOrderQueryParametersStatus = Literal[
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

SALES_ORDER_QUERY_PARAMETERS_STATUS_VALUES: frozenset[SalesOrderQueryParametersStatus] = frozenset(
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


def check_sales_order_query_parameters_status(value: str) -> SalesOrderQueryParametersStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SALES_ORDER_QUERY_PARAMETERS_STATUS_VALUES.
    """
    return cast(SalesOrderQueryParametersStatus, value)
