from typing import Literal, cast

SupplierDocumentGetAllDocumentsForSupplierDocumentType = Literal[
    "CreditAdj", "DebitAdj", "Invoice", "Payment", "Prepayment", "Refund"
]

SUPPLIER_DOCUMENT_GET_ALL_DOCUMENTS_FOR_SUPPLIER_DOCUMENT_TYPE_VALUES: frozenset[
    SupplierDocumentGetAllDocumentsForSupplierDocumentType
] = frozenset(
    {
        "CreditAdj",
        "DebitAdj",
        "Invoice",
        "Payment",
        "Prepayment",
        "Refund",
    }
)


def check_supplier_document_get_all_documents_for_supplier_document_type(
    value: str,
) -> SupplierDocumentGetAllDocumentsForSupplierDocumentType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUPPLIER_DOCUMENT_GET_ALL_DOCUMENTS_FOR_SUPPLIER_DOCUMENT_TYPE_VALUES.
    """
    return cast(SupplierDocumentGetAllDocumentsForSupplierDocumentType, value)
