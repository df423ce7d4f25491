from typing import Literal, cast

PurchaseReceiptLineBasicUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

PURCHASE_RECEIPT_LINE_BASIC_UPDATE_DTO_OPERATION_VALUES: frozenset[PurchaseReceiptLineBasicUpdateDtoOperation] = (
    frozenset(
        {
            "Delete",
            "Insert",
            "Update",
        }
    )
)


def check_purchase_receipt_line_basic_update_dto_operation(value: str) -> PurchaseReceiptLineBasicUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PURCHASE_RECEIPT_LINE_BASIC_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(PurchaseReceiptLineBasicUpdateDtoOperation, value)
