from typing import Literal, cast

PurchaseOrderBasicGetAllOrderBasicOrderType = Literal["Blanket", "DropShip", "RegularOrder", "StandardBlanket"]

PURCHASE_ORDER_BASIC_GET_ALL_ORDER_BASIC_ORDER_TYPE_VALUES: frozenset[PurchaseOrderBasicGetAllOrderBasicOrderType] = (
    frozenset(
        {
            "Blanket",
            "DropShip",
            "RegularOrder",
            "StandardBlanket",
        }
    )
)


def check_purchase_order_basic_get_all_order_basic_order_type(
    value: str,
) -> PurchaseOrderBasicGetAllOrderBasicOrderType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PURCHASE_ORDER_BASIC_GET_ALL_ORDER_BASIC_ORDER_TYPE_VALUES.
    """
    return cast(PurchaseOrderBasicGetAllOrderBasicOrderType, value)
