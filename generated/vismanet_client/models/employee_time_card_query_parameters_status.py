from typing import Literal, cast

EmployeeTimeCardQueryParametersStatus = Literal["Approved", "Hold", "Open", "Rejected", "Released"]

EMPLOYEE_TIME_CARD_QUERY_PARAMETERS_STATUS_VALUES: frozenset[EmployeeTimeCardQueryParametersStatus] = frozenset(
    {
        "Approved",
        "Hold",
        "Open",
        "Rejected",
        "Released",
    }
)


def check_employee_time_card_query_parameters_status(value: str) -> EmployeeTimeCardQueryParametersStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in EMPLOYEE_TIME_CARD_QUERY_PARAMETERS_STATUS_VALUES.
    """
    return cast(EmployeeTimeCardQueryParametersStatus, value)
