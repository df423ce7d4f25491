from typing import Literal, cast

InventoryIssueLineDtoTransactionType = Literal["CreditNote", "DebitNote", "Invoice", "Issue", "Return"]

INVENTORY_ISSUE_LINE_DTO_TRANSACTION_TYPE_VALUES: frozenset[InventoryIssueLineDtoTransactionType] = frozenset(
    {
        "CreditNote",
        "DebitNote",
        "Invoice",
        "Issue",
        "Return",
    }
)


def check_inventory_issue_line_dto_transaction_type(value: str) -> InventoryIssueLineDtoTransactionType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in INVENTORY_ISSUE_LINE_DTO_TRANSACTION_TYPE_VALUES.
    """
    return cast(InventoryIssueLineDtoTransactionType, value)
