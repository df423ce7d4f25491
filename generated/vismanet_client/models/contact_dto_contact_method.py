from typing import Literal, cast

ContactDtoContactMethod = Literal["Any", "Email", "Fax", "Mail", "Phone"]

CONTACT_DTO_CONTACT_METHOD_VALUES: frozenset[ContactDtoContactMethod] = frozenset(
    {
        "Any",
        "Email",
        "Fax",
        "Mail",
        "Phone",
    }
)


def check_contact_dto_contact_method(value: str) -> ContactDtoContactMethod:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CONTACT_DTO_CONTACT_METHOD_VALUES.
    """
    return cast(ContactDtoContactMethod, value)
