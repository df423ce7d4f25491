from typing import Literal, cast

ItemClassInInventoryDtoType = Literal[
    "ChargeItem",
    "ComponentPartItem",
    "ExpenseItem",
    "FinishedGoodItem",
    "LaborItem",
    "NonStockItem",
    "ServiceItem",
    "SubassemblyItem",
]

ITEM_CLASS_IN_INVENTORY_DTO_TYPE_VALUES: frozenset[ItemClassInInventoryDtoType] = frozenset(
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


def check_item_class_in_inventory_dto_type(value: str) -> ItemClassInInventoryDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in ITEM_CLASS_IN_INVENTORY_DTO_TYPE_VALUES.
    """
    return cast(ItemClassInInventoryDtoType, value)
