from typing import Literal, cast

DtoValueOfNullableOfSupplierPaymentTypesValue = Literal[
    "DebitAdj", "Payment", "Prepayment", "Refund", "VoidPayment", "VoidRefund"
]

DTO_VALUE_OF_NULLABLE_OF_SUPPLIER_PAYMENT_TYPES_VALUE_VALUES: frozenset[
    DtoValueOfNullableOfSupplierPaymentTypesValue
] = frozenset(
    {
        "DebitAdj",
        "Payment",
        "Prepayment",
        "Refund",
        "VoidPayment",
        "VoidRefund",
    }
)


def check_dto_value_of_nullable_of_supplier_payment_types_value(
    value: str,
) -> DtoValueOfNullableOfSupplierPaymentTypesValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_NULLABLE_OF_SUPPLIER_PAYMENT_TYPES_VALUE_VALUES.
    """
    return cast(DtoValueOfNullableOfSupplierPaymentTypesValue, value)
