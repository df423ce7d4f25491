from typing import Literal, cast

CustomerGetAllDocumentsForCustomerBycustomerNumberDocumentType = Literal[
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

CUSTOMER_GET_ALL_DOCUMENTS_FOR_CUSTOMER_BYCUSTOMER_NUMBER_DOCUMENT_TYPE_VALUES: frozenset[
    CustomerGetAllDocumentsForCustomerBycustomerNumberDocumentType
] = frozenset(
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


def check_customer_get_all_documents_for_customer_bycustomer_number_document_type(
    value: str,
) -> CustomerGetAllDocumentsForCustomerBycustomerNumberDocumentType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_GET_ALL_DOCUMENTS_FOR_CUSTOMER_BYCUSTOMER_NUMBER_DOCUMENT_TYPE_VALUES.
    """
    return cast(CustomerGetAllDocumentsForCustomerBycustomerNumberDocumentType, value)
