from typing import Literal, cast

CustomerOverdueChargeGetAllDocumentType = Literal[
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

CUSTOMER_OVERDUE_CHARGE_GET_ALL_DOCUMENT_TYPE_VALUES: frozenset[CustomerOverdueChargeGetAllDocumentType] = frozenset(
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


def check_customer_overdue_charge_get_all_document_type(value: str) -> CustomerOverdueChargeGetAllDocumentType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_OVERDUE_CHARGE_GET_ALL_DOCUMENT_TYPE_VALUES.
    """
    return cast(CustomerOverdueChargeGetAllDocumentType, value)
