from typing import Literal, cast

PurchaseOrderBasicDtoStatus = Literal[
    "Balanced", "Cancelled", "Closed", "Hold", "Open", "PendingEmail", "PendingPrint", "Printed", "Voided"
]

PURCHASE_ORDER_BASIC_DTO_STATUS_VALUES: frozenset[PurchaseOrderBasicDtoStatus] = frozenset(
    {
        "Balanced",
        "Cancelled",
        "Closed",
        "Hold",
        "Open",
        "PendingEmail",
        "PendingPrint",
        "Printed",
        "Voided",
    }
)


def check_purchase_order_basic_dto_status(value: str) -> PurchaseOrderBasicDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PURCHASE_ORDER_BASIC_DTO_STATUS_VALUES.
    """
    return cast(PurchaseOrderBasicDtoStatus, value)
