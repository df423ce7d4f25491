from typing import Literal, cast

PurchaseReceiptLineDtoPoOrderType = Literal["Blanket", "DropShip", "RegularOrder", "StandardBlanket"]

PURCHASE_RECEIPT_LINE_DTO_PO_ORDER_TYPE_VALUES: frozenset[PurchaseReceiptLineDtoPoOrderType] = frozenset(
    {
        "Blanket",
        "DropShip",
        "RegularOrder",
        "StandardBlanket",
    }
)


def check_purchase_receipt_line_dto_po_order_type(value: str) -> PurchaseReceiptLineDtoPoOrderType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PURCHASE_RECEIPT_LINE_DTO_PO_ORDER_TYPE_VALUES.
    """
    return cast(PurchaseReceiptLineDtoPoOrderType, value)
