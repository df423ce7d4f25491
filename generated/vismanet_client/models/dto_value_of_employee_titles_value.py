from typing import Literal, cast

DtoValueOfEmployeeTitlesValue = Literal["Doctor", "Miss", "Mr", "Mrs", "Ms", "Prof"]

DTO_VALUE_OF_EMPLOYEE_TITLES_VALUE_VALUES: frozenset[DtoValueOfEmployeeTitlesValue] = frozenset(
    {
        "Doctor",
        "Miss",
        "Mr",
        "Mrs",
        "Ms",
        "Prof",
    }
)


def check_dto_value_of_employee_titles_value(value: str) -> DtoValueOfEmployeeTitlesValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_EMPLOYEE_TITLES_VALUE_VALUES.
    """
    return cast(DtoValueOfEmployeeTitlesValue, value)
