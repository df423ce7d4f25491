from typing import Literal, cast

PurchaseReceiptsDtoType = Literal["PoReceipt", "PoReturn", "TransferReceipt"]

PURCHASE_RECEIPTS_DTO_TYPE_VALUES: frozenset[PurchaseReceiptsDtoType] = frozenset(
    {
        "PoReceipt",
        "PoReturn",
        "TransferReceipt",
    }
)


def check_purchase_receipts_dto_type(value: str) -> PurchaseReceiptsDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PURCHASE_RECEIPTS_DTO_TYPE_VALUES.
    """
    return cast(PurchaseReceiptsDtoType, value)
