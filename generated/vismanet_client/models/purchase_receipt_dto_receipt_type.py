from typing import Literal, cast

PurchaseReceiptDtoReceiptType = Literal["PoReceipt", "PoReturn", "TransferReceipt"]

PURCHASE_RECEIPT_DTO_RECEIPT_TYPE_VALUES: frozenset[PurchaseReceiptDtoReceiptType] = frozenset(
    {
        "PoReceipt",
        "PoReturn",
        "TransferReceipt",
    }
)


def check_purchase_receipt_dto_receipt_type(value: str) -> PurchaseReceiptDtoReceiptType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PURCHASE_RECEIPT_DTO_RECEIPT_TYPE_VALUES.
    """
    return cast(PurchaseReceiptDtoReceiptType, value)
