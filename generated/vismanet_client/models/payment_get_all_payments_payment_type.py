from typing import Literal, cast

PaymentGetAllPaymentsPaymentType = Literal[
    "CreditNote", "Payment", "Prepayment", "Refund", "SmallBalanceWo", "Undefined", "VoidPayment", "VoidRefund"
]

PAYMENT_GET_ALL_PAYMENTS_PAYMENT_TYPE_VALUES: frozenset[PaymentGetAllPaymentsPaymentType] = frozenset(
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


def check_payment_get_all_payments_payment_type(value: str) -> PaymentGetAllPaymentsPaymentType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PAYMENT_GET_ALL_PAYMENTS_PAYMENT_TYPE_VALUES.
    """
    return cast(PaymentGetAllPaymentsPaymentType, value)
