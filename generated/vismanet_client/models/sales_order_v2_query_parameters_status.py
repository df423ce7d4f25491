from typing import Literal, cast

SalesOrderV2QueryParametersStatus = Literal[
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

SALES_ORDER_V2_QUERY_PARAMETERS_STATUS_VALUES: frozenset[SalesOrderV2QueryParametersStatus] = frozenset(
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


def check_sales_order_v2_query_parameters_status(value: str) -> SalesOrderV2QueryParametersStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SALES_ORDER_V2_QUERY_PARAMETERS_STATUS_VALUES.
    """
    return cast(SalesOrderV2QueryParametersStatus, value)
