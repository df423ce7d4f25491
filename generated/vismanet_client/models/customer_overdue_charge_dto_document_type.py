from typing import Literal, cast

CustomerOverdueChargeDtoDocumentType = Literal[
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

CUSTOMER_OVERDUE_CHARGE_DTO_DOCUMENT_TYPE_VALUES: frozenset[CustomerOverdueChargeDtoDocumentType] = frozenset(
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


def check_customer_overdue_charge_dto_document_type(value: str) -> CustomerOverdueChargeDtoDocumentType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_OVERDUE_CHARGE_DTO_DOCUMENT_TYPE_VALUES.
    """
    return cast(CustomerOverdueChargeDtoDocumentType, value)
