from typing import Literal, cast

ExpenseReceiptQueryParametersStatus = Literal["Approved", "Open", "Pending", "Rejected", "Released"]

EXPENSE_RECEIPT_QUERY_PARAMETERS_STATUS_VALUES: frozenset[ExpenseReceiptQueryParametersStatus] = frozenset(
    {
        "Approved",
        "Open",
        "Pending",
        "Rejected",
        "Released",
    }
)


def check_expense_receipt_query_parameters_status(value: str) -> ExpenseReceiptQueryParametersStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in EXPENSE_RECEIPT_QUERY_PARAMETERS_STATUS_VALUES.
    """
    return cast(ExpenseReceiptQueryParametersStatus, value)
