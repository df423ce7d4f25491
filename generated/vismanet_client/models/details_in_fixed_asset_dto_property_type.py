from typing import Literal, cast

DetailsInFixedAssetDtoPropertyType = Literal[
    "Credit", "GrantProperty", "Leased", "LeasedtoOthers", "Property", "Rented", "RentedtoOthers"
]

DETAILS_IN_FIXED_ASSET_DTO_PROPERTY_TYPE_VALUES: frozenset[DetailsInFixedAssetDtoPropertyType] = frozenset(
    {
        "Credit",
        "GrantProperty",
        "Leased",
        "LeasedtoOthers",
        "Property",
        "Rented",
        "RentedtoOthers",
    }
)


def check_details_in_fixed_asset_dto_property_type(value: str) -> DetailsInFixedAssetDtoPropertyType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DETAILS_IN_FIXED_ASSET_DTO_PROPERTY_TYPE_VALUES.
    """
    return cast(DetailsInFixedAssetDtoPropertyType, value)
