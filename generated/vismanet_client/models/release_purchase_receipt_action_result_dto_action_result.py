from typing import Literal, cast

ReleasePurchaseReceiptActionResultDtoActionResult = Literal["Done", "Failed", "InProcess", "Queued"]

RELEASE_PURCHASE_RECEIPT_ACTION_RESULT_DTO_ACTION_RESULT_VALUES: frozenset[
    ReleasePurchaseReceiptActionResultDtoActionResult
] = frozenset(
    {
        "Done",
        "Failed",
        "InProcess",
        "Queued",
    }
)


def check_release_purchase_receipt_action_result_dto_action_result(
    value: str,
) -> ReleasePurchaseReceiptActionResultDtoActionResult:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in RELEASE_PURCHASE_RECEIPT_ACTION_RESULT_DTO_ACTION_RESULT_VALUES.
    """
    return cast(ReleasePurchaseReceiptActionResultDtoActionResult, value)
