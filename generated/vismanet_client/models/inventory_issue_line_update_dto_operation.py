from typing import Literal, cast

InventoryIssueLineUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

INVENTORY_ISSUE_LINE_UPDATE_DTO_OPERATION_VALUES: frozenset[InventoryIssueLineUpdateDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_inventory_issue_line_update_dto_operation(value: str) -> InventoryIssueLineUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in INVENTORY_ISSUE_LINE_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(InventoryIssueLineUpdateDtoOperation, value)
