from typing import Literal, cast

InventoryUpdateInventoryCrossReferencesByinventoryNumberalternateTypealternateIdAlternateType = Literal[
    "Barcode", "CPN", "Global", "VPN"
]

INVENTORY_UPDATE_INVENTORY_CROSS_REFERENCES_BYINVENTORY_NUMBERALTERNATE_TYPEALTERNATE_ID_ALTERNATE_TYPE_VALUES: frozenset[
    InventoryUpdateInventoryCrossReferencesByinventoryNumberalternateTypealternateIdAlternateType
] = frozenset(
    {
        "Barcode",
        "CPN",
        "Global",
        "VPN",
    }
)


def check_inventory_update_inventory_cross_references_byinventory_numberalternate_typealternate_id_alternate_type(
    value: str,
) -> InventoryUpdateInventoryCrossReferencesByinventoryNumberalternateTypealternateIdAlternateType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in INVENTORY_UPDATE_INVENTORY_CROSS_REFERENCES_BYINVENTORY_NUMBERALTERNATE_TYPEALTERNATE_ID_ALTERNATE_TYPE_VALUES.
    """
    return cast(InventoryUpdateInventoryCrossReferencesByinventoryNumberalternateTypealternateIdAlternateType, value)
