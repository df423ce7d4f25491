from typing import Literal, cast

CustomerCreditWriteOffGetAllDocumentType = Literal[
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

CUSTOMER_CREDIT_WRITE_OFF_GET_ALL_DOCUMENT_TYPE_VALUES: frozenset[CustomerCreditWriteOffGetAllDocumentType] = frozenset(
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


def check_customer_credit_write_off_get_all_document_type(value: str) -> CustomerCreditWriteOffGetAllDocumentType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_CREDIT_WRITE_OFF_GET_ALL_DOCUMENT_TYPE_VALUES.
    """
    return cast(CustomerCreditWriteOffGetAllDocumentType, value)
