from typing import Literal, cast

SupplierPaymentDtoType = Literal["DebitAdj", "Payment", "Prepayment", "Refund", "VoidPayment", "VoidRefund"]

SUPPLIER_PAYMENT_DTO_TYPE_VALUES: frozenset[SupplierPaymentDtoType] = frozenset(
    {
        "DebitAdj",
        "Payment",
        "Prepayment",
        "Refund",
        "VoidPayment",
        "VoidRefund",
    }
)


def check_supplier_payment_dto_type(value: str) -> SupplierPaymentDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUPPLIER_PAYMENT_DTO_TYPE_VALUES.
    """
    return cast(SupplierPaymentDtoType, value)
