from typing import Literal, cast

VoidPaymentActionDtoType = Literal[
    "CreditNote", "Payment", "Prepayment", "Refund", "SmallBalanceWo", "Undefined", "VoidPayment", "VoidRefund"
]

VOID_PAYMENT_ACTION_DTO_TYPE_VALUES: frozenset[VoidPaymentActionDtoType] = frozenset(
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


def check_void_payment_action_dto_type(value: str) -> VoidPaymentActionDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in VOID_PAYMENT_ACTION_DTO_TYPE_VALUES.
    """
    return cast(VoidPaymentActionDtoType, value)
