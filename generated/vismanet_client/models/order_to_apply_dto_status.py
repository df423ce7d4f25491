from typing import Literal, cast

OrderToApplyDtoStatus = Literal[
    "BackOrder",
    "Cancelled",
    "Completed",
    "CreditHold",
    "Hold",
    "Invoiced",
    "Open",
    "PendingApproval",
    "Shipping",
    "Voided",
]

ORDER_TO_APPLY_DTO_STATUS_VALUES: frozenset[OrderToApplyDtoStatus] = frozenset(
    {
        "BackOrder",
        "Cancelled",
        "Completed",
        "CreditHold",
        "Hold",
        "Invoiced",
        "Open",
        "PendingApproval",
        "Shipping",
        "Voided",
    }
)


def check_order_to_apply_dto_status(value: str) -> OrderToApplyDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in ORDER_TO_APPLY_DTO_STATUS_VALUES.
    """
    return cast(OrderToApplyDtoStatus, value)
