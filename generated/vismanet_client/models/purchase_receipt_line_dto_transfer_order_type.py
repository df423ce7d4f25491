from typing import Literal, cast

PurchaseReceiptLineDtoTransferOrderType = Literal[
    "CreditNote", "DebitNote", "Invoice", "QuoteOrder", "RMAOrder", "SalesOrder", "StandardOrder", "TransferOrder"
]

PURCHASE_RECEIPT_LINE_DTO_TRANSFER_ORDER_TYPE_VALUES: frozenset[PurchaseReceiptLineDtoTransferOrderType] = frozenset(
    {
        "CreditNote",
        "DebitNote",
        "Invoice",
        "QuoteOrder",
        "RMAOrder",
        "SalesOrder",
        "StandardOrder",
        "TransferOrder",
    }
)


def check_purchase_receipt_line_dto_transfer_order_type(value: str) -> PurchaseReceiptLineDtoTransferOrderType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PURCHASE_RECEIPT_LINE_DTO_TRANSFER_ORDER_TYPE_VALUES.
    """
    return cast(PurchaseReceiptLineDtoTransferOrderType, value)
