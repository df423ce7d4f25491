from typing import Literal, cast

PurchaseReceiptV2QueryParametersReceiptType = Literal["PoReceipt", "PoReturn", "TransferReceipt"]

PURCHASE_RECEIPT_V2_QUERY_PARAMETERS_RECEIPT_TYPE_VALUES: frozenset[PurchaseReceiptV2QueryParametersReceiptType] = (
    frozenset(
        {
            "PoReceipt",
            "PoReturn",
            "TransferReceipt",
        }
    )
)


def check_purchase_receipt_v2_query_parameters_receipt_type(value: str) -> PurchaseReceiptV2QueryParametersReceiptType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PURCHASE_RECEIPT_V2_QUERY_PARAMETERS_RECEIPT_TYPE_VALUES.
    """
    return cast(PurchaseReceiptV2QueryParametersReceiptType, value)
