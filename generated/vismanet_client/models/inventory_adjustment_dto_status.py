from typing import Literal, cast

InventoryAdjustmentDtoStatus = Literal["Balanced", "Hold", "Released"]

INVENTORY_ADJUSTMENT_DTO_STATUS_VALUES: frozenset[InventoryAdjustmentDtoStatus] = frozenset(
    {
        "Balanced",
        "Hold",
        "Released",
    }
)


def check_inventory_adjustment_dto_status(value: str) -> InventoryAdjustmentDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in INVENTORY_ADJUSTMENT_DTO_STATUS_VALUES.
    """
    return cast(InventoryAdjustmentDtoStatus, value)
