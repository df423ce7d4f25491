from typing import Literal, cast

DtoValueOfNullableOfPOShippingDestinationTypeValue = Literal["CompanyLocation", "Customer", "Site", "Vendor"]

DTO_VALUE_OF_NULLABLE_OF_PO_SHIPPING_DESTINATION_TYPE_VALUE_VALUES: frozenset[
    DtoValueOfNullableOfPOShippingDestinationTypeValue
] = frozenset(
    {
        "CompanyLocation",
        "Customer",
        "Site",
        "Vendor",
    }
)


def check_dto_value_of_nullable_of_po_shipping_destination_type_value(
    value: str,
) -> DtoValueOfNullableOfPOShippingDestinationTypeValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_NULLABLE_OF_PO_SHIPPING_DESTINATION_TYPE_VALUE_VALUES.
    """
    return cast(DtoValueOfNullableOfPOShippingDestinationTypeValue, value)
