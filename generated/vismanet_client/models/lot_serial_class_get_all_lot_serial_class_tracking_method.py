from typing import Literal, cast

LotSerialClassGetAllLotSerialClassTrackingMethod = Literal["LotNumbered", "NotNumbered", "SerialNumbered"]

LOT_SERIAL_CLASS_GET_ALL_LOT_SERIAL_CLASS_TRACKING_METHOD_VALUES: frozenset[
    LotSerialClassGetAllLotSerialClassTrackingMethod
] = frozenset(
    {
        "LotNumbered",
        "NotNumbered",
        "SerialNumbered",
    }
)


def check_lot_serial_class_get_all_lot_serial_class_tracking_method(
    value: str,
) -> LotSerialClassGetAllLotSerialClassTrackingMethod:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in LOT_SERIAL_CLASS_GET_ALL_LOT_SERIAL_CLASS_TRACKING_METHOD_VALUES.
    """
    return cast(LotSerialClassGetAllLotSerialClassTrackingMethod, value)
