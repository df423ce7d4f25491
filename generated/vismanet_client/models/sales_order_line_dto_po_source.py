from typing import Literal, cast

SalesOrderLineDtoPoSource = Literal[
    "DropShipToOrder", "Manufactured", "None", "Purchased", "PurchaseToOrder", "Transfer"
]

SALES_ORDER_LINE_DTO_PO_SOURCE_VALUES: frozenset[SalesOrderLineDtoPoSource] = frozenset(
    {
        "DropShipToOrder",
        "Manufactured",
        "None",
        "Purchased",
        "PurchaseToOrder",
        "Transfer",
    }
)


def check_sales_order_line_dto_po_source(value: str) -> SalesOrderLineDtoPoSource:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SALES_ORDER_LINE_DTO_PO_SOURCE_VALUES.
    """
    return cast(SalesOrderLineDtoPoSource, value)
