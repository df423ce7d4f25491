from typing import Literal, cast

SupplierDocumentForSupplierQueryParametersDocumentType = Literal[
    "CreditAdj", "DebitAdj", "Invoice", "Payment", "Prepayment", "Refund"
]

SUPPLIER_DOCUMENT_FOR_SUPPLIER_QUERY_PARAMETERS_DOCUMENT_TYPE_VALUES: frozenset[
    SupplierDocumentForSupplierQueryParametersDocumentType
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


def check_supplier_document_for_supplier_query_parameters_document_type(
    value: str,
) -> SupplierDocumentForSupplierQueryParametersDocumentType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUPPLIER_DOCUMENT_FOR_SUPPLIER_QUERY_PARAMETERS_DOCUMENT_TYPE_VALUES.
    """
    return cast(SupplierDocumentForSupplierQueryParametersDocumentType, value)
