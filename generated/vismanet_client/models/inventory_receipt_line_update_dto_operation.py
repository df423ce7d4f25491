from typing import Literal, cast

InventoryReceiptLineUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

INVENTORY_RECEIPT_LINE_UPDATE_DTO_OPERATION_VALUES: frozenset[InventoryReceiptLineUpdateDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_inventory_receipt_line_update_dto_operation(value: str) -> InventoryReceiptLineUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in INVENTORY_RECEIPT_LINE_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(InventoryReceiptLineUpdateDtoOperation, value)
