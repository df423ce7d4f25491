from typing import Literal, cast

PurchaseReceiptBasicDtoReceiptType = Literal["PoReceipt", "PoReturn", "TransferReceipt"]

PURCHASE_RECEIPT_BASIC_DTO_RECEIPT_TYPE_VALUES: frozenset[PurchaseReceiptBasicDtoReceiptType] = frozenset(
    {
        "PoReceipt",
        "PoReturn",
        "TransferReceipt",
    }
)


def check_purchase_receipt_basic_dto_receipt_type(value: str) -> PurchaseReceiptBasicDtoReceiptType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PURCHASE_RECEIPT_BASIC_DTO_RECEIPT_TYPE_VALUES.
    """
    return cast(PurchaseReceiptBasicDtoReceiptType, value)
