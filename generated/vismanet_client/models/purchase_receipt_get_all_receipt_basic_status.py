from typing import Literal, cast

PurchaseReceiptGetAllReceiptBasicStatus = Literal["Balanced", "Hold", "Released"]

PURCHASE_RECEIPT_GET_ALL_RECEIPT_BASIC_STATUS_VALUES: frozenset[PurchaseReceiptGetAllReceiptBasicStatus] = frozenset(
    {
        "Balanced",
        "Hold",
        "Released",
    }
)


def check_purchase_receipt_get_all_receipt_basic_status(value: str) -> PurchaseReceiptGetAllReceiptBasicStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PURCHASE_RECEIPT_GET_ALL_RECEIPT_BASIC_STATUS_VALUES.
    """
    return cast(PurchaseReceiptGetAllReceiptBasicStatus, value)
