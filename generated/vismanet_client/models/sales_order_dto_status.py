from typing import Literal, cast

SalesOrderDtoStatus = Literal[
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

SALES_ORDER_DTO_STATUS_VALUES: frozenset[SalesOrderDtoStatus] = frozenset(
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


def check_sales_order_dto_status(value: str) -> SalesOrderDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SALES_ORDER_DTO_STATUS_VALUES.
    """
    return cast(SalesOrderDtoStatus, value)
