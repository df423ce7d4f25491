from typing import Literal, cast

PurchaseReceiptBasicDtoStatus = Literal["Balanced", "Hold", "Released"]

PURCHASE_RECEIPT_BASIC_DTO_STATUS_VALUES: frozenset[PurchaseReceiptBasicDtoStatus] = frozenset(
    {
        "Balanced",
        "Hold",
        "Released",
    }
)


def check_purchase_receipt_basic_dto_status(value: str) -> PurchaseReceiptBasicDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PURCHASE_RECEIPT_BASIC_DTO_STATUS_VALUES.
    """
    return cast(PurchaseReceiptBasicDtoStatus, value)
