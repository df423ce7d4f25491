from typing import Literal, cast

TransferOrderTypeInPurchaseReceiptLineBasicUpdateDtoValue = Literal[
    "CreditNote", "DebitNote", "Invoice", "QuoteOrder", "RMAOrder", "SalesOrder", "StandardOrder", "TransferOrder"
]

TRANSFER_ORDER_TYPE_IN_PURCHASE_RECEIPT_LINE_BASIC_UPDATE_DTO_VALUE_VALUES: frozenset[
    TransferOrderTypeInPurchaseReceiptLineBasicUpdateDtoValue
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


def check_transfer_order_type_in_purchase_receipt_line_basic_update_dto_value(
    value: str,
) -> TransferOrderTypeInPurchaseReceiptLineBasicUpdateDtoValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in TRANSFER_ORDER_TYPE_IN_PURCHASE_RECEIPT_LINE_BASIC_UPDATE_DTO_VALUE_VALUES.
    """
    return cast(TransferOrderTypeInPurchaseReceiptLineBasicUpdateDtoValue, value)
