from typing import Literal, cast

InventoryAdjustmentLineUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

INVENTORY_ADJUSTMENT_LINE_UPDATE_DTO_OPERATION_VALUES: frozenset[InventoryAdjustmentLineUpdateDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_inventory_adjustment_line_update_dto_operation(value: str) -> InventoryAdjustmentLineUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in INVENTORY_ADJUSTMENT_LINE_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(InventoryAdjustmentLineUpdateDtoOperation, value)
