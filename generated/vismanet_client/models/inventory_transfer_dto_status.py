from typing import Literal, cast

InventoryTransferDtoStatus = Literal["Balanced", "Hold", "Released"]

INVENTORY_TRANSFER_DTO_STATUS_VALUES: frozenset[InventoryTransferDtoStatus] = frozenset(
    {
        "Balanced",
        "Hold",
        "Released",
    }
)


def check_inventory_transfer_dto_status(value: str) -> InventoryTransferDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in INVENTORY_TRANSFER_DTO_STATUS_VALUES.
    """
    return cast(InventoryTransferDtoStatus, value)
