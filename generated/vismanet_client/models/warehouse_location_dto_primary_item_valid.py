from typing import Literal, cast

WarehouseLocationDtoPrimaryItemValid = Literal[
    "PrimaryItemClassError", "PrimaryItemClassWarning", "PrimaryItemError", "PrimaryItemWarning", "PrimaryNothing"
]

WAREHOUSE_LOCATION_DTO_PRIMARY_ITEM_VALID_VALUES: frozenset[WarehouseLocationDtoPrimaryItemValid] = frozenset(
    {
        "PrimaryItemClassError",
        "PrimaryItemClassWarning",
        "PrimaryItemError",
        "PrimaryItemWarning",
        "PrimaryNothing",
    }
)


def check_warehouse_location_dto_primary_item_valid(value: str) -> WarehouseLocationDtoPrimaryItemValid:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in WAREHOUSE_LOCATION_DTO_PRIMARY_ITEM_VALID_VALUES.
    """
    return cast(WarehouseLocationDtoPrimaryItemValid, value)
