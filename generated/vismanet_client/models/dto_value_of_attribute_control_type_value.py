from typing import Literal, cast

DtoValueOfAttributeControlTypeValue = Literal["Checkbox", "Combo", "Datetime", "Lookup", "MultiSelectCombo", "Text"]

DTO_VALUE_OF_ATTRIBUTE_CONTROL_TYPE_VALUE_VALUES: frozenset[DtoValueOfAttributeControlTypeValue] = frozenset(
    {
        "Checkbox",
        "Combo",
        "Datetime",
        "Lookup",
        "MultiSelectCombo",
        "Text",
    }
)


def check_dto_value_of_attribute_control_type_value(value: str) -> DtoValueOfAttributeControlTypeValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_ATTRIBUTE_CONTROL_TYPE_VALUE_VALUES.
    """
    return cast(DtoValueOfAttributeControlTypeValue, value)
