from typing import Literal, cast

InventoryTransferDocumentQueryParametersStatus = Literal["Balanced", "Hold", "Released"]

INVENTORY_TRANSFER_DOCUMENT_QUERY_PARAMETERS_STATUS_VALUES: frozenset[
    InventoryTransferDocumentQueryParametersStatus
] = frozenset(
    {
        "Balanced",
        "Hold",
        "Released",
    }
)


def check_inventory_transfer_document_query_parameters_status(
    value: str,
) -> InventoryTransferDocumentQueryParametersStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in INVENTORY_TRANSFER_DOCUMENT_QUERY_PARAMETERS_STATUS_VALUES.
    """
    return cast(InventoryTransferDocumentQueryParametersStatus, value)
