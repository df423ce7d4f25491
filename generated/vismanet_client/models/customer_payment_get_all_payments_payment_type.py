from typing import Literal, cast

CustomerPaymentGetAllPaymentsPaymentType = Literal[
    "CreditNote", "Payment", "Prepayment", "Refund", "SmallBalanceWo", "Undefined", "VoidPayment", "VoidRefund"
]

CUSTOMER_PAYMENT_GET_ALL_PAYMENTS_PAYMENT_TYPE_VALUES: frozenset[CustomerPaymentGetAllPaymentsPaymentType] = frozenset(
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


def check_customer_payment_get_all_payments_payment_type(value: str) -> CustomerPaymentGetAllPaymentsPaymentType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_PAYMENT_GET_ALL_PAYMENTS_PAYMENT_TYPE_VALUES.
    """
    return cast(CustomerPaymentGetAllPaymentsPaymentType, value)
