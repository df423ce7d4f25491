from typing import Literal, cast

PurchaseReceiptLineUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

PURCHASE_RECEIPT_LINE_UPDATE_DTO_OPERATION_VALUES: frozenset[PurchaseReceiptLineUpdateDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_purchase_receipt_line_update_dto_operation(value: str) -> PurchaseReceiptLineUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PURCHASE_RECEIPT_LINE_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(PurchaseReceiptLineUpdateDtoOperation, value)
