from typing import Literal, cast

PaymentDtoType = Literal[
    "CreditNote", "Payment", "Prepayment", "Refund", "SmallBalanceWo", "Undefined", "VoidPayment", "VoidRefund"
]

PAYMENT_DTO_TYPE_VALUES: frozenset[PaymentDtoType] = frozenset(
    {
        "CreditNote",
        "Payment",
        "Prepayment",
        "Refund",
        "SmallBalanceWo",
        "Undefined",
        "VoidPayment",
        "VoidRefund",
    }
)


def check_payment_dto_type(value: str) -> PaymentDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PAYMENT_DTO_TYPE_VALUES.
    """
    return cast(PaymentDtoType, value)
