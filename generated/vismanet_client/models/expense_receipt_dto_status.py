from typing import Literal, cast

ExpenseReceiptDtoStatus = Literal["Approved", "Open", "Pending", "Rejected", "Released"]

EXPENSE_RECEIPT_DTO_STATUS_VALUES: frozenset[ExpenseReceiptDtoStatus] = frozenset(
    {
        "Approved",
        "Open",
        "Pending",
        "Rejected",
        "Released",
    }
)


def check_expense_receipt_dto_status(value: str) -> ExpenseReceiptDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in EXPENSE_RECEIPT_DTO_STATUS_VALUES.
    """
    return cast(ExpenseReceiptDtoStatus, value)
