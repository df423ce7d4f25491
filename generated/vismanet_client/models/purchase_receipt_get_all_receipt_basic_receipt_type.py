from typing import Literal, cast

PurchaseReceiptGetAllReceiptBasicReceiptType = Literal["PoReceipt", "PoReturn", "TransferReceipt"]

PURCHASE_RECEIPT_GET_ALL_RECEIPT_BASIC_RECEIPT_TYPE_VALUES: frozenset[PurchaseReceiptGetAllReceiptBasicReceiptType] = (
    frozenset(
        {
            "PoReceipt",
            "PoReturn",
            "TransferReceipt",
        }
    )
)


def check_purchase_receipt_get_all_receipt_basic_receipt_type(
    value: str,
) -> PurchaseReceiptGetAllReceiptBasicReceiptType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PURCHASE_RECEIPT_GET_ALL_RECEIPT_BASIC_RECEIPT_TYPE_VALUES.
    """
    return cast(PurchaseReceiptGetAllReceiptBasicReceiptType, value)
