from typing import Literal, cast

ItemClassDtoType = Literal[
    "ChargeItem",
    "ComponentPartItem",
    "ExpenseItem",
    "FinishedGoodItem",
    "LaborItem",
    "NonStockItem",
    "ServiceItem",
    "SubassemblyItem",
]

ITEM_CLASS_DTO_TYPE_VALUES: frozenset[ItemClassDtoType] = frozenset(
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


def check_item_class_dto_type(value: str) -> ItemClassDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in ITEM_CLASS_DTO_TYPE_VALUES.
    """
    return cast(ItemClassDtoType, value)
