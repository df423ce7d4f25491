from typing import Literal, cast

PrimaryItemValidInWarehouseLocationUpdateDtoValue = Literal[
    "PrimaryItemClassError", "PrimaryItemClassWarning", "PrimaryItemError", "PrimaryItemWarning", "PrimaryNothing"
]

PRIMARY_ITEM_VALID_IN_WAREHOUSE_LOCATION_UPDATE_DTO_VALUE_VALUES: frozenset[
    PrimaryItemValidInWarehouseLocationUpdateDtoValue
] = frozenset(
    {
        "PrimaryItemClassError",
        "PrimaryItemClassWarning",
        "PrimaryItemError",
        "PrimaryItemWarning",
        "PrimaryNothing",
    }
)


def check_primary_item_valid_in_warehouse_location_update_dto_value(
    value: str,
) -> PrimaryItemValidInWarehouseLocationUpdateDtoValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PRIMARY_ITEM_VALID_IN_WAREHOUSE_LOCATION_UPDATE_DTO_VALUE_VALUES.
    """
    return cast(PrimaryItemValidInWarehouseLocationUpdateDtoValue, value)
