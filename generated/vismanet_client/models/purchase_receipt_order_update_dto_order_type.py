from typing import Literal, cast

PurchaseReceiptOrderUpdateDtoOrderType = Literal["Blanket", "DropShip", "RegularOrder", "StandardBlanket"]

PURCHASE_RECEIPT_ORDER_UPDATE_DTO_ORDER_TYPE_VALUES: frozenset[PurchaseReceiptOrderUpdateDtoOrderType] = frozenset(
    {
        "Blanket",
        "DropShip",
        "RegularOrder",
        "StandardBlanket",
    }
)


def check_purchase_receipt_order_update_dto_order_type(value: str) -> PurchaseReceiptOrderUpdateDtoOrderType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PURCHASE_RECEIPT_ORDER_UPDATE_DTO_ORDER_TYPE_VALUES.
    """
    return cast(PurchaseReceiptOrderUpdateDtoOrderType, value)
