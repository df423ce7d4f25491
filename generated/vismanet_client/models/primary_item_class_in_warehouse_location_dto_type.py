from typing import Literal, cast

PrimaryItemClassInWarehouseLocationDtoType = Literal[
    "ChargeItem",
    "ComponentPartItem",
    "ExpenseItem",
    "FinishedGoodItem",
    "LaborItem",
    "NonStockItem",
    "ServiceItem",
    "SubassemblyItem",
]

PRIMARY_ITEM_CLASS_IN_WAREHOUSE_LOCATION_DTO_TYPE_VALUES: frozenset[PrimaryItemClassInWarehouseLocationDtoType] = (
    frozenset(
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
)


def check_primary_item_class_in_warehouse_location_dto_type(value: str) -> PrimaryItemClassInWarehouseLocationDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PRIMARY_ITEM_CLASS_IN_WAREHOUSE_LOCATION_DTO_TYPE_VALUES.
    """
    return cast(PrimaryItemClassInWarehouseLocationDtoType, value)
