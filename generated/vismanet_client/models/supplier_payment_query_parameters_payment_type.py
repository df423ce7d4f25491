from typing import Literal, cast

SupplierPaymentQueryParametersPaymentType = Literal[
    "DebitAdj", "Payment", "Prepayment", "Refund", "VoidPayment", "VoidRefund"
]

SUPPLIER_PAYMENT_QUERY_PARAMETERS_PAYMENT_TYPE_VALUES: frozenset[SupplierPaymentQueryParametersPaymentType] = frozenset(
    {
        "DebitAdj",
        "Payment",
        "Prepayment",
        "Refund",
        "VoidPayment",
        "VoidRefund",
    }
)


def check_supplier_payment_query_parameters_payment_type(value: str) -> SupplierPaymentQueryParametersPaymentType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUPPLIER_PAYMENT_QUERY_PARAMETERS_PAYMENT_TYPE_VALUES.
    """
    return cast(SupplierPaymentQueryParametersPaymentType, value)
