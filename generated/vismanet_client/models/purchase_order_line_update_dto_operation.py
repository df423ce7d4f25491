from typing import Literal, cast

PurchaseOrderLineUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

PURCHASE_ORDER_LINE_UPDATE_DTO_OPERATION_VALUES: frozenset[PurchaseOrderLineUpdateDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_purchase_order_line_update_dto_operation(value: str) -> PurchaseOrderLineUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PURCHASE_ORDER_LINE_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(PurchaseOrderLineUpdateDtoOperation, value)
