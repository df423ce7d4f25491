from typing import Literal, cast

EmployeeGetEmployeeTimeCardsByemployeeCdStatus = Literal["Approved", "Hold", "Open", "Rejected", "Released"]

EMPLOYEE_GET_EMPLOYEE_TIME_CARDS_BYEMPLOYEE_CD_STATUS_VALUES: frozenset[
    EmployeeGetEmployeeTimeCardsByemployeeCdStatus
] = frozenset(
    {
        "Approved",
        "Hold",
        "Open",
        "Rejected",
        "Released",
    }
)


def check_employee_get_employee_time_cards_byemployee_cd_status(
    value: str,
) -> EmployeeGetEmployeeTimeCardsByemployeeCdStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in EMPLOYEE_GET_EMPLOYEE_TIME_CARDS_BYEMPLOYEE_CD_STATUS_VALUES.
    """
    return cast(EmployeeGetEmployeeTimeCardsByemployeeCdStatus, value)
