from typing import Literal, cast

AlternateTypeInInventoryCrossReferenceUpdateDtoValue = Literal["Barcode", "CPN", "Global", "VPN"]

ALTERNATE_TYPE_IN_INVENTORY_CROSS_REFERENCE_UPDATE_DTO_VALUE_VALUES: frozenset[
    AlternateTypeInInventoryCrossReferenceUpdateDtoValue
] = frozenset(
    {
        "Barcode",
        "CPN",
        "Global",
        "VPN",
    }
)


def check_alternate_type_in_inventory_cross_reference_update_dto_value(
    value: str,
) -> AlternateTypeInInventoryCrossReferenceUpdateDtoValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in ALTERNATE_TYPE_IN_INVENTORY_CROSS_REFERENCE_UPDATE_DTO_VALUE_VALUES.
    """
    return cast(AlternateTypeInInventoryCrossReferenceUpdateDtoValue, value)
