from typing import Literal, cast

PurchaseReceiptQueryParametersReceiptType = Literal["PoReceipt", "PoReturn", "TransferReceipt"]

PURCHASE_RECEIPT_QUERY_PARAMETERS_RECEIPT_TYPE_VALUES: frozenset[PurchaseReceiptQueryParametersReceiptType] = frozenset(
    {
        "PoReceipt",
        "PoReturn",
        "TransferReceipt",
    }
)


def check_purchase_receipt_query_parameters_receipt_type(value: str) -> PurchaseReceiptQueryParametersReceiptType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PURCHASE_RECEIPT_QUERY_PARAMETERS_RECEIPT_TYPE_VALUES.
    """
    return cast(PurchaseReceiptQueryParametersReceiptType, value)
