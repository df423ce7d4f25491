from typing import Literal, cast

CustomerCreditNoteDtoDocumentType = Literal[
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

CUSTOMER_CREDIT_NOTE_DTO_DOCUMENT_TYPE_VALUES: frozenset[CustomerCreditNoteDtoDocumentType] = frozenset(
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


def check_customer_credit_note_dto_document_type(value: str) -> CustomerCreditNoteDtoDocumentType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_CREDIT_NOTE_DTO_DOCUMENT_TYPE_VALUES.
    """
    return cast(CustomerCreditNoteDtoDocumentType, value)
