from typing import Literal, cast

DtoValueOfNullableOfShipmentOperationsValue = Literal["Issue", "Receipt"]

DTO_VALUE_OF_NULLABLE_OF_SHIPMENT_OPERATIONS_VALUE_VALUES: frozenset[DtoValueOfNullableOfShipmentOperationsValue] = (
    frozenset(
        {
            "Issue",
            "Receipt",
        }
    )
)


def check_dto_value_of_nullable_of_shipment_operations_value(value: str) -> DtoValueOfNullableOfShipmentOperationsValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_NULLABLE_OF_SHIPMENT_OPERATIONS_VALUE_VALUES.
    """
    return cast(DtoValueOfNullableOfShipmentOperationsValue, value)
