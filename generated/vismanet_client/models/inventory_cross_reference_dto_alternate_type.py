from typing import Literal, cast

InventoryCrossReferenceDtoAlternateType = Literal["Barcode", "CPN", "Global", "VPN"]

INVENTORY_CROSS_REFERENCE_DTO_ALTERNATE_TYPE_VALUES: frozenset[InventoryCrossReferenceDtoAlternateType] = frozenset(
    {
        "Barcode",
        "CPN",
        "Global",
        "VPN",
    }
)


def check_inventory_cross_reference_dto_alternate_type(value: str) -> InventoryCrossReferenceDtoAlternateType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in INVENTORY_CROSS_REFERENCE_DTO_ALTERNATE_TYPE_VALUES.
    """
    return cast(InventoryCrossReferenceDtoAlternateType, value)
