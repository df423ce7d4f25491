from typing import Literal, cast

ContactDtoTitle = Literal["Doctor", "Miss", "Mr", "Mrs", "Ms", "Prof"]

CONTACT_DTO_TITLE_VALUES: frozenset[ContactDtoTitle] = frozenset(
    {
        "Doctor",
        "Miss",
        "Mr",
        "Mrs",
        "Ms",
        "Prof",
    }
)


def check_contact_dto_title(value: str) -> ContactDtoTitle:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CONTACT_DTO_TITLE_VALUES.
    """
    return cast(ContactDtoTitle, value)
