from typing import Literal, cast

ExpenseReceiptGetAllStatus = Literal["Approved", "Open", "Pending", "Rejected", "Released"]

EXPENSE_RECEIPT_GET_ALL_STATUS_VALUES: frozenset[ExpenseReceiptGetAllStatus] = frozenset(
    {
        "Approved",
        "Open",
        "Pending",
        "Rejected",
        "Released",
    }
)


def check_expense_receipt_get_all_status(value: str) -> ExpenseReceiptGetAllStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in EXPENSE_RECEIPT_GET_ALL_STATUS_VALUES.
    """
    return cast(ExpenseReceiptGetAllStatus, value)
