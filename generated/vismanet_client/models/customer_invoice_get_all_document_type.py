from typing import Literal, cast

CustomerInvoiceGetAllDocumentType = Literal[
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

CUSTOMER_INVOICE_GET_ALL_DOCUMENT_TYPE_VALUES: frozenset[CustomerInvoiceGetAllDocumentType] = frozenset(
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


def check_customer_invoice_get_all_document_type(value: str) -> CustomerInvoiceGetAllDocumentType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_INVOICE_GET_ALL_DOCUMENT_TYPE_VALUES.
    """
    return cast(CustomerInvoiceGetAllDocumentType, value)
