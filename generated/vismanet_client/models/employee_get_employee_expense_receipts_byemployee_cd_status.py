from typing import Literal, cast

EmployeeGetEmployeeExpenseReceiptsByemployeeCdStatus = Literal["Approved", "Open", "Pending", "Rejected", "Released"]

EMPLOYEE_GET_EMPLOYEE_EXPENSE_RECEIPTS_BYEMPLOYEE_CD_STATUS_VALUES: frozenset[
    EmployeeGetEmployeeExpenseReceiptsByemployeeCdStatus
] = frozenset(
    {
        "Approved",
        "Open",
        "Pending",
        "Rejected",
        "Released",
    }
)


def check_employee_get_employee_expense_receipts_byemployee_cd_status(
    value: str,
) -> EmployeeGetEmployeeExpenseReceiptsByemployeeCdStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in EMPLOYEE_GET_EMPLOYEE_EXPENSE_RECEIPTS_BYEMPLOYEE_CD_STATUS_VALUES.
    """
    return cast(EmployeeGetEmployeeExpenseReceiptsByemployeeCdStatus, value)
