from typing import Literal, cast

DtoValueOfInventoryTypeValue = Literal[
    "ChargeItem",
    "ComponentPartItem",
    "ExpenseItem",
    "FinishedGoodItem",
    "LaborItem",
    "NonStockItem",
    "ServiceItem",
    "SubassemblyItem",
]

DTO_VALUE_OF_INVENTORY_TYPE_VALUE_VALUES: frozenset[DtoValueOfInventoryTypeValue] = frozenset(
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


def check_dto_value_of_inventory_type_value(value: str) -> DtoValueOfInventoryTypeValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_INVENTORY_TYPE_VALUE_VALUES.
    """
    return cast(DtoValueOfInventoryTypeValue, value)
