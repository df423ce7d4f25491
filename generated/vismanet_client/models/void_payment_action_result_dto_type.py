from typing import Literal, cast

VoidPaymentActionResultDtoType = Literal[
    "CreditNote", "Payment", "Prepayment", "Refund", "SmallBalanceWo", "Undefined", "VoidPayment", "VoidRefund"
]

VOID_PAYMENT_ACTION_RESULT_DTO_TYPE_VALUES: frozenset[VoidPaymentActionResultDtoType] = frozenset(
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


def check_void_payment_action_result_dto_type(value: str) -> VoidPaymentActionResultDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in VOID_PAYMENT_ACTION_RESULT_DTO_TYPE_VALUES.
    """
    return cast(VoidPaymentActionResultDtoType, value)
