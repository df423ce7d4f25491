from typing import Literal, cast

CustomerGetAllInvoicesForCustomerBycustomerNumberDocumentType = Literal[
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

CUSTOMER_GET_ALL_INVOICES_FOR_CUSTOMER_BYCUSTOMER_NUMBER_DOCUMENT_TYPE_VALUES: frozenset[
    CustomerGetAllInvoicesForCustomerBycustomerNumberDocumentType
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


def check_customer_get_all_invoices_for_customer_bycustomer_number_document_type(
    value: str,
) -> CustomerGetAllInvoicesForCustomerBycustomerNumberDocumentType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_GET_ALL_INVOICES_FOR_CUSTOMER_BYCUSTOMER_NUMBER_DOCUMENT_TYPE_VALUES.
    """
    return cast(CustomerGetAllInvoicesForCustomerBycustomerNumberDocumentType, value)
