from typing import Literal, cast

DtoValueOfNullableOfRutRotItemTypesValue = Literal["MaterialCost", "OtherCost", "Service"]

DTO_VALUE_OF_NULLABLE_OF_RUT_ROT_ITEM_TYPES_VALUE_VALUES: frozenset[DtoValueOfNullableOfRutRotItemTypesValue] = (
    frozenset(
        {
            "MaterialCost",
            "OtherCost",
            "Service",
        }
    )
)


def check_dto_value_of_nullable_of_rut_rot_item_types_value(value: str) -> DtoValueOfNullableOfRutRotItemTypesValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_NULLABLE_OF_RUT_ROT_ITEM_TYPES_VALUE_VALUES.
    """
    return cast(DtoValueOfNullableOfRutRotItemTypesValue, value)
