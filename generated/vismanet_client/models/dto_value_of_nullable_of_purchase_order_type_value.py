from typing import Literal, cast

DtoValueOfNullableOfPurchaseOrderTypeValue = Literal["Blanket", "DropShip", "RegularOrder", "StandardBlanket"]

DTO_VALUE_OF_NULLABLE_OF_PURCHASE_ORDER_TYPE_VALUE_VALUES: frozenset[DtoValueOfNullableOfPurchaseOrderTypeValue] = (
    frozenset(
        {
            "Blanket",
            "DropShip",
            "RegularOrder",
            "StandardBlanket",
        }
    )
)


def check_dto_value_of_nullable_of_purchase_order_type_value(value: str) -> DtoValueOfNullableOfPurchaseOrderTypeValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_NULLABLE_OF_PURCHASE_ORDER_TYPE_VALUE_VALUES.
    """
    return cast(DtoValueOfNullableOfPurchaseOrderTypeValue, value)
