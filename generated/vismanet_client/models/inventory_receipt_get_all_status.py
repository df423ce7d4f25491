from typing import Literal, cast

InventoryReceiptGetAllStatus = Literal["Balanced", "Hold", "Released"]

INVENTORY_RECEIPT_GET_ALL_STATUS_VALUES: frozenset[InventoryReceiptGetAllStatus] = frozenset(
    {
        "Balanced",
        "Hold",
        "Released",
    }
)


def check_inventory_receipt_get_all_status(value: str) -> InventoryReceiptGetAllStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in INVENTORY_RECEIPT_GET_ALL_STATUS_VALUES.
    """
    return cast(InventoryReceiptGetAllStatus, value)
