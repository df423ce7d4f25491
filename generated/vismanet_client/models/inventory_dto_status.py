from typing import Literal, cast

InventoryDtoStatus = Literal[
    "Active", "Inactive", "MarkedForDeletion", "NoPurchases", "NoRequest", "NoSales", "Unknown"
]

INVENTORY_DTO_STATUS_VALUES: frozenset[InventoryDtoStatus] = frozenset(
    {
        "Active",
        "Inactive",
        "MarkedForDeletion",
        "NoPurchases",
        "NoRequest",
        "NoSales",
        "Unknown",
    }
)


def check_inventory_dto_status(value: str) -> InventoryDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in INVENTORY_DTO_STATUS_VALUES.
    """
    return cast(InventoryDtoStatus, value)
