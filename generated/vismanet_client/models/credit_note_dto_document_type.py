from typing import Literal, cast

CreditNoteDtoDocumentType = Literal[
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

CREDIT_NOTE_DTO_DOCUMENT_TYPE_VALUES: frozenset[CreditNoteDtoDocumentType] = frozenset(
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


def check_credit_note_dto_document_type(value: str) -> CreditNoteDtoDocumentType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CREDIT_NOTE_DTO_DOCUMENT_TYPE_VALUES.
    """
    return cast(CreditNoteDtoDocumentType, value)
