from typing import Literal, cast

PurchaseReceiptQueryParametersStatus = Literal["Balanced", "Hold", "Released"]

PURCHASE_RECEIPT_QUERY_PARAMETERS_STATUS_VALUES: frozenset[PurchaseReceiptQueryParametersStatus] = frozenset(
    {
        "Balanced",
        "Hold",
        "Released",
    }
)


def check_purchase_receipt_query_parameters_status(value: str) -> PurchaseReceiptQueryParametersStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PURCHASE_RECEIPT_QUERY_PARAMETERS_STATUS_VALUES.
    """
    return cast(PurchaseReceiptQueryParametersStatus, value)
