from typing import Literal, cast

ShipmentDetailLineAddDtoOperation = Literal["Delete", "Insert", "Update"]

SHIPMENT_DETAIL_LINE_ADD_DTO_OPERATION_VALUES: frozenset[ShipmentDetailLineAddDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_shipment_detail_line_add_dto_operation(value: str) -> ShipmentDetailLineAddDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SHIPMENT_DETAIL_LINE_ADD_DTO_OPERATION_VALUES.
    """
    return cast(ShipmentDetailLineAddDtoOperation, value)
