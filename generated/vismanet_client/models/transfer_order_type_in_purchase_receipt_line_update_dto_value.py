from typing import Literal, cast

TransferOrderTypeInPurchaseReceiptLineUpdateDtoValue = Literal[
    "CreditNote", "DebitNote", "Invoice", "QuoteOrder", "RMAOrder", "SalesOrder", "StandardOrder", "TransferOrder"
]

TRANSFER_ORDER_TYPE_IN_PURCHASE_RECEIPT_LINE_UPDATE_DTO_VALUE_VALUES: frozenset[
    TransferOrderTypeInPurchaseReceiptLineUpdateDtoValue
] = frozenset(
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


def check_transfer_order_type_in_purchase_receipt_line_update_dto_value(
    value: str,
) -> TransferOrderTypeInPurchaseReceiptLineUpdateDtoValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in TRANSFER_ORDER_TYPE_IN_PURCHASE_RECEIPT_LINE_UPDATE_DTO_VALUE_VALUES.
    """
    return cast(TransferOrderTypeInPurchaseReceiptLineUpdateDtoValue, value)
