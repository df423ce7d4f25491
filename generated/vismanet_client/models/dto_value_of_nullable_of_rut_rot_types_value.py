from typing import Literal, cast

DtoValueOfNullableOfRutRotTypesValue = Literal["Rot", "Rut"]

DTO_VALUE_OF_NULLABLE_OF_RUT_ROT_TYPES_VALUE_VALUES: frozenset[DtoValueOfNullableOfRutRotTypesValue] = frozenset(
    {
        "Rot",
        "Rut",
    }
)


def check_dto_value_of_nullable_of_rut_rot_types_value(value: str) -> DtoValueOfNullableOfRutRotTypesValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_NULLABLE_OF_RUT_ROT_TYPES_VALUE_VALUES.
    """
    return cast(DtoValueOfNullableOfRutRotTypesValue, value)
