from typing import Literal, cast

CustomerGetAllCashSalesForCustomerBycustomerNumberDocumentType = Literal[
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

CUSTOMER_GET_ALL_CASH_SALES_FOR_CUSTOMER_BYCUSTOMER_NUMBER_DOCUMENT_TYPE_VALUES: frozenset[
    CustomerGetAllCashSalesForCustomerBycustomerNumberDocumentType
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


def check_customer_get_all_cash_sales_for_customer_bycustomer_number_document_type(
    value: str,
) -> CustomerGetAllCashSalesForCustomerBycustomerNumberDocumentType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_GET_ALL_CASH_SALES_FOR_CUSTOMER_BYCUSTOMER_NUMBER_DOCUMENT_TYPE_VALUES.
    """
    return cast(CustomerGetAllCashSalesForCustomerBycustomerNumberDocumentType, value)
