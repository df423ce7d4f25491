from typing import Literal, cast

CustomerDocumentDtoDocumentType = Literal[
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

CUSTOMER_DOCUMENT_DTO_DOCUMENT_TYPE_VALUES: frozenset[CustomerDocumentDtoDocumentType] = frozenset(
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


def check_customer_document_dto_document_type(value: str) -> CustomerDocumentDtoDocumentType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_DOCUMENT_DTO_DOCUMENT_TYPE_VALUES.
    """
    return cast(CustomerDocumentDtoDocumentType, value)
