from typing import Literal, cast

EmployeeInProjectTransactionLineDtoStatus = Literal["Active", "HoldPayments", "Inactive", "OneTime", "OnHold"]

EMPLOYEE_IN_PROJECT_TRANSACTION_LINE_DTO_STATUS_VALUES: frozenset[EmployeeInProjectTransactionLineDtoStatus] = (
    frozenset(
        {
            "Active",
            "HoldPayments",
            "Inactive",
            "OneTime",
            "OnHold",
        }
    )
)


def check_employee_in_project_transaction_line_dto_status(value: str) -> EmployeeInProjectTransactionLineDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in EMPLOYEE_IN_PROJECT_TRANSACTION_LINE_DTO_STATUS_VALUES.
    """
    return cast(EmployeeInProjectTransactionLineDtoStatus, value)
