from typing import Literal, cast

DtoValueOfNullableOfPaymentTypesValue = Literal[
    "CreditNote", "Payment", "Prepayment", "Refund", "SmallBalanceWo", "Undefined", "VoidPayment", "VoidRefund"
]

DTO_VALUE_OF_NULLABLE_OF_PAYMENT_TYPES_VALUE_VALUES: frozenset[DtoValueOfNullableOfPaymentTypesValue] = frozenset(
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


def check_dto_value_of_nullable_of_payment_types_value(value: str) -> DtoValueOfNullableOfPaymentTypesValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_NULLABLE_OF_PAYMENT_TYPES_VALUE_VALUES.
    """
    return cast(DtoValueOfNullableOfPaymentTypesValue, value)
