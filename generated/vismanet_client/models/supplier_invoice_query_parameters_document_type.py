from typing import Literal, cast

SupplierInvoiceQueryParametersDocumentType = Literal[
    "CreditAdj", "DebitAdj", "Invoice", "Payment", "Prepayment", "Refund"
]

SUPPLIER_INVOICE_QUERY_PARAMETERS_DOCUMENT_TYPE_VALUES: frozenset[SupplierInvoiceQueryParametersDocumentType] = (
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


def check_supplier_invoice_query_parameters_document_type(value: str) -> SupplierInvoiceQueryParametersDocumentType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUPPLIER_INVOICE_QUERY_PARAMETERS_DOCUMENT_TYPE_VALUES.
    """
    return cast(SupplierInvoiceQueryParametersDocumentType, value)
