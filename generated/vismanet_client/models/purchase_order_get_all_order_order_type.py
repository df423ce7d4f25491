from typing import Literal, cast

PurchaseOrderGetAllOrderOrderType = Literal["Blanket", "DropShip", "RegularOrder", "StandardBlanket"]

PURCHASE_ORDER_GET_ALL_ORDER_ORDER_TYPE_VALUES: frozenset[PurchaseOrderGetAllOrderOrderType] = frozenset(
    {
        "Blanket",
        "DropShip",
        "RegularOrder",
        "StandardBlanket",
    }
)


def check_purchase_order_get_all_order_order_type(value: str) -> PurchaseOrderGetAllOrderOrderType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PURCHASE_ORDER_GET_ALL_ORDER_ORDER_TYPE_VALUES.
    """
    return cast(PurchaseOrderGetAllOrderOrderType, value)
