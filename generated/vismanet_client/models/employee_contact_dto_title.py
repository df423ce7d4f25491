from typing import Literal, cast

EmployeeContactDtoTitle = Literal["Doctor", "Miss", "Mr", "Mrs", "Ms", "Prof"]

EMPLOYEE_CONTACT_DTO_TITLE_VALUES: frozenset[EmployeeContactDtoTitle] = frozenset(
    {
        "Doctor",
        "Miss",
        "Mr",
        "Mrs",
        "Ms",
        "Prof",
    }
)


def check_employee_contact_dto_title(value: str) -> EmployeeContactDtoTitle:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in EMPLOYEE_CONTACT_DTO_TITLE_VALUES.
    """
    return cast(EmployeeContactDtoTitle, value)
