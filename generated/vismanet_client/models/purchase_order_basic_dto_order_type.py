from typing import Literal, cast

PurchaseOrderBasicDtoOrderType = Literal["Blanket", "DropShip", "RegularOrder", "StandardBlanket"]

PURCHASE_ORDER_BASIC_DTO_ORDER_TYPE_VALUES: frozenset[PurchaseOrderBasicDtoOrderType] = frozenset(
    {
        "Blanket",
        "DropShip",
        "RegularOrder",
        "StandardBlanket",
    }
)


def check_purchase_order_basic_dto_order_type(value: str) -> PurchaseOrderBasicDtoOrderType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PURCHASE_ORDER_BASIC_DTO_ORDER_TYPE_VALUES.
    """
    return cast(PurchaseOrderBasicDtoOrderType, value)
