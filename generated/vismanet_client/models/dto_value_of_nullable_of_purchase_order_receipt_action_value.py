from typing import Literal, cast

DtoValueOfNullableOfPurchaseOrderReceiptActionValue = Literal["Accept", "AcceptButWarn", "Reject"]

DTO_VALUE_OF_NULLABLE_OF_PURCHASE_ORDER_RECEIPT_ACTION_VALUE_VALUES: frozenset[
    DtoValueOfNullableOfPurchaseOrderReceiptActionValue
] = frozenset(
    {
        "Accept",
        "AcceptButWarn",
        "Reject",
    }
)


def check_dto_value_of_nullable_of_purchase_order_receipt_action_value(
    value: str,
) -> DtoValueOfNullableOfPurchaseOrderReceiptActionValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_NULLABLE_OF_PURCHASE_ORDER_RECEIPT_ACTION_VALUE_VALUES.
    """
    return cast(DtoValueOfNullableOfPurchaseOrderReceiptActionValue, value)
