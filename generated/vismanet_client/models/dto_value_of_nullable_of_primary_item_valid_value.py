from typing import Literal, cast

DtoValueOfNullableOfPrimaryItemValidValue = Literal[
    "PrimaryItemClassError", "PrimaryItemClassWarning", "PrimaryItemError", "PrimaryItemWarning", "PrimaryNothing"
]

DTO_VALUE_OF_NULLABLE_OF_PRIMARY_ITEM_VALID_VALUE_VALUES: frozenset[DtoValueOfNullableOfPrimaryItemValidValue] = (
    frozenset(
        {
            "PrimaryItemClassError",
            "PrimaryItemClassWarning",
            "PrimaryItemError",
            "PrimaryItemWarning",
            "PrimaryNothing",
        }
    )
)


def check_dto_value_of_nullable_of_primary_item_valid_value(value: str) -> DtoValueOfNullableOfPrimaryItemValidValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_NULLABLE_OF_PRIMARY_ITEM_VALID_VALUE_VALUES.
    """
    return cast(DtoValueOfNullableOfPrimaryItemValidValue, value)
