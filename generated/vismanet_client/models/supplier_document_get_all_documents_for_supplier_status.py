from typing import Literal, cast

SupplierDocumentGetAllDocumentsForSupplierStatus = Literal[
    "Balanced", "Closed", "Hold", "Open", "Prebooked", "Printed", "Reserved", "Scheduled", "Voided"
]

SUPPLIER_DOCUMENT_GET_ALL_DOCUMENTS_FOR_SUPPLIER_STATUS_VALUES: frozenset[
    SupplierDocumentGetAllDocumentsForSupplierStatus
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


def check_supplier_document_get_all_documents_for_supplier_status(
    value: str,
) -> SupplierDocumentGetAllDocumentsForSupplierStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUPPLIER_DOCUMENT_GET_ALL_DOCUMENTS_FOR_SUPPLIER_STATUS_VALUES.
    """
    return cast(SupplierDocumentGetAllDocumentsForSupplierStatus, value)
