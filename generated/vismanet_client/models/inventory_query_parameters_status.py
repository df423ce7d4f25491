from typing import Literal, cast

InventoryQueryParametersStatus = Literal[
    "Active", "Inactive", "MarkedForDeletion", "NoPurchases", "NoRequest", "NoSales"
]

INVENTORY_QUERY_PARAMETERS_STATUS_VALUES: frozenset[InventoryQueryParametersStatus] = frozenset(
    {
        "Active",
        "Inactive",
        "MarkedForDeletion",
        "NoPurchases",
        "NoRequest",
        "NoSales",
    }
)


def check_inventory_query_parameters_status(value: str) -> InventoryQueryParametersStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in INVENTORY_QUERY_PARAMETERS_STATUS_VALUES.
    """
    return cast(InventoryQueryParametersStatus, value)
