from typing import Literal, cast

ClassAttributeDtoAttributeType = Literal["Checkbox", "Combo", "Datetime", "Lookup", "MultiSelectCombo", "Text"]

CLASS_ATTRIBUTE_DTO_ATTRIBUTE_TYPE_VALUES: frozenset[ClassAttributeDtoAttributeType] = frozenset(
    {
        "Checkbox",
        "Combo",
        "Datetime",
        "Lookup",
        "MultiSelectCombo",
        "Text",
    }
)


def check_class_attribute_dto_attribute_type(value: str) -> ClassAttributeDtoAttributeType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CLASS_ATTRIBUTE_DTO_ATTRIBUTE_TYPE_VALUES.
    """
    return cast(ClassAttributeDtoAttributeType, value)
