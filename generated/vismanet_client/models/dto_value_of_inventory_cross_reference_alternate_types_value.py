from typing import Literal, cast

DtoValueOfInventoryCrossReferenceAlternateTypesValue = Literal["Barcode", "CPN", "Global", "VPN"]

DTO_VALUE_OF_INVENTORY_CROSS_REFERENCE_ALTERNATE_TYPES_VALUE_VALUES: frozenset[
    DtoValueOfInventoryCrossReferenceAlternateTypesValue
] = frozenset(
    {
        "Barcode",
        "CPN",
        "Global",
        "VPN",
    }
)


def check_dto_value_of_inventory_cross_reference_alternate_types_value(
    value: str,
) -> DtoValueOfInventoryCrossReferenceAlternateTypesValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_INVENTORY_CROSS_REFERENCE_ALTERNATE_TYPES_VALUE_VALUES.
    """
    return cast(DtoValueOfInventoryCrossReferenceAlternateTypesValue, value)
