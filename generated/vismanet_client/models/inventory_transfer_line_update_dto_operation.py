from typing import Literal, cast

InventoryTransferLineUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

INVENTORY_TRANSFER_LINE_UPDATE_DTO_OPERATION_VALUES: frozenset[InventoryTransferLineUpdateDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_inventory_transfer_line_update_dto_operation(value: str) -> InventoryTransferLineUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in INVENTORY_TRANSFER_LINE_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(InventoryTransferLineUpdateDtoOperation, value)
