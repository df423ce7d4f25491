from typing import Literal, cast

PurchaseOrderQueryParametersOrderStatus = Literal[
    "Balanced", "Cancelled", "Closed", "Hold", "Open", "PendingEmail", "PendingPrint", "Printed", "Voided"
]

PURCHASE_ORDER_QUERY_PARAMETERS_ORDER_STATUS_VALUES: frozenset[PurchaseOrderQueryParametersOrderStatus] = frozenset(
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


def check_purchase_order_query_parameters_order_status(value: str) -> PurchaseOrderQueryParametersOrderStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PURCHASE_ORDER_QUERY_PARAMETERS_ORDER_STATUS_VALUES.
    """
    return cast(PurchaseOrderQueryParametersOrderStatus, value)
