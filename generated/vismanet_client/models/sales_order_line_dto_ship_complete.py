from typing import Literal, cast

SalesOrderLineDtoShipComplete = Literal["BackOrderAllowed", "CancelRemainder", "ShipComplete"]

SALES_ORDER_LINE_DTO_SHIP_COMPLETE_VALUES: frozenset[SalesOrderLineDtoShipComplete] = frozenset(
    {
        "BackOrderAllowed",
        "CancelRemainder",
        "ShipComplete",
    }
)


def check_sales_order_line_dto_ship_complete(value: str) -> SalesOrderLineDtoShipComplete:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SALES_ORDER_LINE_DTO_SHIP_COMPLETE_VALUES.
    """
    return cast(SalesOrderLineDtoShipComplete, value)
