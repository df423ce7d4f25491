from typing import Literal, cast

PurchaseReceiptV2GetAllReceiptsStatus = Literal["Balanced", "Hold", "Released"]

PURCHASE_RECEIPT_V2_GET_ALL_RECEIPTS_STATUS_VALUES: frozenset[PurchaseReceiptV2GetAllReceiptsStatus] = frozenset(
    {
        "Balanced",
        "Hold",
        "Released",
    }
)


def check_purchase_receipt_v2_get_all_receipts_status(value: str) -> PurchaseReceiptV2GetAllReceiptsStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PURCHASE_RECEIPT_V2_GET_ALL_RECEIPTS_STATUS_VALUES.
    """
    return cast(PurchaseReceiptV2GetAllReceiptsStatus, value)
