from typing import Literal, cast

PurchaseOrderBasicGetAllOrderBasicOrderStatus = Literal[
    "Balanced", "Cancelled", "Closed", "Hold", "Open", "PendingEmail", "PendingPrint", "Printed", "Voided"
]

PURCHASE_ORDER_BASIC_GET_ALL_ORDER_BASIC_ORDER_STATUS_VALUES: frozenset[
    PurchaseOrderBasicGetAllOrderBasicOrderStatus
] = frozenset(
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


def check_purchase_order_basic_get_all_order_basic_order_status(
    value: str,
) -> PurchaseOrderBasicGetAllOrderBasicOrderStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PURCHASE_ORDER_BASIC_GET_ALL_ORDER_BASIC_ORDER_STATUS_VALUES.
    """
    return cast(PurchaseOrderBasicGetAllOrderBasicOrderStatus, value)
