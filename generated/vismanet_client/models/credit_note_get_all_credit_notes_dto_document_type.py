from typing import Literal, cast

CreditNoteGetAllCreditNotesDtoDocumentType = Literal[
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

CREDIT_NOTE_GET_ALL_CREDIT_NOTES_DTO_DOCUMENT_TYPE_VALUES: frozenset[CreditNoteGetAllCreditNotesDtoDocumentType] = (
    frozenset(
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
)


def check_credit_note_get_all_credit_notes_dto_document_type(value: str) -> CreditNoteGetAllCreditNotesDtoDocumentType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CREDIT_NOTE_GET_ALL_CREDIT_NOTES_DTO_DOCUMENT_TYPE_VALUES.
    """
    return cast(CreditNoteGetAllCreditNotesDtoDocumentType, value)
