from typing import Literal, cast

DtoValueOfNullableOfPoLineTypeValue = Literal[
    "Description",
    "Freight",
    "GoodsForDropShip",
    "GoodsForInventory",
    "GoodsForReplenishment",
    "GoodsForSalesOrder",
    "NonStock",
    "NonStockForDropShip",
    "NonStockForSalesOrder",
    "Service",
]

DTO_VALUE_OF_NULLABLE_OF_PO_LINE_TYPE_VALUE_VALUES: frozenset[DtoValueOfNullableOfPoLineTypeValue] = frozenset(
    {
        "Description",
        "Freight",
        "GoodsForDropShip",
        "GoodsForInventory",
        "GoodsForReplenishment",
        "GoodsForSalesOrder",
        "NonStock",
        "NonStockForDropShip",
        "NonStockForSalesOrder",
        "Service",
    }
)


def check_dto_value_of_nullable_of_po_line_type_value(value: str) -> DtoValueOfNullableOfPoLineTypeValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_NULLABLE_OF_PO_LINE_TYPE_VALUE_VALUES.
    """
    return cast(DtoValueOfNullableOfPoLineTypeValue, value)
