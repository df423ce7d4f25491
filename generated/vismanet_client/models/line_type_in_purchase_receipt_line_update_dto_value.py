from typing import Literal, cast

LineTypeInPurchaseReceiptLineUpdateDtoValue = Literal[
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

LINE_TYPE_IN_PURCHASE_RECEIPT_LINE_UPDATE_DTO_VALUE_VALUES: frozenset[LineTypeInPurchaseReceiptLineUpdateDtoValue] = (
    frozenset(
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
)


def check_line_type_in_purchase_receipt_line_update_dto_value(
    value: str,
) -> LineTypeInPurchaseReceiptLineUpdateDtoValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in LINE_TYPE_IN_PURCHASE_RECEIPT_LINE_UPDATE_DTO_VALUE_VALUES.
    """
    return cast(LineTypeInPurchaseReceiptLineUpdateDtoValue, value)
