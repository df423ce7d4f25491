from typing import Literal, cast

ShipmentDtoOperation = Literal["Issue", "Receipt"]

SHIPMENT_DTO_OPERATION_VALUES: frozenset[ShipmentDtoOperation] = frozenset(
    {
        "Issue",
        "Receipt",
    }
)


def check_shipment_dto_operation(value: str) -> ShipmentDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SHIPMENT_DTO_OPERATION_VALUES.
    """
    return cast(ShipmentDtoOperation, value)
