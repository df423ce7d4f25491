from typing import Literal, cast

PurchaseOrderQueryParametersOrderType = Literal["Blanket", "DropShip", "RegularOrder", "StandardBlanket"]

PURCHASE_ORDER_QUERY_PARAMETERS_ORDER_TYPE_VALUES: frozenset[PurchaseOrderQueryParametersOrderType] = frozenset(
    {
        "Blanket",
        "DropShip",
        "RegularOrder",
        "StandardBlanket",
    }
)


def check_purchase_order_query_parameters_order_type(value: str) -> PurchaseOrderQueryParametersOrderType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PURCHASE_ORDER_QUERY_PARAMETERS_ORDER_TYPE_VALUES.
    """
    return cast(PurchaseOrderQueryParametersOrderType, value)
