from typing import Literal, cast

DtoValueOfNullableOfSalesOrderShipCompleteStatusesValue = Literal["BackOrderAllowed", "CancelRemainder", "ShipComplete"]

DTO_VALUE_OF_NULLABLE_OF_SALES_ORDER_SHIP_COMPLETE_STATUSES_VALUE_VALUES: frozenset[
    DtoValueOfNullableOfSalesOrderShipCompleteStatusesValue
] = frozenset(
    {
        "BackOrderAllowed",
        "CancelRemainder",
        "ShipComplete",
    }
)


def check_dto_value_of_nullable_of_sales_order_ship_complete_statuses_value(
    value: str,
) -> DtoValueOfNullableOfSalesOrderShipCompleteStatusesValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_NULLABLE_OF_SALES_ORDER_SHIP_COMPLETE_STATUSES_VALUE_VALUES.
    """
    return cast(DtoValueOfNullableOfSalesOrderShipCompleteStatusesValue, value)
