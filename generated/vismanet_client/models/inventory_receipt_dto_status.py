from typing import Literal, cast

InventoryReceiptDtoStatus = Literal["Balanced", "Hold", "Released"]

INVENTORY_RECEIPT_DTO_STATUS_VALUES: frozenset[InventoryReceiptDtoStatus] = frozenset(
    {
        "Balanced",
        "Hold",
        "Released",
    }
)


def check_inventory_receipt_dto_status(value: str) -> InventoryReceiptDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in INVENTORY_RECEIPT_DTO_STATUS_VALUES.
    """
    return cast(InventoryReceiptDtoStatus, value)
