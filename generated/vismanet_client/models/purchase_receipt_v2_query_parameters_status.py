from typing import Literal, cast

PurchaseReceiptV2QueryParametersStatus = Literal["Balanced", "Hold", "Released"]

PURCHASE_RECEIPT_V2_QUERY_PARAMETERS_STATUS_VALUES: frozenset[PurchaseReceiptV2QueryParametersStatus] = frozenset(
    {
        "Balanced",
        "Hold",
        "Released",
    }
)


def check_purchase_receipt_v2_query_parameters_status(value: str) -> PurchaseReceiptV2QueryParametersStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PURCHASE_RECEIPT_V2_QUERY_PARAMETERS_STATUS_VALUES.
    """
    return cast(PurchaseReceiptV2QueryParametersStatus, value)
