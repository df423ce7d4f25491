from typing import Literal, cast

InventoryTransferGetAllStatus = Literal["Balanced", "Hold", "Released"]

INVENTORY_TRANSFER_GET_ALL_STATUS_VALUES: frozenset[InventoryTransferGetAllStatus] = frozenset(
    {
        "Balanced",
        "Hold",
        "Released",
    }
)


def check_inventory_transfer_get_all_status(value: str) -> InventoryTransferGetAllStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in INVENTORY_TRANSFER_GET_ALL_STATUS_VALUES.
    """
    return cast(InventoryTransferGetAllStatus, value)
