from typing import Literal, cast

CustomerDebitNoteDtoDocumentType = Literal[
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

CUSTOMER_DEBIT_NOTE_DTO_DOCUMENT_TYPE_VALUES: frozenset[CustomerDebitNoteDtoDocumentType] = frozenset(
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


def check_customer_debit_note_dto_document_type(value: str) -> CustomerDebitNoteDtoDocumentType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_DEBIT_NOTE_DTO_DOCUMENT_TYPE_VALUES.
    """
    return cast(CustomerDebitNoteDtoDocumentType, value)
