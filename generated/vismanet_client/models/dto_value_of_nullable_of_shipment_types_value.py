from typing import Literal, cast

DtoValueOfNullableOfShipmentTypesValue = Literal["DropShip", "Issue", "Transfer"]

DTO_VALUE_OF_NULLABLE_OF_SHIPMENT_TYPES_VALUE_VALUES: frozenset[DtoValueOfNullableOfShipmentTypesValue] = frozenset(
    {
        "DropShip",
        "Issue",
        "Transfer",
    }
)


def check_dto_value_of_nullable_of_shipment_types_value(value: str) -> DtoValueOfNullableOfShipmentTypesValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_NULLABLE_OF_SHIPMENT_TYPES_VALUE_VALUES.
    """
    return cast(DtoValueOfNullableOfShipmentTypesValue, value)
