from typing import Literal, cast

SupplierInvoiceDtoDocumentType = Literal[
    "Check", "CreditAdj", "DebitAdj", "Invoice", "Prepayment", "QuickCheck", "Refund", "VoidCheck", "VoidQuickCheck"
]

SUPPLIER_INVOICE_DTO_DOCUMENT_TYPE_VALUES: frozenset[SupplierInvoiceDtoDocumentType] = frozenset(
    {
        "Check",
        "CreditAdj",
        "DebitAdj",
        "Invoice",
        "Prepayment",
        "QuickCheck",
        "Refund",
        "VoidCheck",
        "VoidQuickCheck",
    }
)


def check_supplier_invoice_dto_document_type(value: str) -> SupplierInvoiceDtoDocumentType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUPPLIER_INVOICE_DTO_DOCUMENT_TYPE_VALUES.
    """
    return cast(SupplierInvoiceDtoDocumentType, value)
