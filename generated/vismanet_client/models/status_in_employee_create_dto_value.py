from typing import Literal, cast

StatusInEmployeeCreateDTOValue = Literal["Active", "Hold", "HoldPayments", "Inactive", "OneTime"]

STATUS_IN_EMPLOYEE_CREATE_DTO_VALUE_VALUES: frozenset[StatusInEmployeeCreateDTOValue] = frozenset(
    {
        "Active",
        "Hold",
        "HoldPayments",
        "Inactive",
        "OneTime",
    }
)


def check_status_in_employee_create_dto_value(value: str) -> StatusInEmployeeCreateDTOValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in STATUS_IN_EMPLOYEE_CREATE_DTO_VALUE_VALUES.
    """
    return cast(StatusInEmployeeCreateDTOValue, value)
