from typing import Literal, cast

ShipmentGetAllShipmentsShipmentType = Literal["DropShip", "Issue", "Transfer"]

SHIPMENT_GET_ALL_SHIPMENTS_SHIPMENT_TYPE_VALUES: frozenset[ShipmentGetAllShipmentsShipmentType] = frozenset(
    {
        "DropShip",
        "Issue",
        "Transfer",
    }
)


def check_shipment_get_all_shipments_shipment_type(value: str) -> ShipmentGetAllShipmentsShipmentType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SHIPMENT_GET_ALL_SHIPMENTS_SHIPMENT_TYPE_VALUES.
    """
    return cast(ShipmentGetAllShipmentsShipmentType, value)
