from typing import Literal, cast

PurchaseReceiptDtoStatus = Literal["Balanced", "Hold", "Released"]

PURCHASE_RECEIPT_DTO_STATUS_VALUES: frozenset[PurchaseReceiptDtoStatus] = frozenset(
    {
        "Balanced",
        "Hold",
        "Released",
    }
)


def check_purchase_receipt_dto_status(value: str) -> PurchaseReceiptDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PURCHASE_RECEIPT_DTO_STATUS_VALUES.
    """
    return cast(PurchaseReceiptDtoStatus, value)
