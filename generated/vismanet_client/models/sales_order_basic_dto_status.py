from typing import Literal, cast

SalesOrderBasicDtoStatus = Literal[
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

SALES_ORDER_BASIC_DTO_STATUS_VALUES: frozenset[SalesOrderBasicDtoStatus] = frozenset(
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


def check_sales_order_basic_dto_status(value: str) -> SalesOrderBasicDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SALES_ORDER_BASIC_DTO_STATUS_VALUES.
    """
    return cast(SalesOrderBasicDtoStatus, value)
