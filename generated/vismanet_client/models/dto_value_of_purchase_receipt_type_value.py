from typing import Literal, cast

DtoValueOfPurchaseReceiptTypeValue = Literal["PoReceipt", "PoReturn", "TransferReceipt"]

DTO_VALUE_OF_PURCHASE_RECEIPT_TYPE_VALUE_VALUES: frozenset[DtoValueOfPurchaseReceiptTypeValue] = frozenset(
    {
        "PoReceipt",
        "PoReturn",
        "TransferReceipt",
    }
)


def check_dto_value_of_purchase_receipt_type_value(value: str) -> DtoValueOfPurchaseReceiptTypeValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_PURCHASE_RECEIPT_TYPE_VALUE_VALUES.
    """
    return cast(DtoValueOfPurchaseReceiptTypeValue, value)
