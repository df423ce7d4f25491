from typing import Literal, cast

LotSerialClassGetAllLotSerialClassAssignmentMethod = Literal["WhenReceived", "WhenUsed"]

LOT_SERIAL_CLASS_GET_ALL_LOT_SERIAL_CLASS_ASSIGNMENT_METHOD_VALUES: frozenset[
    LotSerialClassGetAllLotSerialClassAssignmentMethod
] = frozenset(
    {
        "WhenReceived",
        "WhenUsed",
    }
)


def check_lot_serial_class_get_all_lot_serial_class_assignment_method(
    value: str,
) -> LotSerialClassGetAllLotSerialClassAssignmentMethod:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in LOT_SERIAL_CLASS_GET_ALL_LOT_SERIAL_CLASS_ASSIGNMENT_METHOD_VALUES.
    """
    return cast(LotSerialClassGetAllLotSerialClassAssignmentMethod, value)
