from typing import Literal, cast

EmployeeTimeCardQueryParametersType = Literal["Correction", "Normal", "NormalCorrected"]

EMPLOYEE_TIME_CARD_QUERY_PARAMETERS_TYPE_VALUES: frozenset[EmployeeTimeCardQueryParametersType] = frozenset(
    {
        "Correction",
        "Normal",
        "NormalCorrected",
    }
)


def check_employee_time_card_query_parameters_type(value: str) -> EmployeeTimeCardQueryParametersType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in EMPLOYEE_TIME_CARD_QUERY_PARAMETERS_TYPE_VALUES.
    """
    return cast(EmployeeTimeCardQueryParametersType, value)
