from typing import Literal, cast

CustomerDocumentGetAllDocumentsDocumentType = Literal[
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

CUSTOMER_DOCUMENT_GET_ALL_DOCUMENTS_DOCUMENT_TYPE_VALUES: frozenset[CustomerDocumentGetAllDocumentsDocumentType] = (
    frozenset(
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
)


def check_customer_document_get_all_documents_document_type(value: str) -> CustomerDocumentGetAllDocumentsDocumentType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_DOCUMENT_GET_ALL_DOCUMENTS_DOCUMENT_TYPE_VALUES.
    """
    return cast(CustomerDocumentGetAllDocumentsDocumentType, value)
