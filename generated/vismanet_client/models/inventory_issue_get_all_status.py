from typing import Literal, cast

InventoryIssueGetAllStatus = Literal["Balanced", "Hold", "Released"]

INVENTORY_ISSUE_GET_ALL_STATUS_VALUES: frozenset[InventoryIssueGetAllStatus] = frozenset(
    {
        "Balanced",
        "Hold",
        "Released",
    }
)


def check_inventory_issue_get_all_status(value: str) -> InventoryIssueGetAllStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in INVENTORY_ISSUE_GET_ALL_STATUS_VALUES.
    """
    return cast(InventoryIssueGetAllStatus, value)
