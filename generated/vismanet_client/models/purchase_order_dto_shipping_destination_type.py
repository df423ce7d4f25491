from typing import Literal, cast

PurchaseOrderDtoShippingDestinationType = Literal["CompanyLocation", "Customer", "Site", "Vendor"]

PURCHASE_ORDER_DTO_SHIPPING_DESTINATION_TYPE_VALUES: frozenset[PurchaseOrderDtoShippingDestinationType] = frozenset(
    {
        "CompanyLocation",
        "Customer",
        "Site",
        "Vendor",
    }
)


def check_purchase_order_dto_shipping_destination_type(value: str) -> PurchaseOrderDtoShippingDestinationType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PURCHASE_ORDER_DTO_SHIPPING_DESTINATION_TYPE_VALUES.
    """
    return cast(PurchaseOrderDtoShippingDestinationType, value)
