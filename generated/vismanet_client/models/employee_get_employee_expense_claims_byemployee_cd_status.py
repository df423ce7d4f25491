from typing import Literal, cast

EmployeeGetEmployeeExpenseClaimsByemployeeCdStatus = Literal[
    "Approved", "Hold", "PendingApproval", "Rejected", "Released"
]

EMPLOYEE_GET_EMPLOYEE_EXPENSE_CLAIMS_BYEMPLOYEE_CD_STATUS_VALUES: frozenset[
    EmployeeGetEmployeeExpenseClaimsByemployeeCdStatus
] = frozenset(
    {
        "Approved",
        "Hold",
        "PendingApproval",
        "Rejected",
        "Released",
    }
)


def check_employee_get_employee_expense_claims_byemployee_cd_status(
    value: str,
) -> EmployeeGetEmployeeExpenseClaimsByemployeeCdStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in EMPLOYEE_GET_EMPLOYEE_EXPENSE_CLAIMS_BYEMPLOYEE_CD_STATUS_VALUES.
    """
    return cast(EmployeeGetEmployeeExpenseClaimsByemployeeCdStatus, value)
