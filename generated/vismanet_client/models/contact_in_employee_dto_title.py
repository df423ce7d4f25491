from typing import Literal, cast

ContactInEmployeeDtoTitle = Literal["Doctor", "Miss", "Mr", "Mrs", "Ms", "Prof"]

CONTACT_IN_EMPLOYEE_DTO_TITLE_VALUES: frozenset[ContactInEmployeeDtoTitle] = frozenset(
    {
        "Doctor",
        "Miss",
        "Mr",
        "Mrs",
        "Ms",
        "Prof",
    }
)


def check_contact_in_employee_dto_title(value: str) -> ContactInEmployeeDtoTitle:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CONTACT_IN_EMPLOYEE_DTO_TITLE_VALUES.
    """
    return cast(ContactInEmployeeDtoTitle, value)
