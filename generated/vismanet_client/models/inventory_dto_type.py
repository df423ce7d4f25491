from typing import Literal, cast

InventoryDtoType = Literal[
    "ChargeItem",
    "ComponentPartItem",
    "ExpenseItem",
    "FinishedGoodItem",
    "LaborItem",
    "NonStockItem",
    "ServiceItem",
    "SubassemblyItem",
]

INVENTORY_DTO_TYPE_VALUES: frozenset[InventoryDtoType] = frozenset(
    {
        "ChargeItem",
        "ComponentPartItem",
        "ExpenseItem",
        "FinishedGoodItem",
        "LaborItem",
        "NonStockItem",
        "ServiceItem",
        "SubassemblyItem",
    }
)


def check_inventory_dto_type(value: str) -> InventoryDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in INVENTORY_DTO_TYPE_VALUES.
    """
    return cast(InventoryDtoType, value)
