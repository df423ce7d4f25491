from typing import Literal, cast

PurchaseReceiptLineDtoLineType = Literal[
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

PURCHASE_RECEIPT_LINE_DTO_LINE_TYPE_VALUES: frozenset[PurchaseReceiptLineDtoLineType] = frozenset(
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


def check_purchase_receipt_line_dto_line_type(value: str) -> PurchaseReceiptLineDtoLineType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PURCHASE_RECEIPT_LINE_DTO_LINE_TYPE_VALUES.
    """
    return cast(PurchaseReceiptLineDtoLineType, value)
