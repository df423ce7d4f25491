from typing import Literal, cast

SupplierInvoiceGetAllInvoicesDocumentType = Literal[
    "CreditAdj", "DebitAdj", "Invoice", "Payment", "Prepayment", "Refund"
]

SUPPLIER_INVOICE_GET_ALL_INVOICES_DOCUMENT_TYPE_VALUES: frozenset[SupplierInvoiceGetAllInvoicesDocumentType] = (
    frozenset(
        {
            "CreditAdj",
            "DebitAdj",
            "Invoice",
            "Payment",
            "Prepayment",
            "Refund",
        }
    )
)


def check_supplier_invoice_get_all_invoices_document_type(value: str) -> SupplierInvoiceGetAllInvoicesDocumentType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUPPLIER_INVOICE_GET_ALL_INVOICES_DOCUMENT_TYPE_VALUES.
    """
    return cast(SupplierInvoiceGetAllInvoicesDocumentType, value)
