from typing import Literal, cast

TypeInPaymentUpdateDtoValue = Literal[
    "CreditNote", "Payment", "Prepayment", "Refund", "SmallBalanceWo", "Undefined", "VoidPayment", "VoidRefund"
]

TYPE_IN_PAYMENT_UPDATE_DTO_VALUE_VALUES: frozenset[TypeInPaymentUpdateDtoValue] = frozenset(
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


def check_type_in_payment_update_dto_value(value: str) -> TypeInPaymentUpdateDtoValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in TYPE_IN_PAYMENT_UPDATE_DTO_VALUE_VALUES.
    """
    return cast(TypeInPaymentUpdateDtoValue, value)
