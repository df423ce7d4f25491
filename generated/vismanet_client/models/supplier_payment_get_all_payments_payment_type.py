from typing import Literal, cast

SupplierPaymentGetAllPaymentsPaymentType = Literal[
    "DebitAdj", "Payment", "Prepayment", "Refund", "VoidPayment", "VoidRefund"
]

SUPPLIER_PAYMENT_GET_ALL_PAYMENTS_PAYMENT_TYPE_VALUES: frozenset[SupplierPaymentGetAllPaymentsPaymentType] = frozenset(
    {
        "DebitAdj",
        "Payment",
        "Prepayment",
        "Refund",
        "VoidPayment",
        "VoidRefund",
    }
)


def check_supplier_payment_get_all_payments_payment_type(value: str) -> SupplierPaymentGetAllPaymentsPaymentType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUPPLIER_PAYMENT_GET_ALL_PAYMENTS_PAYMENT_TYPE_VALUES.
    """
    return cast(SupplierPaymentGetAllPaymentsPaymentType, value)
