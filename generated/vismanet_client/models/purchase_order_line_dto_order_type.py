from typing import Literal, cast

PurchaseOrderLineDtoOrderType = Literal["Blanket", "DropShip", "RegularOrder", "StandardBlanket"]

PURCHASE_ORDER_LINE_DTO_ORDER_TYPE_VALUES: frozenset[PurchaseOrderLineDtoOrderType] = frozenset(
    {
        "Blanket",
        "DropShip",
        "RegularOrder",
        "StandardBlanket",
    }
)


def check_purchase_order_line_dto_order_type(value: str) -> PurchaseOrderLineDtoOrderType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PURCHASE_ORDER_LINE_DTO_ORDER_TYPE_VALUES.
    """
    return cast(PurchaseOrderLineDtoOrderType, value)
