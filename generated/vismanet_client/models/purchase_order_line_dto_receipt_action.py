from typing import Literal, cast

PurchaseOrderLineDtoReceiptAction = Literal["Accept", "AcceptButWarn", "Reject"]

PURCHASE_ORDER_LINE_DTO_RECEIPT_ACTION_VALUES: frozenset[PurchaseOrderLineDtoReceiptAction] = frozenset(
    {
        "Accept",
        "AcceptButWarn",
        "Reject",
    }
)


def check_purchase_order_line_dto_receipt_action(value: str) -> PurchaseOrderLineDtoReceiptAction:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PURCHASE_ORDER_LINE_DTO_RECEIPT_ACTION_VALUES.
    """
    return cast(PurchaseOrderLineDtoReceiptAction, value)
