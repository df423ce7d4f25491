from typing import Literal, cast

ShipmentPackageLineUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

SHIPMENT_PACKAGE_LINE_UPDATE_DTO_OPERATION_VALUES: frozenset[ShipmentPackageLineUpdateDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_shipment_package_line_update_dto_operation(value: str) -> ShipmentPackageLineUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SHIPMENT_PACKAGE_LINE_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(ShipmentPackageLineUpdateDtoOperation, value)
