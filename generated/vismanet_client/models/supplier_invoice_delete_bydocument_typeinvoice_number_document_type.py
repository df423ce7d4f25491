from typing import Literal, cast

SupplierInvoiceDeleteBydocumentTypeinvoiceNumberDocumentType = Literal[
    "CreditAdj", "DebitAdj", "Invoice", "Payment", "Prepayment", "Refund"
]

SUPPLIER_INVOICE_DELETE_BYDOCUMENT_TYPEINVOICE_NUMBER_DOCUMENT_TYPE_VALUES: frozenset[
    SupplierInvoiceDeleteBydocumentTypeinvoiceNumberDocumentType
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


def check_supplier_invoice_delete_bydocument_typeinvoice_number_document_type(
    value: str,
) -> SupplierInvoiceDeleteBydocumentTypeinvoiceNumberDocumentType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUPPLIER_INVOICE_DELETE_BYDOCUMENT_TYPEINVOICE_NUMBER_DOCUMENT_TYPE_VALUES.
    """
    return cast(SupplierInvoiceDeleteBydocumentTypeinvoiceNumberDocumentType, value)
