from typing import Literal, cast

PaymentQueryParametersPaymentType = Literal[
    "CreditNote", "Payment", "Prepayment", "Refund", "SmallBalanceWo", "Undefined", "VoidPayment", "VoidRefund"
]

PAYMENT_QUERY_PARAMETERS_PAYMENT_TYPE_VALUES: frozenset[PaymentQueryParametersPaymentType] = frozenset(
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


def check_payment_query_parameters_payment_type(value: str) -> PaymentQueryParametersPaymentType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PAYMENT_QUERY_PARAMETERS_PAYMENT_TYPE_VALUES.
    """
    return cast(PaymentQueryParametersPaymentType, value)
