from typing import Literal, cast

InventoryGetAllStatus = Literal["Active", "Inactive", "MarkedForDeletion", "NoPurchases", "NoRequest", "NoSales"]

INVENTORY_GET_ALL_STATUS_VALUES: frozenset[InventoryGetAllStatus] = frozenset(
    {
        "Active",
        "Inactive",
        "MarkedForDeletion",
        "NoPurchases",
        "NoRequest",
        "NoSales",
    }
)


def check_inventory_get_all_status(value: str) -> InventoryGetAllStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in INVENTORY_GET_ALL_STATUS_VALUES.
    """
    return cast(InventoryGetAllStatus, value)
