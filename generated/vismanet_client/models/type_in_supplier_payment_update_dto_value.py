from typing import Literal, cast

TypeInSupplierPaymentUpdateDtoValue = Literal[
    "DebitAdj", "Payment", "Prepayment", "Refund", "VoidPayment", "VoidRefund"
]

TYPE_IN_SUPPLIER_PAYMENT_UPDATE_DTO_VALUE_VALUES: frozenset[TypeInSupplierPaymentUpdateDtoValue] = frozenset(
    {
        "DebitAdj",
        "Payment",
        "Prepayment",
        "Refund",
        "VoidPayment",
        "VoidRefund",
    }
)


def check_type_in_supplier_payment_update_dto_value(value: str) -> TypeInSupplierPaymentUpdateDtoValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in TYPE_IN_SUPPLIER_PAYMENT_UPDATE_DTO_VALUE_VALUES.
    """
    return cast(TypeInSupplierPaymentUpdateDtoValue, value)
