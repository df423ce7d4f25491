from typing import Literal, cast

PurchaseReceiptBasicGetAllReceiptBasicStatus = Literal["Balanced", "Hold", "Released"]

PURCHASE_RECEIPT_BASIC_GET_ALL_RECEIPT_BASIC_STATUS_VALUES: frozenset[PurchaseReceiptBasicGetAllReceiptBasicStatus] = (
    frozenset(
        {
            "Balanced",
            "Hold",
            "Released",
        }
    )
)


def check_purchase_receipt_basic_get_all_receipt_basic_status(
    value: str,
) -> PurchaseReceiptBasicGetAllReceiptBasicStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PURCHASE_RECEIPT_BASIC_GET_ALL_RECEIPT_BASIC_STATUS_VALUES.
    """
    return cast(PurchaseReceiptBasicGetAllReceiptBasicStatus, value)
