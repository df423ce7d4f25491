from typing import Literal, cast

SupplierDocumentQueryParametersStatus = Literal[
    "Balanced", "Closed", "Hold", "Open", "Prebooked", "Printed", "Reserved", "Scheduled", "Voided"
]

SUPPLIER_DOCUMENT_QUERY_PARAMETERS_STATUS_VALUES: frozenset[SupplierDocumentQueryParametersStatus] = frozenset(
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


def check_supplier_document_query_parameters_status(value: str) -> SupplierDocumentQueryParametersStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUPPLIER_DOCUMENT_QUERY_PARAMETERS_STATUS_VALUES.
    """
    return cast(SupplierDocumentQueryParametersStatus, value)
