from typing import Literal, cast

ShipmentDtoShipmentType = Literal["DropShip", "Issue", "Transfer"]

SHIPMENT_DTO_SHIPMENT_TYPE_VALUES: frozenset[ShipmentDtoShipmentType] = frozenset(
    {
        "DropShip",
        "Issue",
        "Transfer",
    }
)


def check_shipment_dto_shipment_type(value: str) -> ShipmentDtoShipmentType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SHIPMENT_DTO_SHIPMENT_TYPE_VALUES.
    """
    return cast(ShipmentDtoShipmentType, value)
