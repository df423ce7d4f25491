from typing import Literal, cast

SupplierInvoiceForSupplierQueryParametersDocumentType = Literal[
    "CreditAdj", "DebitAdj", "Invoice", "Payment", "Prepayment", "Refund"
]

SUPPLIER_INVOICE_FOR_SUPPLIER_QUERY_PARAMETERS_DOCUMENT_TYPE_VALUES: frozenset[
    SupplierInvoiceForSupplierQueryParametersDocumentType
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


def check_supplier_invoice_for_supplier_query_parameters_document_type(
    value: str,
) -> SupplierInvoiceForSupplierQueryParametersDocumentType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUPPLIER_INVOICE_FOR_SUPPLIER_QUERY_PARAMETERS_DOCUMENT_TYPE_VALUES.
    """
    return cast(SupplierInvoiceForSupplierQueryParametersDocumentType, value)
