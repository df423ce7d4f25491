from typing import Literal, cast

ShipmentDetailLineUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

SHIPMENT_DETAIL_LINE_UPDATE_DTO_OPERATION_VALUES: frozenset[ShipmentDetailLineUpdateDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_shipment_detail_line_update_dto_operation(value: str) -> ShipmentDetailLineUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SHIPMENT_DETAIL_LINE_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(ShipmentDetailLineUpdateDtoOperation, value)
