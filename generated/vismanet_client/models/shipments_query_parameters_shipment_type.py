from typing import Literal, cast

ShipmentsQueryParametersShipmentType = Literal["DropShip", "Issue", "Transfer"]

SHIPMENTS_QUERY_PARAMETERS_SHIPMENT_TYPE_VALUES: frozenset[ShipmentsQueryParametersShipmentType] = frozenset(
    {
        "DropShip",
        "Issue",
        "Transfer",
    }
)


def check_shipments_query_parameters_shipment_type(value: str) -> ShipmentsQueryParametersShipmentType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SHIPMENTS_QUERY_PARAMETERS_SHIPMENT_TYPE_VALUES.
    """
    return cast(ShipmentsQueryParametersShipmentType, value)
