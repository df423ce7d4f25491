from typing import Literal, cast

PurchaseOrderLineDtoLineType = Literal[
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

PURCHASE_ORDER_LINE_DTO_LINE_TYPE_VALUES: frozenset[PurchaseOrderLineDtoLineType] = frozenset(
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


def check_purchase_order_line_dto_line_type(value: str) -> PurchaseOrderLineDtoLineType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PURCHASE_ORDER_LINE_DTO_LINE_TYPE_VALUES.
    """
    return cast(PurchaseOrderLineDtoLineType, value)
