from typing import Literal, cast

SalesOrderDtoShipComplete = Literal["BackOrderAllowed", "CancelRemainder", "ShipComplete"]

SALES_ORDER_DTO_SHIP_COMPLETE_VALUES: frozenset[SalesOrderDtoShipComplete] = frozenset(
    {
        "BackOrderAllowed",
        "CancelRemainder",
        "ShipComplete",
    }
)


def check_sales_order_dto_ship_complete(value: str) -> SalesOrderDtoShipComplete:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SALES_ORDER_DTO_SHIP_COMPLETE_VALUES.
    """
    return cast(SalesOrderDtoShipComplete, value)
