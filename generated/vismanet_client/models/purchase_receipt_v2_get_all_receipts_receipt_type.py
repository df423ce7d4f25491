from typing import Literal, cast

PurchaseReceiptV2GetAllReceiptsReceiptType = Literal["PoReceipt", "PoReturn", "TransferReceipt"]

PURCHASE_RECEIPT_V2_GET_ALL_RECEIPTS_RECEIPT_TYPE_VALUES: frozenset[PurchaseReceiptV2GetAllReceiptsReceiptType] = (
    frozenset(
        {
            "PoReceipt",
            "PoReturn",
            "TransferReceipt",
        }
    )
)


def check_purchase_receipt_v2_get_all_receipts_receipt_type(value: str) -> PurchaseReceiptV2GetAllReceiptsReceiptType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PURCHASE_RECEIPT_V2_GET_ALL_RECEIPTS_RECEIPT_TYPE_VALUES.
    """
    return cast(PurchaseReceiptV2GetAllReceiptsReceiptType, value)
