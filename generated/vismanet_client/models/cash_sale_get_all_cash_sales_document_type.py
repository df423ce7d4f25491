from typing import Literal, cast

CashSaleGetAllCashSalesDocumentType = Literal[
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

CASH_SALE_GET_ALL_CASH_SALES_DOCUMENT_TYPE_VALUES: frozenset[CashSaleGetAllCashSalesDocumentType] = frozenset(
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


def check_cash_sale_get_all_cash_sales_document_type(value: str) -> CashSaleGetAllCashSalesDocumentType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CASH_SALE_GET_ALL_CASH_SALES_DOCUMENT_TYPE_VALUES.
    """
    return cast(CashSaleGetAllCashSalesDocumentType, value)
