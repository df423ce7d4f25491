from typing import Literal, cast

LinkLineDtoPurchaseType = Literal["PurchaseOrder", "PurchaseReceipt"]

LINK_LINE_DTO_PURCHASE_TYPE_VALUES: frozenset[LinkLineDtoPurchaseType] = frozenset(
    {
        "PurchaseOrder",
        "PurchaseReceipt",
    }
)


def check_link_line_dto_purchase_type(value: str) -> LinkLineDtoPurchaseType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in LINK_LINE_DTO_PURCHASE_TYPE_VALUES.
    """
    return cast(LinkLineDtoPurchaseType, value)
