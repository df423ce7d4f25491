from typing import Literal, cast

CustomerDebitNoteGetAllDocumentType = Literal[
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

CUSTOMER_DEBIT_NOTE_GET_ALL_DOCUMENT_TYPE_VALUES: frozenset[CustomerDebitNoteGetAllDocumentType] = frozenset(
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


def check_customer_debit_note_get_all_document_type(value: str) -> CustomerDebitNoteGetAllDocumentType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_DEBIT_NOTE_GET_ALL_DOCUMENT_TYPE_VALUES.
    """
    return cast(CustomerDebitNoteGetAllDocumentType, value)
