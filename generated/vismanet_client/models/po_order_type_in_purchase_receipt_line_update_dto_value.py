from typing import Literal, cast

PoOrderTypeInPurchaseReceiptLineUpdateDtoValue = Literal["Blanket", "DropShip", "RegularOrder", "StandardBlanket"]

PO_ORDER_TYPE_IN_PURCHASE_RECEIPT_LINE_UPDATE_DTO_VALUE_VALUES: frozenset[
    PoOrderTypeInPurchaseReceiptLineUpdateDtoValue
] = frozenset(
    {
        "Blanket",
        "DropShip",
        "RegularOrder",
        "StandardBlanket",
    }
)


def check_po_order_type_in_purchase_receipt_line_update_dto_value(
    value: str,
) -> PoOrderTypeInPurchaseReceiptLineUpdateDtoValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PO_ORDER_TYPE_IN_PURCHASE_RECEIPT_LINE_UPDATE_DTO_VALUE_VALUES.
    """
    return cast(PoOrderTypeInPurchaseReceiptLineUpdateDtoValue, value)
