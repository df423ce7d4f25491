from typing import Literal, cast

PurchaseOrderDtoOrderType = Literal["Blanket", "DropShip", "RegularOrder", "StandardBlanket"]

PURCHASE_ORDER_DTO_ORDER_TYPE_VALUES: frozenset[PurchaseOrderDtoOrderType] = frozenset(
    {
        "Blanket",
        "DropShip",
        "RegularOrder",
        "StandardBlanket",
    }
)


def check_purchase_order_dto_order_type(value: str) -> PurchaseOrderDtoOrderType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PURCHASE_ORDER_DTO_ORDER_TYPE_VALUES.
    """
    return cast(PurchaseOrderDtoOrderType, value)
