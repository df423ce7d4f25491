from typing import Literal, cast

DtoValueOfNullableOfTransportationModesValue = Literal[
    "ByAeroPlane", "ByRail", "ByRoad", "BySea", "ConsignmentsByPosts", "FixedInstallations", "InlandWaterway", "Unknown"
]

DTO_VALUE_OF_NULLABLE_OF_TRANSPORTATION_MODES_VALUE_VALUES: frozenset[DtoValueOfNullableOfTransportationModesValue] = (
    frozenset(
        {
            "ByAeroPlane",
            "ByRail",
            "ByRoad",
            "BySea",
            "ConsignmentsByPosts",
            "FixedInstallations",
            "InlandWaterway",
            "Unknown",
        }
    )
)


def check_dto_value_of_nullable_of_transportation_modes_value(
    value: str,
) -> DtoValueOfNullableOfTransportationModesValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_NULLABLE_OF_TRANSPORTATION_MODES_VALUE_VALUES.
    """
    return cast(DtoValueOfNullableOfTransportationModesValue, value)
