from typing import Literal, cast

SupplierDocumentQueryParametersDocumentType = Literal[
    "CreditAdj", "DebitAdj", "Invoice", "Payment", "Prepayment", "Refund"
]

SUPPLIER_DOCUMENT_QUERY_PARAMETERS_DOCUMENT_TYPE_VALUES: frozenset[SupplierDocumentQueryParametersDocumentType] = (
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


def check_supplier_document_query_parameters_document_type(value: str) -> SupplierDocumentQueryParametersDocumentType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUPPLIER_DOCUMENT_QUERY_PARAMETERS_DOCUMENT_TYPE_VALUES.
    """
    return cast(SupplierDocumentQueryParametersDocumentType, value)
