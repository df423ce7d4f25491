from typing import Literal, cast

InventoryDocumentQueryParametersStatus = Literal["Balanced", "Hold", "Released"]

INVENTORY_DOCUMENT_QUERY_PARAMETERS_STATUS_VALUES: frozenset[InventoryDocumentQueryParametersStatus] = frozenset(
    {
        "Balanced",
        "Hold",
        "Released",
    }
)


def check_inventory_document_query_parameters_status(value: str) -> InventoryDocumentQueryParametersStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in INVENTORY_DOCUMENT_QUERY_PARAMETERS_STATUS_VALUES.
    """
    return cast(InventoryDocumentQueryParametersStatus, value)
