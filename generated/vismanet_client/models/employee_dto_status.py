from typing import Literal, cast

EmployeeDtoStatus = Literal["Active", "HoldPayments", "Inactive", "OneTime", "OnHold"]

EMPLOYEE_DTO_STATUS_VALUES: frozenset[EmployeeDtoStatus] = frozenset(
    {
        "Active",
        "HoldPayments",
        "Inactive",
        "OneTime",
        "OnHold",
    }
)


def check_employee_dto_status(value: str) -> EmployeeDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in EMPLOYEE_DTO_STATUS_VALUES.
    """
    return cast(EmployeeDtoStatus, value)
