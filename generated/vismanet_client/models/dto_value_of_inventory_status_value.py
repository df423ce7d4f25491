from typing import Literal, cast

DtoValueOfInventoryStatusValue = Literal[
    "Active", "Inactive", "MarkedForDeletion", "NoPurchases", "NoRequest", "NoSales", "Unknown"
]

DTO_VALUE_OF_INVENTORY_STATUS_VALUE_VALUES: frozenset[DtoValueOfInventoryStatusValue] = frozenset(
    {
        "Active",
        "Inactive",
        "MarkedForDeletion",
        "NoPurchases",
        "NoRequest",
        "NoSales",
        "Unknown",
    }
)


def check_dto_value_of_inventory_status_value(value: str) -> DtoValueOfInventoryStatusValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_INVENTORY_STATUS_VALUE_VALUES.
    """
    return cast(DtoValueOfInventoryStatusValue, value)
