from typing import Literal, cast

PurchaseOrderGetAllOrderOrderStatus = Literal[
    "Balanced", "Cancelled", "Closed", "Hold", "Open", "PendingEmail", "PendingPrint", "Printed", "Voided"
]

PURCHASE_ORDER_GET_ALL_ORDER_ORDER_STATUS_VALUES: frozenset[PurchaseOrderGetAllOrderOrderStatus] = frozenset(
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


def check_purchase_order_get_all_order_order_status(value: str) -> PurchaseOrderGetAllOrderOrderStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PURCHASE_ORDER_GET_ALL_ORDER_ORDER_STATUS_VALUES.
    """
    return cast(PurchaseOrderGetAllOrderOrderStatus, value)
