from typing import Literal, cast

PurchaseReceiptsDtoStatus = Literal["Balanced", "Hold", "Released"]

PURCHASE_RECEIPTS_DTO_STATUS_VALUES: frozenset[PurchaseReceiptsDtoStatus] = frozenset(
    {
        "Balanced",
        "Hold",
        "Released",
    }
)


def check_purchase_receipts_dto_status(value: str) -> PurchaseReceiptsDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PURCHASE_RECEIPTS_DTO_STATUS_VALUES.
    """
    return cast(PurchaseReceiptsDtoStatus, value)
