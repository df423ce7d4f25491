from typing import Literal, cast

StatusInEmployeeUpdateDtoValue = Literal["Active", "Hold", "HoldPayments", "Inactive", "OneTime"]

STATUS_IN_EMPLOYEE_UPDATE_DTO_VALUE_VALUES: frozenset[StatusInEmployeeUpdateDtoValue] = frozenset(
    {
        "Active",
        "Hold",
        "HoldPayments",
        "Inactive",
        "OneTime",
    }
)


def check_status_in_employee_update_dto_value(value: str) -> StatusInEmployeeUpdateDtoValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in STATUS_IN_EMPLOYEE_UPDATE_DTO_VALUE_VALUES.
    """
    return cast(StatusInEmployeeUpdateDtoValue, value)
