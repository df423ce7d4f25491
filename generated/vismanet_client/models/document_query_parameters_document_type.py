from typing import Literal, cast

DocumentQueryParametersDocumentType = Literal[
    "CashReturn",
    "CashSale",
    "CreditNote",
    "DebitNote",
    "FinCharge",
    "Invoice",
    "NoUpdate",
    "Payment",
    "Prepayment",
    "Refund",
    "SmallBalanceWo",
    "SmallCreditWo",
    "Undefined",
    "VoidPayment",
]

DOCUMENT_QUERY_PARAMETERS_DOCUMENT_TYPE_VALUES: frozenset[DocumentQueryParametersDocumentType] = frozenset(
    {
        "CashReturn",
        "CashSale",
        "CreditNote",
        "DebitNote",
        "FinCharge",
        "Invoice",
        "NoUpdate",
        "Payment",
        "Prepayment",
        "Refund",
        "SmallBalanceWo",
        "SmallCreditWo",
        "Undefined",
        "VoidPayment",
    }
)


def check_document_query_parameters_document_type(value: str) -> DocumentQueryParametersDocumentType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DOCUMENT_QUERY_PARAMETERS_DOCUMENT_TYPE_VALUES.
    """
    return cast(DocumentQueryParametersDocumentType, value)
