from typing import Literal, cast

InventoryAdjustmentGetAllStatus = Literal["Balanced", "Hold", "Released"]

INVENTORY_ADJUSTMENT_GET_ALL_STATUS_VALUES: frozenset[InventoryAdjustmentGetAllStatus] = frozenset(
    {
        "Balanced",
        "Hold",
        "Released",
    }
)


def check_inventory_adjustment_get_all_status(value: str) -> InventoryAdjustmentGetAllStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in INVENTORY_ADJUSTMENT_GET_ALL_STATUS_VALUES.
    """
    return cast(InventoryAdjustmentGetAllStatus, value)
