from typing import Literal, cast

SupplierDocumentForSupplierQueryParametersStatus = Literal[
    "Balanced", "Closed", "Hold", "Open", "Prebooked", "Printed", "Reserved", "Scheduled", "Voided"
]

SUPPLIER_DOCUMENT_FOR_SUPPLIER_QUERY_PARAMETERS_STATUS_VALUES: frozenset[
    SupplierDocumentForSupplierQueryParametersStatus
] = frozenset(
    {
        "Balanced",
        "Closed",
        "Hold",
        "Open",
        "Prebooked",
        "Printed",
        "Reserved",
        "Scheduled",
        "Voided",
    }
)


def check_supplier_document_for_supplier_query_parameters_status(
    value: str,
) -> SupplierDocumentForSupplierQueryParametersStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUPPLIER_DOCUMENT_FOR_SUPPLIER_QUERY_PARAMETERS_STATUS_VALUES.
    """
    return cast(SupplierDocumentForSupplierQueryParametersStatus, value)
