from typing import Literal, cast

DetailsDtoPropertyType = Literal[
    "Credit", "GrantProperty", "Leased", "LeasedtoOthers", "Property", "Rented", "RentedtoOthers"
]

DETAILS_DTO_PROPERTY_TYPE_VALUES: frozenset[DetailsDtoPropertyType] = frozenset(
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


def check_details_dto_property_type(value: str) -> DetailsDtoPropertyType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DETAILS_DTO_PROPERTY_TYPE_VALUES.
    """
    return cast(DetailsDtoPropertyType, value)
