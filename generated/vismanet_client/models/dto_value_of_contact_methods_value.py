from typing import Literal, cast

DtoValueOfContactMethodsValue = Literal["Any", "Email", "Fax", "Mail", "Phone"]

DTO_VALUE_OF_CONTACT_METHODS_VALUE_VALUES: frozenset[DtoValueOfContactMethodsValue] = frozenset(
    {
        "Any",
        "Email",
        "Fax",
        "Mail",
        "Phone",
    }
)


def check_dto_value_of_contact_methods_value(value: str) -> DtoValueOfContactMethodsValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_CONTACT_METHODS_VALUE_VALUES.
    """
    return cast(DtoValueOfContactMethodsValue, value)
