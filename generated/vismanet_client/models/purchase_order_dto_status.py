from typing import Literal, cast

PurchaseOrderDtoStatus = Literal[
    "Balanced", "Cancelled", "Closed", "Hold", "Open", "PendingEmail", "PendingPrint", "Printed", "Voided"
]

PURCHASE_ORDER_DTO_STATUS_VALUES: frozenset[PurchaseOrderDtoStatus] = frozenset(
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


def check_purchase_order_dto_status(value: str) -> PurchaseOrderDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PURCHASE_ORDER_DTO_STATUS_VALUES.
    """
    return cast(PurchaseOrderDtoStatus, value)
