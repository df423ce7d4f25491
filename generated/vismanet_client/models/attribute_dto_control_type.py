from typing import Literal, cast

AttributeDtoControlType = Literal["Checkbox", "Combo", "Datetime", "Lookup", "MultiSelectCombo", "Text"]

ATTRIBUTE_DTO_CONTROL_TYPE_VALUES: frozenset[AttributeDtoControlType] = frozenset(
    {
        "Checkbox",
        "Combo",
        "Datetime",
        "Lookup",
        "MultiSelectCombo",
        "Text",
    }
)


def check_attribute_dto_control_type(value: str) -> AttributeDtoControlType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in ATTRIBUTE_DTO_CONTROL_TYPE_VALUES.
    """
    return cast(AttributeDtoControlType, value)
