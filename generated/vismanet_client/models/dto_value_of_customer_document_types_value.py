from typing import Literal, cast

DtoValueOfCustomerDocumentTypesValue = Literal[
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

DTO_VALUE_OF_CUSTOMER_DOCUMENT_TYPES_VALUE_VALUES: frozenset[DtoValueOfCustomerDocumentTypesValue] = frozenset(
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


def check_dto_value_of_customer_document_types_value(value: str) -> DtoValueOfCustomerDocumentTypesValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_CUSTOMER_DOCUMENT_TYPES_VALUE_VALUES.
    """
    return cast(DtoValueOfCustomerDocumentTypesValue, value)
