from typing import Literal, cast

EmployeeGetEmployeeTimeCardsByemployeeCdType = Literal["Correction", "Normal", "NormalCorrected"]

EMPLOYEE_GET_EMPLOYEE_TIME_CARDS_BYEMPLOYEE_CD_TYPE_VALUES: frozenset[EmployeeGetEmployeeTimeCardsByemployeeCdType] = (
    frozenset(
        {
            "Correction",
            "Normal",
            "NormalCorrected",
        }
    )
)


def check_employee_get_employee_time_cards_byemployee_cd_type(
    value: str,
) -> EmployeeGetEmployeeTimeCardsByemployeeCdType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in EMPLOYEE_GET_EMPLOYEE_TIME_CARDS_BYEMPLOYEE_CD_TYPE_VALUES.
    """
    return cast(EmployeeGetEmployeeTimeCardsByemployeeCdType, value)
