from typing import Literal, cast

AddOrderLinesToPurchaseReceiptActionResultDtoActionResult = Literal["Done", "Failed", "InProcess", "Queued"]

ADD_ORDER_LINES_TO_PURCHASE_RECEIPT_ACTION_RESULT_DTO_ACTION_RESULT_VALUES: frozenset[
    AddOrderLinesToPurchaseReceiptActionResultDtoActionResult
] = frozenset(
    {
        "Done",
        "Failed",
        "InProcess",
        "Queued",
    }
)


def check_add_order_lines_to_purchase_receipt_action_result_dto_action_result(
    value: str,
) -> AddOrderLinesToPurchaseReceiptActionResultDtoActionResult:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in ADD_ORDER_LINES_TO_PURCHASE_RECEIPT_ACTION_RESULT_DTO_ACTION_RESULT_VALUES.
    """
    return cast(AddOrderLinesToPurchaseReceiptActionResultDtoActionResult, value)
