from typing import Literal, cast

DtoValueOfNullableOfInventoryReplenishmentSourcesValue = Literal[
    "DropShipToOrder", "Manufactured", "None", "Purchased", "PurchaseToOrder", "Transfer"
]

DTO_VALUE_OF_NULLABLE_OF_INVENTORY_REPLENISHMENT_SOURCES_VALUE_VALUES: frozenset[
    DtoValueOfNullableOfInventoryReplenishmentSourcesValue
] = frozenset(
    {
        "DropShipToOrder",
        "Manufactured",
        "None",
        "Purchased",
        "PurchaseToOrder",
        "Transfer",
    }
)


def check_dto_value_of_nullable_of_inventory_replenishment_sources_value(
    value: str,
) -> DtoValueOfNullableOfInventoryReplenishmentSourcesValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_NULLABLE_OF_INVENTORY_REPLENISHMENT_SOURCES_VALUE_VALUES.
    """
    return cast(DtoValueOfNullableOfInventoryReplenishmentSourcesValue, value)
