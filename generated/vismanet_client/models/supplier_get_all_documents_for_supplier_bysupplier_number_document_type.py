from typing import Literal, cast

SupplierGetAllDocumentsForSupplierBysupplierNumberDocumentType = Literal[
    "CreditAdj", "DebitAdj", "Invoice", "Payment", "Prepayment", "Refund"
]

SUPPLIER_GET_ALL_DOCUMENTS_FOR_SUPPLIER_BYSUPPLIER_NUMBER_DOCUMENT_TYPE_VALUES: frozenset[
    SupplierGetAllDocumentsForSupplierBysupplierNumberDocumentType
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


def check_supplier_get_all_documents_for_supplier_bysupplier_number_document_type(
    value: str,
) -> SupplierGetAllDocumentsForSupplierBysupplierNumberDocumentType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUPPLIER_GET_ALL_DOCUMENTS_FOR_SUPPLIER_BYSUPPLIER_NUMBER_DOCUMENT_TYPE_VALUES.
    """
    return cast(SupplierGetAllDocumentsForSupplierBysupplierNumberDocumentType, value)
