from typing import Literal, cast

InventoryReceiptLineAllocationsUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

INVENTORY_RECEIPT_LINE_ALLOCATIONS_UPDATE_DTO_OPERATION_VALUES: frozenset[
    InventoryReceiptLineAllocationsUpdateDtoOperation
] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_inventory_receipt_line_allocations_update_dto_operation(
    value: str,
) -> InventoryReceiptLineAllocationsUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in INVENTORY_RECEIPT_LINE_ALLOCATIONS_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(InventoryReceiptLineAllocationsUpdateDtoOperation, value)
