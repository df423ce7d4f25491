from typing import Literal, cast

InventoryIssueDtoStatus = Literal["Balanced", "Hold", "Released"]

INVENTORY_ISSUE_DTO_STATUS_VALUES: frozenset[InventoryIssueDtoStatus] = frozenset(
    {
        "Balanced",
        "Hold",
        "Released",
    }
)


def check_inventory_issue_dto_status(value: str) -> InventoryIssueDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in INVENTORY_ISSUE_DTO_STATUS_VALUES.
    """
    return cast(InventoryIssueDtoStatus, value)
