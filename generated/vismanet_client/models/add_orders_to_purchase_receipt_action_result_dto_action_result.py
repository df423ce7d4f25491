from typing import Literal, cast

AddOrdersToPurchaseReceiptActionResultDtoActionResult = Literal["Done", "Failed", "InProcess", "Queued"]

ADD_ORDERS_TO_PURCHASE_RECEIPT_ACTION_RESULT_DTO_ACTION_RESULT_VALUES: frozenset[
    AddOrdersToPurchaseReceiptActionResultDtoActionResult
] = frozenset(
    {
        "Done",
        "Failed",
        "InProcess",
        "Queued",
    }
)


def check_add_orders_to_purchase_receipt_action_result_dto_action_result(
    value: str,
) -> AddOrdersToPurchaseReceiptActionResultDtoActionResult:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in ADD_ORDERS_TO_PURCHASE_RECEIPT_ACTION_RESULT_DTO_ACTION_RESULT_VALUES.
    """
    return cast(AddOrdersToPurchaseReceiptActionResultDtoActionResult, value)
