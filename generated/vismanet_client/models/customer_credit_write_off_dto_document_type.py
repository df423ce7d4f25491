from typing import Literal, cast

CustomerCreditWriteOffDtoDocumentType = Literal[
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

CUSTOMER_CREDIT_WRITE_OFF_DTO_DOCUMENT_TYPE_VALUES: frozenset[CustomerCreditWriteOffDtoDocumentType] = frozenset(
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


def check_customer_credit_write_off_dto_document_type(value: str) -> CustomerCreditWriteOffDtoDocumentType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_CREDIT_WRITE_OFF_DTO_DOCUMENT_TYPE_VALUES.
    """
    return cast(CustomerCreditWriteOffDtoDocumentType, value)
